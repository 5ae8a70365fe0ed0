/**
 * Accounts Center (accountscenter.facebook.com, accountscenter.instagram.com,
 * accountscenter.meta.com): an overview at `/`, the list of linked profiles at `/profiles`, and
 * "Password and security" with its "Security checks" → "Recent emails" entry.
 * Each profile is a list item holding a link with the display name (or Instagram username) and
 * the platform's name in separate spans.
 */
import { html } from '../../html';
import type { PageContext, ReplicaPage } from '../context';
import { avatar, chevronRight, glyph, metaLogo } from './icons';
import { notAvailableView, spaPage } from './common';

export function accountsCenterPage(ctx: PageContext): ReplicaPage {
  const { accountsCenter: ac } = ctx.t;
  const title = `${ac.title} | Meta`;
  const entry = (href: string, label: string) =>
    html`<a role="link" href="${href}" style="display:flex;align-items:center;gap:12px;padding:12px">${glyph(24)}<span style="flex:1"><span>${label}</span></span>${chevronRight()}</a>`;
  const profiles = ctx.options.accountsCenter.map(
    (account, i) => html`<div role="listitem">
      <a role="link" href="/profiles/${String(i + 1)}/" style="display:flex;align-items:center;gap:12px;padding:12px">
        <div>${avatar(40)}</div>
        <div>
          <div><span><span>${account.name}</span></span></div>
          <div><span><span>${account.platform}</span></span></div>
        </div>
      </a>
    </div>`,
  );
  return spaPage(ctx, title, {
    shell: html`<div role="banner" style="display:flex;align-items:center;gap:12px;padding:12px 24px;background:#fff">
        ${metaLogo()}<a role="link" href="/"><span>${ac.title}</span></a>
      </div>
      <div role="main" style="max-width:680px;margin:24px auto;padding:0 16px" data-r-ref="outlet"></div>`,
    views: {
      '/': {
        title,
        html: html`<div>
          <h1>${ac.title}</h1>
          <p>${ac.intro}</p>
          <div style="background:#fff;border-radius:8px">
            ${entry('/profiles/', ac.profiles)}
            ${entry('/connected_experiences/', ac.connected)}
            ${entry('/password_and_security/', ac.security)}
          </div>
        </div>`,
      },
      '/password_and_security': {
        title: `${ac.security} | ${title}`,
        html: html`<div>
          <h1>${ac.security}</h1>
          <h2>${ac.securityChecks}</h2>
          <div style="background:#fff;border-radius:8px">
            ${entry('/password_and_security/recent_emails/', ac.recentEmails)}
          </div>
        </div>`,
      },
      '/profiles': {
        title: `${ac.profiles} | ${title}`,
        html: html`<div>
          <h1>${ac.profiles}</h1>
          <div role="list" style="background:#fff;border-radius:8px">${profiles}</div>
          <div role="button" tabindex="0" data-r-on="noop" style="padding:12px"><span>${ac.addAccounts}</span></div>
        </div>`,
      },
    },
    fallback: notAvailableView(ctx, title),
  });
}
