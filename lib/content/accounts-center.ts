import type { AccountsCenterEntry } from '../record/actions';
import { normalizeText } from '../page/normalize';

const PLATFORM_NAMES: Record<string, AccountsCenterEntry['platform']> = { facebook: 'facebook', instagram: 'instagram' };

/** Whether this URL is an Accounts Center profiles page. */
export function isAccountsCenterProfiles(url: URL): boolean {
  return /^accountscenter\.(facebook|instagram|meta)\.com$/.test(url.hostname) && /^\/profiles\/?$/.test(url.pathname);
}

/**
 * The accounts an Accounts Center profiles page lists: each entry shows a name (or an Instagram
 * username) and, apart, the platform's name "Facebook" or "Instagram".
 */
export function readAccountsCenter(root: ParentNode = document): AccountsCenterEntry[] {
  const entries: AccountsCenterEntry[] = [];
  const seen = new Set<string>();
  for (const el of Array.from(root.querySelectorAll('span, div, p'))) {
    if (el.children.length > 0) continue;
    const platform = PLATFORM_NAMES[normalizeText(el.textContent ?? '')];
    if (!platform) continue;
    const entry = el.closest('[role="listitem"], li, a, [role="link"], [role="button"]');
    if (!entry) continue;
    const name = Array.from(entry.querySelectorAll('span, div, p'))
      .filter((n) => n.children.length === 0 && n !== el)
      .map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim())
      .find((text) => text && !PLATFORM_NAMES[normalizeText(text)]);
    if (!name) continue;
    const key = `${platform}:${normalizeText(name)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ platform, name });
  }
  return entries;
}
