/**
 * Facebook pages that hold other people's names and profile links, and no shortcuts navigation
 * (meta-flow.md, "Which account is this"): a friend's profile with its tabs, a group's member
 * list, and the settings page with its own left navigation (and the Privacy Policy link, where
 * the Privacy Policy route starts). Each has the banner with the account menu.
 */
import { html, type Html } from '../../html';
import { ROUTE_TEXTS } from '../../i18n';
import type { PageContext, ReplicaPage } from '../context';
import { avatar, glyph } from '../shared/icons';
import { notAvailableView, spaPage } from '../shared/common';
import { accountMenus, banner } from './home';

/** The friend whose profile the replica shows at /paul.martin, and the people around him. */
export const FRIEND = { id: 'paul.martin', name: 'Paul Martin' };
const FRIENDS_OF_FRIEND = [
  { href: '/julie.bernard', name: 'Julie Bernard' },
  { href: '/profile.php?id=1000777', name: 'Luc Petit' },
];
export const GROUP_MEMBERS_PATH = '/groups/123456/members';
export const SETTINGS_PATH = '/settings';

function page(ctx: PageContext, title: string, path: string, body: Html): ReplicaPage {
  return spaPage(ctx, title, {
    shell: html`${banner(ctx)}<div role="main" style="max-width:900px;margin:16px auto" data-r-ref="outlet"></div>`,
    views: { [path]: { title, html: body } },
    fallback: notAvailableView(ctx, title),
    menus: accountMenus(ctx),
  });
}

const person = (href: string, name: string) =>
  html`<a role="link" href="${href}" style="display:flex;align-items:center;gap:8px;padding:8px">${avatar(36)}<span><span>${name}</span></span></a>`;

export function facebookFriendPage(ctx: PageContext): ReplicaPage {
  const p = ROUTE_TEXTS[ctx.lang].people;
  const tab = (suffix: string, label: string, selected = false) =>
    html`<a role="tab" aria-selected="${String(selected)}" href="/${FRIEND.id}${suffix}" style="padding:12px"><span>${label}</span></a>`;
  return page(ctx, `${FRIEND.name} | Facebook`, `/${FRIEND.id}`, html`<div style="background:#fff;border-radius:8px;padding:24px">
      <div style="display:flex;align-items:center;gap:16px">${avatar(96)}<h1><a role="link" href="/${FRIEND.id}">${FRIEND.name}</a></h1></div>
      <div role="navigation" aria-label="${FRIEND.name}"><div role="tablist" style="display:flex">
        ${tab('', p.posts, true)}${tab('/about', p.about)}${tab('/friends', p.friends)}${tab('/photos', p.photos)}
      </div></div>
      <h2>${p.friends}</h2>
      ${FRIENDS_OF_FRIEND.map((f) => person(f.href, f.name))}
      <div role="article">${person(`/${FRIEND.id}`, FRIEND.name)}<p>${p.sharedPost}</p></div>
    </div>`);
}

export function facebookGroupMembersPage(ctx: PageContext): ReplicaPage {
  const p = ROUTE_TEXTS[ctx.lang].people;
  return page(ctx, `${p.members} | Facebook`, GROUP_MEMBERS_PATH, html`<div style="display:flex;gap:16px">
      <div role="navigation" aria-label="Groups" style="width:240px">
        <a role="link" href="/groups/feed/" style="display:block;padding:8px">${p.groupFeed}</a>
        <a role="link" href="/groups/discover/" style="display:block;padding:8px">${p.discover}</a>
        <a role="link" href="/groups/123456/" style="display:block;padding:8px">Randonnées Lyon</a>
      </div>
      <div style="flex:1;background:#fff;border-radius:8px;padding:16px">
        <h2>${p.members}</h2>
        <div role="list">
          <div role="listitem">${person(`/groups/123456/user/1000777/`, 'Luc Petit')}</div>
          <div role="listitem">${person(`/${FRIEND.id}`, FRIEND.name)}</div>
          <div role="listitem">${person('/profile.php?id=1000888', 'Anna Admin')}</div>
        </div>
      </div>
    </div>`);
}

export function facebookSettingsPage(ctx: PageContext): ReplicaPage {
  const s = ROUTE_TEXTS[ctx.lang].settings;
  const hrefs = ['/adpreferences/', '/your_information/', '/settings/?tab=blocking', '/notifications/', '/settings/?tab=language'];
  return page(ctx, `${s.title} | Facebook`, SETTINGS_PATH, html`<div style="display:flex;gap:16px">
      <div role="navigation" aria-label="${s.title}" style="width:280px;background:#fff;border-radius:8px;padding:8px">
        <h1 style="font-size:20px">${s.title}</h1>
        ${s.nav.map((label, i) => html`<a role="link" href="${hrefs[i]}" style="display:flex;gap:8px;padding:8px">${glyph()}<span>${label}</span></a>`)}
      </div>
      <div style="flex:1;background:#fff;border-radius:8px;padding:16px">
        <h2>${s.title}</h2>
        <p><a role="link" href="/privacy/policy/"><span>${s.privacyPolicy}</span></a></p>
      </div>
    </div>`);
}
