import type { Platform } from '../domain';
import { normalizeText } from '../page/normalize';
import { elementsOutside } from '../page/outside';

export interface DetectedAccount {
  platform: Platform;
  id: string;
  name: string;
}

/** First path segments that are Facebook's own pages, never a person's vanity name. */
const FB_RESERVED = new Set([
  'friends', 'groups', 'watch', 'marketplace', 'events', 'memories', 'saved', 'pages', 'gaming', 'feeds',
  'reel', 'reels', 'messages', 'notifications', 'bookmarks', 'settings', 'privacy', 'help', 'policies',
  'ads', 'fundraisers', 'games', 'stories', 'photo', 'photos', 'video', 'videos', 'home.php', 'login',
  'search', 'hashtag', 'me', 'business', 'campaign', 'places', 'crisisresponse', 'climatescienceinfo',
]);
const IG_RESERVED = new Set([
  'explore', 'reels', 'direct', 'accounts', 'stories', 'p', 'reel', 'tv', 'about', 'legal', 'developer',
  'emails', 'challenge', 'session', 'web', 'your_activity', 'notifications', 'create', 'threads',
]);

/**
 * The logged-in Facebook account: the feed's left navigation (the shortcuts) starts with a link
 * to the user's own profile (`/<vanity>` or `/profile.php?id=<n>`) whose text is the user's name.
 *
 * Only that first entry counts, and only in a navigation that is the shortcuts: one that also
 * links to Facebook's own sections (Friends, Groups, Marketplace…). Other pages hold other
 * people's profile links — a friend's profile and its tabs, a group's member list, the
 * settings pages' own navigation, the "See all profiles" switcher — and none of them is the
 * logged-in person: on those pages nothing is detected, and the account last seen stays.
 */
export function detectFacebookAccount(doc: Document = document): DetectedAccount | undefined {
  for (const nav of elementsOutside(doc, NAVIGATION, FOREIGN_CONTENT)) {
    const links = Array.from(nav.querySelectorAll<HTMLAnchorElement>('a[href]'));
    const sections = links.filter((a) => isFacebookSection(a.href)).length;
    if (sections < MIN_SHORTCUT_SECTIONS) continue;
    const first = links.find((a) => !isFacebookHome(a.href));
    const id = first && facebookProfileId(first.href);
    const name = (first?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (id && name) return { platform: 'facebook', id, name };
  }
  return undefined;
}

const NAVIGATION = '[role="navigation"], nav';
/** Where other people's names and links live: the page's content, dialogs, menus, feeds. */
const FOREIGN_CONTENT = '[role="main"], main, [role="dialog"], [role="menu"], [role="article"], [role="feed"], [role="complementary"]';

/** Facebook's own sections, which the shortcuts navigation links to (never a person). */
const FB_SECTIONS = new Set(['friends', 'groups', 'marketplace', 'memories', 'saved', 'watch', 'feeds', 'events', 'gaming', 'reel', 'fundraisers']);
/** The shortcuts link to several of them; a profile's tabs or the settings' navigation to none. */
const MIN_SHORTCUT_SECTIONS = 2;

function isFacebookSection(href: string): boolean {
  const url = parseUrl(href);
  const match = url && /(^|\.)facebook\.com$/.test(url.hostname) ? /^\/([a-z]+)\/?$/.exec(url.pathname) : null;
  return match !== null && FB_SECTIONS.has(match[1]);
}

function isFacebookHome(href: string): boolean {
  const url = parseUrl(href);
  return url !== undefined && url.pathname === '/';
}

export function facebookProfileId(href: string): string | undefined {
  const url = parseUrl(href);
  if (!url || !/(^|\.)facebook\.com$/.test(url.hostname)) return undefined;
  if (url.pathname === '/profile.php') return /^\d+$/.test(url.searchParams.get('id') ?? '') ? url.searchParams.get('id')! : undefined;
  const match = /^\/([A-Za-z0-9.]{2,80})\/?$/.exec(url.pathname);
  if (!match || FB_RESERVED.has(match[1].toLowerCase())) return undefined;
  return match[1].toLowerCase();
}

/**
 * The logged-in Instagram account: the left bar's "Profile" link points to `/<username>/`.
 * Links in the page's content or in a dialog (someone's profile, the account switcher) never count.
 */
export function detectInstagramAccount(doc: Document = document): DetectedAccount | undefined {
  // Links in a navigation inside the page's content never count (below): such navigations are not looked in.
  const scopes = elementsOutside(doc, NAVIGATION, FOREIGN_CONTENT);
  const anyNavigation = scopes.length > 0 || doc.querySelector(NAVIGATION) !== null;
  for (const scope of anyNavigation ? scopes : [doc.body]) {
    for (const a of Array.from(scope.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
      if (a.closest(FOREIGN_CONTENT)) continue;
      const username = instagramUsername(a.href);
      const words = (a.textContent ?? '').trim() || (a.getAttribute('aria-label') ?? '');
      if (username && profileWords().has(normalizeText(words))) {
        return { platform: 'instagram', id: username, name: username };
      }
    }
  }
  return undefined;
}

/** "Profile" in the languages Instagram's left bar uses. */
const PROFILE_WORDS = ['profile', 'profil', 'perfil', 'profilo', 'profiel', 'profiili', 'profilis', 'profils', 'profiil',
  'профил', 'προφίλ', 'profilja', 'próifíl', 'profil-', 'profili'];
let profileWordSet: Set<string> | undefined;

/** Folded on first use, not when the script loads: the Facebook script bundles this file too. */
function profileWords(): Set<string> {
  return (profileWordSet ??= new Set(PROFILE_WORDS.map(normalizeText)));
}

export function instagramUsername(href: string): string | undefined {
  const url = parseUrl(href);
  if (!url || !/^(www\.)?instagram\.com$/.test(url.hostname)) return undefined;
  const match = /^\/([A-Za-z0-9._]{1,30})\/?$/.exec(url.pathname);
  if (!match || IG_RESERVED.has(match[1].toLowerCase())) return undefined;
  return match[1].toLowerCase();
}

function parseUrl(href: string): URL | undefined {
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}

/** How each site shows who is logged in. */
export const ACCOUNT_DETECTORS: Readonly<Record<Platform, (doc?: Document) => DetectedAccount | undefined>> = {
  facebook: detectFacebookAccount,
  instagram: detectInstagramAccount,
};
