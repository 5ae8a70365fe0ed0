import { browser } from 'wxt/browser';
import { isPhoneBrowser } from '@/lib/page/phone';

/**
 * Closes the toolbar popup after it opened a tab; does nothing when the page is shown in a tab
 * on a computer. On a phone (Firefox for Android) the popup is an overlay over the page, which
 * would hide the tab it opened, and is not reliably listed among the popup views: it closes
 * itself whenever it opened a tab.
 */
export function closeIfPopup(): void {
  const popups = browser.extension?.getViews?.({ type: 'popup' }) ?? [];
  if (popups.includes(window) || isPhoneBrowser(navigator.userAgent)) window.close();
}

/**
 * The popup's links that open a tab (the Accounts Center, the options, the complaint kit…) close
 * it too, once the tab is on its way: on a phone the overlay would hide it. On a computer the
 * browser closes its popup itself when a tab takes the focus.
 */
export function closeAfterLinks(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[target="_blank"][href]');
    if (link && !event.defaultPrevented) setTimeout(closeIfPopup, 0);
  });
}
