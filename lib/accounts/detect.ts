import type { Platform } from '../domain';
import { normalizeText } from '../page/normalize';

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
 * The logged-in Facebook account: the first entry of the left navigation links to the user's
 * own profile (`/<vanity>` or `/profile.php?id=<n>`) and its text is the user's name.
 */
export function detectFacebookAccount(doc: Document = document): DetectedAccount | undefined {
  // The first such link in document order. `doc.links` is walked lazily, link by link (no
  // `length`, no Array.from): the navigation comes before the feed, so a look stops after a few
  // links instead of matching selectors against every element of a 20,000-element feed.
  const links = doc.links;
  for (let i = 0, a = links[i]; a; a = links[++i]) {
    if (!(a instanceof HTMLAnchorElement) || !a.closest('[role="navigation"], nav')) continue;
    const id = facebookProfileId(a.href);
    const name = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (id && name) return { platform: 'facebook', id, name };
  }
  return undefined;
}

export function facebookProfileId(href: string): string | undefined {
  const url = parseUrl(href);
  if (!url || !/(^|\.)facebook\.com$/.test(url.hostname)) return undefined;
  if (url.pathname === '/profile.php') return /^\d+$/.test(url.searchParams.get('id') ?? '') ? url.searchParams.get('id')! : undefined;
  const match = /^\/([A-Za-z0-9.]{2,80})\/?$/.exec(url.pathname);
  if (!match || FB_RESERVED.has(match[1].toLowerCase())) return undefined;
  return match[1].toLowerCase();
}

/** The logged-in Instagram account: the left bar's "Profile" link points to `/<username>/`. */
export function detectInstagramAccount(doc: Document = document): DetectedAccount | undefined {
  const scopes = Array.from(doc.querySelectorAll('[role="navigation"], nav'));
  for (const scope of scopes.length ? scopes : [doc.body]) {
    for (const a of Array.from(scope.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
      const username = instagramUsername(a.href);
      if (username && profileWords().has(normalizeText(a.textContent ?? a.getAttribute('aria-label') ?? ''))) {
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
