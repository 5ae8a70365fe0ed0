/**
 * The Privacy Center, a single-page app shared by www.facebook.com/privacy/center/ and
 * privacycenter.instagram.com: a home with topic cards, one page per topic, and the
 * generative-AI page with the notice whose link opens the objection form (a full navigation).
 *
 * Navigation between its pages is client-side (pushState); Back and Forward re-render.
 */
import type { SpaView } from '../../document';
import { html, type Html } from '../../html';
import { TopicIdSchema, type TopicId } from '../../texts/schema';
import { normalizePath } from '../../options';
import type { PageContext, ReplicaPage } from '../context';
import { cross, glyph } from './icons';
import { metaShell, notAvailableView, spaPage } from './common';

export interface PrivacyCenterSite {
  /** 'Facebook' or 'Instagram', for titles. */
  brand: string;
  /** Path of the Privacy Center's home. */
  homePath: string;
  /** Paths of the generative-AI page (several aliases on Facebook). */
  genaiPaths: readonly string[];
  /** Topic pages live at `${topicPath}<topic>/`. */
  topicPath: string;
  /** The objection form the notice links to. */
  formUrl: string;
}

/** The notice sentence with its link to the form. */
function notice(ctx: PageContext, site: PrivacyCenterSite): Html {
  const { notice } = ctx.t.genai;
  return html`<p><span>${notice.before}<a role="link" href="${site.formUrl}"><span>${notice.link}</span></a>${notice.after}</span></p>`;
}

function topicCard(ctx: PageContext, site: PrivacyCenterSite, topic: TopicId): Html {
  const { title, description } = ctx.t.privacyCenter.topics[topic];
  const target = topic === 'ai' ? genaiTopicHref(ctx, site) : `${site.topicPath}${topic}/`;
  const label = html`<div style="display:flex;align-items:center;gap:8px">${glyph(24)}<span><span>${title}</span></span></div>`;
  // The A/B layout that renders steps as buttons applies to the topic the guide goes through.
  const entry =
    topic === 'ai' && ctx.options.stepsAsButtons
      ? html`<div role="button" tabindex="0" data-r-on="nav:${target}">${label}</div>`
      : html`<a role="link" href="${target}">${label}</a>`;
  return html`<div style="background:#fff;border-radius:8px;padding:16px;box-shadow:0 1px 2px rgba(0,0,0,.2)">
      <h3 style="margin:0 0 8px">${entry}</h3>
      <p style="margin:0">${description}</p>
    </div>`;
}

/** Where "AI at Meta" leads: the detailed page, or `/privacy/guide/genai` as Meta's own apps link it. */
function genaiTopicHref(ctx: PageContext, site: PrivacyCenterSite): string {
  const guide = site.genaiPaths.find((p) => normalizePath(p) === '/privacy/guide/genai');
  return ctx.options.topicLinksToGuide && guide ? normalizePath(guide) : site.genaiPaths[0];
}

function homeView(ctx: PageContext, site: PrivacyCenterSite, title: string): SpaView {
  const { common, privacyCenter } = ctx.t;
  return {
    title,
    html: html`<div>
      <h1>${common.privacyCenter}</h1>
      <p>${privacyCenter.intro}</p>
      ${ctx.options.noticeOnPrivacyCenterHome ? html`<section><h2>${ctx.t.genai.rightsHeading}</h2>${notice(ctx, site)}</section>` : ''}
      <h2>${privacyCenter.topicsHeading}</h2>
      <div style="display:grid;grid-template-columns:repeat(2,1fr);gap:16px">
        ${TopicIdSchema.options.map((topic) => topicCard(ctx, site, topic))}
      </div>
    </div>`,
  };
}

function topicView(ctx: PageContext, site: PrivacyCenterSite, topic: TopicId, suffix: string): SpaView {
  const { title } = ctx.t.privacyCenter.topics[topic];
  return {
    title: `${title} | ${suffix}`,
    html: html`<div>
      <a role="link" href="${site.homePath}"><span>${ctx.t.common.back}</span></a>
      <h1>${title}</h1>
      <p>${ctx.t.privacyCenter.topicBody}</p>
    </div>`,
  };
}

function genaiView(ctx: PageContext, site: PrivacyCenterSite, suffix: string): SpaView {
  const { genai, common } = ctx.t;
  const rights = html`<h2>${genai.rightsHeading}</h2>${notice(ctx, site)}`;
  const view: SpaView = {
    title: `${ctx.t.privacyCenter.topics.ai.title} | ${suffix}`,
    html: html`<div>
      <a role="link" href="${site.homePath}"><span>${common.back}</span></a>
      <h1>${genai.title}</h1>
      <p>${genai.intro}</p>
      <h2>${genai.whatHeading}</h2>
      <p>${genai.whatBody}</p>
      ${ctx.options.noticeInDialog ? '' : html`<section>${rights}</section>`}
    </div>`,
  };
  if (ctx.options.noticeInDialog) {
    view.dialog = html`<div style="position:fixed;inset:0;z-index:20;background:rgba(0,0,0,.4);display:flex;align-items:center;justify-content:center">
      <div role="dialog" aria-modal="true" aria-label="${genai.rightsHeading}" style="background:#fff;border-radius:8px;max-width:520px;padding:24px;position:relative">
        <div role="button" tabindex="0" aria-label="${common.close}" data-r-on="close-dialog" style="position:absolute;top:12px;right:12px">${cross()}</div>
        ${rights}
      </div>
    </div>`;
  }
  return view;
}

export function privacyCenterPage(ctx: PageContext, site: PrivacyCenterSite): ReplicaPage {
  const suffix = `${ctx.t.common.privacyCenter} | ${site.brand}`;
  const views: Record<string, SpaView> = { [normalizePath(site.homePath)]: homeView(ctx, site, suffix) };
  for (const path of site.genaiPaths) views[normalizePath(path)] = genaiView(ctx, site, suffix);
  for (const topic of TopicIdSchema.options) {
    if (topic !== 'ai') views[normalizePath(`${site.topicPath}${topic}/`)] = topicView(ctx, site, topic, suffix);
  }
  return spaPage(ctx, suffix, {
    shell: metaShell({ href: site.homePath, label: ctx.t.common.privacyCenter }, 880),
    views,
    fallback: notAvailableView(ctx, suffix),
  });
}
