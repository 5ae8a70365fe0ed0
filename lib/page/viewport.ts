/**
 * Fitting the guide's own boxes into the viewport, which on a phone (360–412 px) leaves no room
 * to spare: a ring drawn 4 px around a target flush with the screen's edge would stick out.
 */

export interface Box { left: number; top: number; right: number; bottom: number }

/** The visible part of the layout viewport (without a classic scrollbar), in CSS pixels. */
export function viewportSize(): { width: number; height: number } {
  const root = document.documentElement;
  // clientWidth/Height leave out a scrollbar; a quirks-mode page or a zero-size root falls back to the window.
  const width = root.clientWidth > 0 ? Math.min(innerWidth, root.clientWidth) : innerWidth;
  const height = root.clientHeight > 0 && document.compatMode === 'CSS1Compat' ? Math.min(innerHeight, root.clientHeight) : innerHeight;
  return { width, height };
}

/** `box` cut to the viewport less `inset` on every side; undefined when nothing of it is left. */
export function clipToViewport(box: Box, inset: number, viewport = viewportSize()): Box | undefined {
  const clipped = {
    left: Math.max(box.left, inset),
    top: Math.max(box.top, inset),
    right: Math.min(box.right, viewport.width - inset),
    bottom: Math.min(box.bottom, viewport.height - inset),
  };
  return clipped.right > clipped.left && clipped.bottom > clipped.top ? clipped : undefined;
}

/** Whether all of `box` lies inside the viewport less `margin` on every side. */
export function fullyInView(box: Box, margin: number, viewport = viewportSize()): boolean {
  return box.left >= margin && box.top >= margin && box.right <= viewport.width - margin && box.bottom <= viewport.height - margin;
}
