/**
 * The phone both browsers' suites pretend to be (issue 20): a 390 × 844 screen, touch, and a
 * phone browser's user agent (Meta picks its phone site by user agent; so does the popup,
 * lib/page/phone.ts). Chromium gets its phone emulation; Firefox a window of that size, the
 * user agent and a coarse pointer by preference.
 */
export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

/** Chromium's phone emulation pretends to be Chrome on Android. */
export const CHROME_ANDROID_UA =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36';

/** Firefox for Android's own user agent. */
export const FIREFOX_ANDROID_UA = 'Mozilla/5.0 (Android 14; Mobile; rv:142.0) Gecko/142.0 Firefox/142.0';

/** The narrowest phone the pages must fit (and the widths between). */
export const NARROW_PHONE_WIDTH = 360;

/** The smallest height of a control a finger can hit (issue 20). */
export const MIN_CONTROL_PX = 40;
