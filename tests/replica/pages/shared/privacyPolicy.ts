/**
 * Meta's Privacy Policy, a single-page app shared by www.facebook.com/privacy/policy/ and
 * privacycenter.instagram.com/policy/, as the Privacy Policy route walks it (meta-flow.md,
 * "More facts"): the policy's sections, "Other policies and articles" (an accordion) → "How
 * Meta uses information for generative AI models and features" (pushState) → "Your right to
 * object" (an accordion) → "Learn more and submit requests here", a full navigation to the
 * objection form with its chooser. A paragraph linking the third-party form sits beside it.
 *
 * Meta's exact addresses for these pages are not known to the team: the replica's paths are a
 * guess, which is why the playbooks match this route by words under the policy's path.
 */
import { html, type Html } from '../../html';
import { ROUTE_TEXTS } from '../../i18n';
import { normalizePath } from '../../options';
import type { PageContext, ReplicaPage } from '../context';
import { chevronRight, glyph } from './icons';
import { metaShell, notAvailableView, spaPage } from './common';

export interface PrivacyPolicySite {
  brand: string;
  /** '/privacy/policy/' on Facebook, '/policy/' on Instagram's Privacy Center. */
  basePath: string;
  /** The objection form the route ends on, with the chooser (see contactForm.ts). */
  formUrl: string;
  thirdPartyUrl: string;
}

/** How the route's link marks the form it opens: the form then shows the chooser and the yes/no question. */
export const POLICY_ENTRY = { param: 'entry_point', value: 'privacy_policy' } as const;

export function privacyPolicyPage(ctx: PageContext, site: PrivacyPolicySite): ReplicaPage {
  const p = ROUTE_TEXTS[ctx.lang].policy;
  const suffix = `${p.title} | ${site.brand}`;
  const articlePath = `${site.basePath}generative-ai/`;
  const formHref = `${site.formUrl}?${POLICY_ENTRY.param}=${POLICY_ENTRY.value}`;
  const accordion = (name: string, label: string) => html`<div role="button" tabindex="0" aria-expanded="false" data-r-on="expand:${name}" style="display:flex;align-items:center;gap:8px;padding:12px;border-top:1px solid #ddd">
      ${glyph()}<span style="flex:1"><span>${label}</span></span>${chevronRight()}
    </div><div></div>`;
  const article = (title: string, i: number) =>
    i === 1
      ? html`<a role="link" href="${articlePath}" style="display:block;padding:8px 12px"><span>${title}</span></a>`
      : html`<a role="link" href="${site.basePath}article/${String(i)}/" style="display:block;padding:8px 12px"><span>${title}</span></a>`;
  const home: Html = html`<div>
      <h1>${p.title}</h1>
      <p>${p.intro}</p>
      ${p.sections.map((title) => html`<h2 style="font-size:18px">${title}</h2><p>${ctx.t.privacyCenter.topicBody}</p>`)}
      ${accordion('other', p.other)}
    </div>`;
  const articleView: Html = html`<div>
      <a role="link" href="${site.basePath}"><span>${p.title}</span></a>
      <h1>${p.articles[1]}</h1>
      <p>${ctx.t.genai.intro}</p>
      ${accordion('object', p.rightToObject)}
    </div>`;
  return spaPage(ctx, suffix, {
    shell: metaShell({ href: site.basePath, label: p.title }, 880),
    views: {
      [normalizePath(site.basePath)]: { title: suffix, html: home },
      [normalizePath(articlePath)]: { title: `${p.articles[1]} | ${suffix}`, html: articleView },
    },
    panels: {
      other: html`<div>${p.articles.map(article)}</div>`,
      object: html`<div style="padding:0 12px">
          <p>${p.thirdPartyBefore}<a role="link" href="${site.thirdPartyUrl}"><span>${p.thirdPartyLink}</span></a>.</p>
          <p>${p.objectBody} <a role="link" href="${formHref}"><span>${p.submitRequests}</span></a></p>
        </div>`,
    },
    fallback: notAvailableView(ctx, suffix),
  });
}
