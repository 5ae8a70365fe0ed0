/**
 * Facebook's main app ("Comet"): the feed at `/`, the user's profile, and a "not available"
 * page for every other path. Every page has the top bar with the account menu button and the
 * left navigation whose first entry links to the user's own profile.
 *
 * The account menu is mounted only when opened: root items (`div[role="listitem"]` holding a
 * span with the words, as saved from Meta), then the "Settings & privacy" submenu with the link
 * to the Privacy Center (a full navigation, not pushState).
 */
import { html, type Html } from '../../html';
import { normalizePath } from '../../options';
import type { PageContext, ReplicaPage } from '../context';
import { arrowLeft, avatar, chevronRight, facebookLogo, glyph, namedGlyph, profilePicture } from '../shared/icons';
import { ROUTE_TEXTS } from '../../i18n';
import { feedConfig, notAvailableView, spaPage } from '../shared/common';

/** `/marie.dupont` or `/profile.php?id=1000123`. */
export function facebookProfileHref(id: string): string {
  return `/${id.replace(/^\/+/, '')}`;
}

const MENU_STYLE =
  'position:fixed;top:52px;right:16px;width:344px;z-index:10;background:#fff;border-radius:8px;box-shadow:0 12px 28px rgba(0,0,0,.2);padding:8px';

/** A menu row: icon, label, optional chevron. `attrs` carries role, href and behaviour. */
function menuRow(tag: 'a' | 'div', attrs: Html, label: string, submenu = false): Html {
  const inner = html`<div style="display:flex;align-items:center;gap:12px;padding:8px">
      <div>${glyph()}</div>
      <div style="flex:1"><span><span>${label}</span></span></div>
      ${submenu ? html`<div>${chevronRight()}</div>` : ''}
    </div>`;
  return tag === 'a' ? html`<a ${attrs}>${inner}</a>` : html`<div ${attrs}>${inner}</div>`;
}

/** The login's profiles for "See all profiles": the active one checked, each row with its picture. */
function profileRows(ctx: PageContext): Html {
  const { facebookAccount, facebookProfiles } = ctx.options;
  const all = [facebookAccount, ...facebookProfiles.filter((p) => p.id !== facebookAccount.id)];
  return html`${all.map((p) => {
    const active = p.id === facebookAccount.id;
    return html`<div role="radio" aria-checked="${String(active)}" tabindex="0" data-r-on="${active ? 'noop' : `switch-profile:${p.id}`}" style="display:flex;align-items:center;gap:8px;padding:8px">
        ${profilePicture(36)}<span><span>${p.name}</span></span>
      </div>`;
  })}`;
}

export function accountMenus(ctx: PageContext): Record<string, Html> {
  const { facebook: f, common } = ctx.t;
  const { facebookAccount, stepsAsButtons, privacyCenterEntry } = ctx.options;
  const profileHref = facebookProfileHref(facebookAccount.id);
  const back = (title: string) => html`<div style="display:flex;align-items:center;gap:8px;padding:4px 8px">
      <div role="button" tabindex="0" aria-label="${common.back}" data-r-on="submenu:account">${arrowLeft()}</div>
      <h2 style="margin:0;font-size:20px">${title}</h2>
    </div>`;

  const privacyCenter = stepsAsButtons
    ? menuRow('div', html`role="button" tabindex="0" data-r-on="go:/privacy/center/"`, common.privacyCenter)
    : menuRow('a', html`role="menuitem" href="/privacy/center/"`, common.privacyCenter);

  return {
    account: html`<div role="menu" aria-label="${f.yourProfile}" style="${MENU_STYLE}">
      <div style="box-shadow:0 2px 12px rgba(0,0,0,.15);border-radius:8px;margin-bottom:8px">
        <a role="link" href="${profileHref}" style="display:flex;align-items:center;gap:8px;padding:8px">
          ${avatar(36)}<span><span>${facebookAccount.name}</span></span>
        </a>
        <div role="button" tabindex="0" data-r-on="submenu:profiles" style="padding:8px"><span>${f.seeAllProfiles}</span></div>
      </div>
      ${menuRow('div', html`role="listitem" tabindex="0" data-r-on="submenu:settings"`, f.settingsPrivacy, true)}
      ${menuRow('div', html`role="listitem" tabindex="0" data-r-on="submenu:help"`, f.helpSupport, true)}
      ${menuRow('div', html`role="listitem" tabindex="0" data-r-on="noop"`, f.display, true)}
      ${menuRow('div', html`role="listitem" tabindex="0" data-r-on="noop"`, f.feedback)}
      ${menuRow('div', html`role="listitem" tabindex="0" data-r-on="noop"`, f.logout)}
    </div>`,
    settings: html`<div role="menu" aria-label="${f.settingsPrivacy}" style="${MENU_STYLE}">
      ${back(f.settingsPrivacy)}
      ${menuRow('a', html`role="menuitem" href="/settings/"`, f.settings)}
      ${menuRow('a', html`role="menuitem" href="/privacy/checkup/"`, f.privacyCheckup)}
      ${privacyCenterEntry ? privacyCenter : ''}
      ${menuRow('a', html`role="menuitem" href="/allactivity/"`, f.activityLog)}
      ${menuRow('div', html`role="menuitem" tabindex="0" data-r-on="noop"`, f.language)}
    </div>`,
    profiles: html`<div role="menu" aria-label="${f.seeAllProfiles}" style="${MENU_STYLE}">
      ${back(f.seeAllProfiles)}
      <div role="radiogroup" aria-label="${f.seeAllProfiles}">${profileRows(ctx)}</div>
    </div>`,
    apps: html`<div role="menu" aria-label="${ROUTE_TEXTS[ctx.lang].banner.facebookMenu}" style="${MENU_STYLE}">
      ${ROUTE_TEXTS[ctx.lang].appsMenu.map((item) => menuRow('div', html`role="menuitem" tabindex="0" data-r-on="noop"`, item))}
    </div>`,
    help: html`<div role="menu" aria-label="${f.helpSupport}" style="${MENU_STYLE}">
      ${back(f.helpSupport)}
      ${menuRow('a', html`role="menuitem" href="/help/"`, f.helpCenter)}
      ${menuRow('a', html`role="menuitem" href="/support/"`, f.supportInbox)}
      ${menuRow('div', html`role="menuitem" tabindex="0" data-r-on="noop"`, f.reportProblem)}
    </div>`,
  };
}

/**
 * The top bar: logo, search, and on the right the "Account Controls and Settings" navigation
 * (en-GB: "Account controls and settings") with the "Facebook menu" button beside "Your
 * profile" (older builds: "Account"). Each holds an svg carrying the name; the profile's holds
 * the avatar as an SVG <image>, and its clickable wrapper has no name of its own (saved pages
 * 2022–2025, docs/meta-pages.md); the older "Account" button was named itself.
 */
export function banner(ctx: PageContext): Html {
  const { facebook: f } = ctx.t;
  const b = ROUTE_TEXTS[ctx.lang].banner;
  // Current builds name only the icon (the wrapper has no name of its own); older ones named the button.
  const profileButton = ctx.options.accountMenuLabel === 'old'
    ? html`<div role="button" tabindex="0" aria-label="${b.accountOld}" data-r-on="menu:account" style="width:40px;height:40px">${profilePicture(40, b.accountOld)}</div>`
    : html`<div role="button" tabindex="0" data-r-on="menu:account" style="width:40px;height:40px">${profilePicture(40, f.yourProfile)}</div>`;
  return html`<div role="banner" style="position:sticky;top:0;z-index:5;height:56px;display:flex;align-items:center;gap:8px;padding:0 16px;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.2)">
      <a role="link" href="/" aria-label="Facebook">${facebookLogo()}</a>
      <div><input type="search" placeholder="${f.search}" aria-label="${f.search}" style="border-radius:20px;border:0;background:#f0f2f5;padding:8px 12px"></div>
      <div style="flex:1"></div>
      <div role="navigation" aria-label="${b.accountControls}" style="display:flex;gap:8px">
        <div role="button" tabindex="0" aria-label="${b.facebookMenu}" data-r-on="menu:apps" style="width:40px;height:40px">${namedGlyph(b.facebookMenu, 40)}</div>
        <div role="button" tabindex="0" aria-label="${b.notifications}" data-r-on="noop" style="width:40px;height:40px">${namedGlyph(b.notifications, 40)}</div>
        ${profileButton}
      </div>
    </div>`;
}

function shell(ctx: PageContext): Html {
  const { facebook: f } = ctx.t;
  const { facebookAccount } = ctx.options;
  const shortcut = (href: string, label: string) => html`<li><a role="link" href="${href}">
      <div style="display:flex;align-items:center;gap:12px;padding:8px"><div>${glyph(28)}</div><div><span><span>${label}</span></span></div></div>
    </a></li>`;
  return html`${banner(ctx)}
    <div style="display:flex;align-items:flex-start">
      <div role="navigation" style="position:sticky;top:56px;width:280px;flex:none;padding:8px">
        <ul style="list-style:none;margin:0;padding:0">
          <li><a role="link" href="${facebookProfileHref(facebookAccount.id)}">
            <div style="display:flex;align-items:center;gap:12px;padding:8px"><div>${avatar(28)}</div><div><span><span>${facebookAccount.name}</span></span></div></div>
          </a></li>
          ${shortcut('/friends/', f.friends)}
          ${shortcut('/groups/', f.groups)}
          ${shortcut('/marketplace/', f.marketplace)}
          ${shortcut('/memories/', f.memories)}
          ${shortcut('/saved/', f.saved)}
        </ul>
      </div>
      <div role="main" style="flex:1;max-width:680px;margin:16px auto" data-r-ref="outlet"></div>
    </div>`;
}

/** Any path outside the Privacy Center and the help forms. */
export function facebookHomePage(ctx: PageContext): ReplicaPage {
  const { options } = ctx;
  const profilePath = normalizePath(facebookProfileHref(options.facebookAccount.id).split('?')[0]);
  return spaPage(ctx, 'Facebook', {
    shell: shell(ctx),
    views: {
      '/': { title: 'Facebook', html: html`<div role="feed" data-r-ref="feed"></div>` },
      [profilePath]: {
        title: `${options.facebookAccount.name} | Facebook`,
        html: html`<div style="background:#fff;border-radius:8px;padding:24px;display:flex;align-items:center;gap:16px">
          ${avatar(96)}<h1>${options.facebookAccount.name}</h1>
        </div>`,
      },
    },
    fallback: notAvailableView(ctx, 'Facebook'),
    menus: accountMenus(ctx),
    feed: feedConfig(ctx, 'facebook'),
  });
}
