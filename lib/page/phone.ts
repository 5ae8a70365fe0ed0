/**
 * Is this a phone? Two questions, each answered by the one signal that decides it:
 *
 * - The browser (popup, welcome page): its **user agent**. The popup is narrow on a computer too
 *   (so its width says nothing), and a touch screen is no phone (laptops have them); the user
 *   agent is also what Meta itself goes by when it sends a browser to its phone site. Firefox for
 *   Android says "Android … Mobile", Edge for Android "Android" and "Mobile", iOS browsers "iPhone".
 * - The page (the guide on Meta's pages): its **width**. The guide's menu steps need Meta's
 *   desktop layout, which a narrow window does not show whatever the browser claims to be; on
 *   Meta's phone site (`m.facebook.com`, lib/domain.ts) the host decides, before any width.
 */

/** A phone's browser, by its user agent. */
export function isPhoneBrowser(userAgent: string): boolean {
  return /\b(?:Android|iPhone|Mobile)\b/.test(userAgent);
}

/** Wider than this (CSS pixels), a page is laid out for a computer or a tablet; phones are 320–480. */
export const PHONE_MAX_WIDTH = 600;

/** A page laid out at a phone's width. */
export function isPhoneSizePage(view: { innerWidth: number } = window): boolean {
  return view.innerWidth > 0 && view.innerWidth <= PHONE_MAX_WIDTH;
}
