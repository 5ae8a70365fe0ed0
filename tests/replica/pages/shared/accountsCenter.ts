/**
 * Accounts Center (accountscenter.facebook.com, accountscenter.instagram.com,
 * accountscenter.meta.com): an overview at `/`, the list of linked profiles at `/profiles`, and
 * "Password and security" with its "Security checks" → "Recent emails" entry.
 * Each profile is a list item holding a link with the display name (or Instagram username) and
 * the platform's name in separate spans.
 */
import type { SpaView } from '../../document';
import { html, type Html } from '../../html';
import type { PageContext, ReplicaPage } from '../context';
import { avatar, chevronRight, glyph } from './icons';
import { metaShell, notAvailableView, spaPage } from './common';

export function accountsCenterPage(ctx: PageContext): ReplicaPage {
  const { accountsCenter: ac } = ctx.t;
  const title = `${ac.title} | Meta`;
  const entry = (href: string, label: string) =>
    html`<a role="link" href="${href}" style="display:flex;align-items:center;gap:12px;padding:12px">${glyph(24)}<span style="flex:1"><span>${label}</span></span>${chevronRight()}</a>`;
  /** A view of entries in a card, under its heading and lead. */
  const entriesView = (viewTitle: string, heading: string, lead: Html, entries: Html[]): SpaView => ({
    title: viewTitle,
    html: html`<div>
          <h1>${heading}</h1>
          ${lead}
          <div style="background:#fff;border-radius:8px">${entries}</div>
        </div>`,
  });
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
    shell: metaShell({ href: '/', label: ac.title }, 680, false),
    views: {
      '/': entriesView(title, ac.title, html`<p>${ac.intro}</p>`, [
        entry('/profiles/', ac.profiles),
        entry('/connected_experiences/', ac.connected),
        entry('/password_and_security/', ac.security),
      ]),
      '/password_and_security': entriesView(`${ac.security} | ${title}`, ac.security, html`<h2>${ac.securityChecks}</h2>`, [
        entry('/password_and_security/recent_emails/', ac.recentEmails),
      ]),
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
