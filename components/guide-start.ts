import { isPhoneBrowser } from '@/lib/page/phone';

/**
 * Where "Guide me" starts: on a computer the feed, where the guide teaches the whole way; on a
 * phone's browser the Privacy Center, since no reliable way through Meta's phone menus is known
 * (lib/page/phone.ts says why the user agent decides here).
 */
export function guideStart(): 'home' | 'privacy-center' {
  return isPhoneBrowser(navigator.userAgent) ? 'privacy-center' : 'home';
}
