import { browser } from 'wxt/browser';

/** Closes the toolbar popup after it opened a tab; does nothing when the page is shown in a tab. */
export function closeIfPopup(): void {
  const popups = browser.extension?.getViews?.({ type: 'popup' }) ?? [];
  if (popups.includes(window)) window.close();
}
