import { isPhoneBrowser } from '@/lib/page/phone';

/**
 * Marks the page `.touch` on a phone's browser (its user agent, lib/page/phone.ts) or any touch
 * screen (a coarse pointer): touch.css then sizes every control for a finger. Both signals,
 * because a phone's browser does not always report its pointer as coarse (emulators, Firefox
 * with a desktop pointer setting), and a touch-only tablet is no phone yet wants 40 px controls.
 */
export function markTouchScreen(): void {
  if (isPhoneBrowser(navigator.userAgent) || matchMedia('(pointer: coarse)').matches) document.documentElement.classList.add('touch');
}
