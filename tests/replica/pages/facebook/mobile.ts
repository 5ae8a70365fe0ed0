/**
 * Facebook's site for phones' browsers, `m.facebook.com` (meta-flow.md, "On a phone"): Meta sends
 * a phone's user agent there. Its pages are built of `div[role="button"][data-mcomponent="MContainer"]`
 * boxes that carry **no aria-label**: the top bar's icons, and the menu at `/bookmarks/`, whose
 * boxes hold the words of the desktop account menu's entries (Settings & privacy, the Privacy
 * Center…). No reliable path through it is known: the guide must mark nothing here.
 * The Privacy Center and the help forms are the www pages (site.ts serves them on any host).
 */
import { html, type Html } from '../../html';
import type { PageContext, ReplicaPage } from '../context';
import { feedConfig, notAvailableView, spaPage } from '../shared/common';
import { avatar, glyph } from '../shared/icons';

export const MOBILE_HOST = 'm.facebook.com';

/** Facebook's desktop hosts, whose feed and menus Meta does not show a phone. */
const DESKTOP_HOSTS = new Set(['facebook.com', 'www.facebook.com', 'web.facebook.com']);
/** Pages Meta serves on www to a phone too: the Privacy Center, its policy, help and its forms. */
const SAME_AT_ANY_WIDTH = /^\/(?:privacy|help|policies)(?:\/|$)/;

/**
 * Meta picks its phone site by user agent: a phone asking www for its feed (or any page of the
 * desktop app) is sent to the same path on m.facebook.com. Meta answers with a redirect; the
 * replica, which answers with a body only, sends a page that replaces itself.
 */
export function phoneSiteRedirect(url: URL, userAgent: string): string | undefined {
  if (!DESKTOP_HOSTS.has(url.hostname) || SAME_AT_ANY_WIDTH.test(url.pathname) || !/\b(?:Android|iPhone|Mobile)\b/.test(userAgent)) return undefined;
  const to = JSON.stringify(`https://${MOBILE_HOST}${url.pathname}${url.search}`).replace(/</g, '\\u003c');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><script>location.replace(${to})</script></head><body></body></html>`;
}

export const BOOKMARKS_PATH = '/bookmarks';

/** One nameless box, as Meta's phone site renders every control; `on`: what a tap does (spa.js's actions). */
function box(content: Html, on?: string): Html {
  const action = on ? html` data-r-on="${on}"` : html``;
  return html`<div role="button" tabindex="0" data-mcomponent="MContainer"${action} style="display:flex;align-items:center;gap:12px;min-height:44px;padding:4px 12px">${content}</div>`;
}

function topBar(): Html {
  // The logo, search, and the menu (three lines: the profile picture beside them): icons, no names.
  return html`<div data-mcomponent="MContainer" style="position:sticky;top:0;z-index:5;display:flex;align-items:center;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.2)">
      ${box(html`<span style="color:#1877f2;font-weight:700;font-size:24px">facebook</span>`, 'nav:/')}
      <div style="flex:1"></div>
      ${box(glyph(24))}
      ${box(html`${glyph(24)}${avatar(28)}`, `nav:${BOOKMARKS_PATH}/`)}
    </div>
    <div data-r-ref="outlet"></div>`;
}

function bookmarks(ctx: PageContext): Html {
  const { facebook: f, common } = ctx.t;
  const entry = (words: string, on?: string) => box(html`${glyph(28)}<span><span>${words}</span></span>`, on);
  return html`<div data-mcomponent="MContainer" style="padding:8px 0;background:#fff">
      ${box(html`${avatar(40)}<span><span>${ctx.options.facebookAccount.name}</span></span>`)}
      ${entry(f.settingsPrivacy)}
      ${entry(common.privacyCenter, 'go:https://www.facebook.com/privacy/center/')}
      ${entry(f.helpSupport)}
      ${entry(f.logout)}
    </div>`;
}

export function mobileFacebookPage(ctx: PageContext): ReplicaPage {
  return spaPage(ctx, 'Facebook', {
    shell: topBar(),
    views: {
      '/': { title: 'Facebook', html: html`<div data-r-ref="feed"></div>` },
      [BOOKMARKS_PATH]: { title: 'Menu | Facebook', html: bookmarks(ctx) },
    },
    fallback: notAvailableView(ctx, 'Facebook'),
    feed: feedConfig(ctx, 'facebook'),
  });
}
