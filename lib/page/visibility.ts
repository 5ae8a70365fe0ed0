/** Whether a person could see and reach `el` now: connected, rendered, not hidden from them. */
export function isVisible(el: Element): boolean {
  if (!el.isConnected) return false;
  if (el.closest('[hidden], [aria-hidden="true"], [inert]')) return false;
  if (typeof el.checkVisibility === 'function') {
    return el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
  }
  const style = getComputedStyle(el);
  return style.display !== 'none' && style.visibility !== 'hidden';
}
