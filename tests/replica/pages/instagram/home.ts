/**
 * Instagram's web app (www.instagram.com): a left bar (Home, Search, …, "Profile" linking to
 * `/<username>/`, and "More" at the bottom) around the feed at `/`, the settings page at
 * `/accounts/edit/` and the user's profile. Home, profile and settings navigate with pushState.
 *
 * "More" mounts a menu whose "Settings" links to `/accounts/edit/`; the settings page's
 * "More info and support" section links to privacycenter.instagram.com (a full navigation).
 * As saved from Meta (docs/meta-pages.md, "Real markup"): the icon of "More" is an svg named
 * "Settings" (fr « Options »); the menu is a plain role-less layer at the end of <body>, and its
 * "Settings" row holds a gear named "Settings" too: two elements named "Settings" once it opens.
 */
import { html, type Html } from '../../html';
import { ROUTE_TEXTS } from '../../i18n';
import type { PageContext, ReplicaPage } from '../context';
import { avatar, glyph, instagramLogo, namedGlyph } from '../shared/icons';
import { feedConfig, notAvailableView, spaPage } from '../shared/common';

export const INSTAGRAM_PRIVACY_CENTER_URL = 'https://privacycenter.instagram.com/';

/** A left-bar entry; with `action`, a `href="#"` link whose click runs that action instead. */
function navEntry(href: string, label: string, icon: Html = glyph(24), action = ''): Html {
  const body = html`<div style="display:flex;align-items:center;gap:16px;padding:12px">${icon}<span><span>${label}</span></span></div>`;
  return action
    ? html`<a role="link" href="${href}" data-r-on="${action}">${body}</a>`
    : html`<a role="link" href="${href}">${body}</a>`;
}

function shell(ctx: PageContext): Html {
  const { instagram: ig } = ctx.t;
  const { username } = ctx.options.instagramAccount;
  return html`<div role="navigation" style="position:fixed;top:0;left:0;bottom:0;width:244px;display:flex;flex-direction:column;padding:8px 12px;box-sizing:border-box;border-right:1px solid #dbdbdb;background:#fff">
      <a role="link" href="/" aria-label="Instagram" style="padding:24px 12px">${instagramLogo()}</a>
      <div style="flex:1">
        ${navEntry('/', ig.home)}
        ${navEntry('#', ig.search, glyph(24), 'noop')}
        ${navEntry('/explore/', ig.explore)}
        ${navEntry('/reels/', ig.reels)}
        ${navEntry('/direct/inbox/', ig.messages)}
        ${navEntry('#', ig.notifications, glyph(24), 'noop')}
        ${navEntry('#', ig.create, glyph(24), 'noop')}
        ${navEntry(`/${username}/`, ig.profile, avatar(24))}
      </div>
      ${navEntry('#', ig.more, namedGlyph(ig.moreIcon, 24), 'menu:more')}
    </div>
    <div role="main" style="margin-left:244px;padding:24px" data-r-ref="outlet"></div>`;
}

function moreMenu(ctx: PageContext): Html {
  const { instagram: ig } = ctx.t;
  const { username } = ctx.options.instagramAccount;
  const row = (label: string, icon: Html = glyph()) => html`<div style="display:flex;align-items:center;gap:12px;padding:12px">${icon}<span><span>${label}</span></span></div>`;
  return html`<div style="position:fixed;left:12px;bottom:72px;width:266px;z-index:10;background:#fff;border-radius:16px;box-shadow:0 4px 12px rgba(0,0,0,.15);padding:8px">
      <a role="link" href="/accounts/edit/">${row(ig.settings, namedGlyph(ig.settings, 18))}</a>
      <a role="link" href="/your_activity/interactions/">${row(ig.activity)}</a>
      <a role="link" href="/${username}/saved/">${row(ig.saved)}</a>
      <div role="button" tabindex="0" data-r-on="noop">${row(ig.appearance)}</div>
      <div role="button" tabindex="0" data-r-on="noop">${row(ig.report)}</div>
      <hr>
      <div role="button" tabindex="0" data-r-on="noop">${row(ig.switchAccounts)}</div>
      <div role="button" tabindex="0" data-r-on="noop">${row(ig.logout)}</div>
    </div>`;
}

function settingsView(ctx: PageContext): Html {
  const { instagram: ig, common } = ctx.t;
  const link = (href: string, label: string) =>
    html`<a role="link" href="${href}" style="display:block;padding:12px 16px"><span><span>${label}</span></span></a>`;
  const privacyCenter = ctx.options.stepsAsButtons
    ? html`<div role="button" tabindex="0" data-r-on="go:${INSTAGRAM_PRIVACY_CENTER_URL}" style="padding:12px 16px"><span><span>${common.privacyCenter}</span></span></div>`
    : link(INSTAGRAM_PRIVACY_CENTER_URL, common.privacyCenter);
  return html`<div style="display:flex;gap:24px">
      <div style="width:300px;flex:none">
        <h1>${ig.settings}</h1>
        <h2 style="font-size:14px">${ig.howYouUse}</h2>
        ${link('/accounts/edit/', ig.editProfile)}
        ${link('/accounts/notifications/', ig.notifications)}
        <h2 style="font-size:14px">${ig.moreInfo}</h2>
        ${link('https://help.instagram.com/', ig.help)}
        ${ctx.options.privacyCenterEntry ? privacyCenter : ''}
        ${link('https://privacycenter.instagram.com/policy/', ROUTE_TEXTS[ctx.lang].settings.privacyPolicy)}
        ${link('/accounts/account_status/', ig.accountStatus)}
        ${link('/accounts/about/', ig.about)}
      </div>
      <div style="flex:1">
        <h2>${ig.editProfile}</h2>
        <p>${ig.editProfileHint}</p>
      </div>
    </div>`;
}

export function instagramHomePage(ctx: PageContext): ReplicaPage {
  const { t, options } = ctx;
  const { username, name } = options.instagramAccount;
  return spaPage(ctx, 'Instagram', {
    shell: shell(ctx),
    views: {
      '/': { title: 'Instagram', html: html`<div style="max-width:470px;margin:0 auto" data-r-ref="feed"></div>` },
      '/accounts/edit': { title: `${t.instagram.editProfile} • Instagram`, html: settingsView(ctx) },
      [`/${username}`]: {
        title: `${name} (@${username}) • Instagram`,
        html: html`<div style="display:flex;align-items:center;gap:32px">
          ${avatar(150)}
          <div><h2>${username}</h2><p><span>0</span> ${t.instagram.posts}</p><p>${name}</p></div>
        </div>`,
      },
    },
    fallback: notAvailableView(ctx, 'Instagram'),
    menus: { more: moreMenu(ctx) },
    feed: feedConfig(ctx, 'instagram'),
  });
}
