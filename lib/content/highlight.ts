import { clipToViewport, fullyInView, viewportSize, type Box } from '../page/viewport';
import { el, type Overlay } from './overlay';

export interface HighlightContent {
  counter: string;
  instruction: string;
  stopLabel: string;
  onStop: () => void;
}

/** The ring is drawn this far outside the target; its dark outline (a box-shadow) 3 px further. */
const RING_PAD = 4;
const RING_OUTLINE = 3;

/**
 * A ring around the target and a tooltip beside it. Neither takes clicks away from the page
 * (the ring has pointer-events: none; the tooltip sits beside the target, never over it). Both
 * stay inside the viewport, a phone's too: the target is scrolled into view with room around it,
 * and the ring is cut at the screen's edge. Follows scrolling and resizing; the tooltip is a live
 * region, so screen readers announce each step.
 */
export class Highlight {
  private ring = el('div', 'ring');
  private tip = el('div', 'tip');
  private counter = el('span', 'count');
  private text = el('span', 'text');
  private stop = el('button');
  private target: Element | undefined;
  private frame = 0;
  /** A new target, to be scrolled into view in the next frame. */
  private scrollPending = false;
  private onStop: () => void = () => {};
  /**
   * Places the ring and the tooltip in the next frame, before it is painted: the page's layout is
   * due then anyway. Done at once, marking a target forced a layout of its own (two, with the
   * scroll), about a quarter of the time from a link's insertion to its mark on a quiet page.
   */
  private readonly reposition = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.scrollPending && this.target) scrollIntoRoom(this.target);
      this.scrollPending = false;
      this.place();
    });
  };

  constructor(private overlay: Overlay) {
    this.tip.setAttribute('role', 'status');
    this.tip.setAttribute('aria-live', 'polite');
    this.stop.type = 'button';
    this.stop.addEventListener('click', () => this.onStop());
    const row = el('div', 'row');
    row.append(this.stop);
    this.tip.append(this.counter, this.text, row);
  }

  show(target: Element, content: HighlightContent): void {
    const changed = target !== this.target;
    this.target = target;
    this.onStop = content.onStop;
    if (this.counter.textContent !== content.counter) this.counter.textContent = content.counter;
    if (this.text.textContent !== content.instruction) this.text.textContent = content.instruction;
    if (this.stop.textContent !== content.stopLabel) this.stop.textContent = content.stopLabel;
    if (!this.ring.isConnected) {
      this.overlay.root.append(this.ring, this.tip);
      addEventListener('scroll', this.reposition, { capture: true, passive: true });
      addEventListener('resize', this.reposition, { passive: true });
    }
    this.scrollPending ||= changed;
    this.reposition();
  }

  hide(): void {
    this.target = undefined;
    this.scrollPending = false;
    this.ring.remove();
    this.tip.remove();
    removeEventListener('scroll', this.reposition, { capture: true });
    removeEventListener('resize', this.reposition);
  }

  /** Where the target is now (after a scroll, a resize, or a show). */
  private place(): void {
    if (!this.target) return;
    const r = this.target.getBoundingClientRect();
    const around = { left: r.left - RING_PAD, top: r.top - RING_PAD, right: r.right + RING_PAD, bottom: r.bottom + RING_PAD };
    const ring = clipToViewport(around, RING_OUTLINE);
    Object.assign(this.ring.style, ring
      ? { display: '', left: `${ring.left}px`, top: `${ring.top}px`, width: `${ring.right - ring.left}px`, height: `${ring.bottom - ring.top}px` }
      : { display: 'none' });
    // Measured at the viewport's left edge: a fixed box shrinks to the room right of where it sits,
    // so measured where it was it would fit there and nowhere else (flush with the screen's edge).
    this.tip.style.left = '0px';
    const tip = { width: this.tip.offsetWidth || 320, height: this.tip.offsetHeight || 90 };
    // Beside an open menu rather than over its other items; else below, else above the target.
    const container = this.target.closest('[role="menu"], [role="dialog"], [role="listbox"]')?.getBoundingClientRect();
    const { left, top } = placeTip(r, container ? union(r, container) : r, tip, container !== undefined);
    Object.assign(this.tip.style, { left: `${left}px`, top: `${top}px` });
  }
}

/**
 * Scrolls the target into view when any of it (with its ring) is out of view: to the middle of
 * the screen, which leaves room above and below it for the tooltip on a phone's short screen.
 * A target already in full view stays where the user put it.
 */
function scrollIntoRoom(target: Element): void {
  if (fullyInView(target.getBoundingClientRect(), RING_PAD + RING_OUTLINE)) return;
  target.scrollIntoView?.({ block: 'center', inline: 'nearest' });
}

function union(a: Box, b: Box): Box {
  return { left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) };
}

const GAP = 12;
const MARGIN = 8;

/**
 * Where the tooltip goes: next to `target`, outside `avoid` (the target, or the target and its
 * open menu), inside the viewport. When no side has room for all of it, the side with the most:
 * pushed inside the viewport it may then cover the page but not, unless the target fills the
 * screen, the target.
 */
export function placeTip(target: Box, avoid: Box, tip: { width: number; height: number }, preferSide: boolean): { left: number; top: number } {
  const { width: innerWidth, height: innerHeight } = viewportSize();
  const clampX = (x: number) => Math.min(Math.max(MARGIN, x), Math.max(MARGIN, innerWidth - tip.width - MARGIN));
  const clampY = (y: number) => Math.min(Math.max(MARGIN, y), Math.max(MARGIN, innerHeight - tip.height - MARGIN));
  const below = { left: clampX(target.left), top: avoid.bottom + GAP, fits: avoid.bottom + GAP + tip.height <= innerHeight };
  const above = { left: clampX(target.left), top: avoid.top - GAP - tip.height, fits: avoid.top - GAP - tip.height >= 0 };
  const left = { left: avoid.left - GAP - tip.width, top: clampY(target.top), fits: avoid.left - GAP - tip.width >= 0 };
  const right = { left: avoid.right + GAP, top: clampY(target.top), fits: avoid.right + GAP + tip.width <= innerWidth };
  const order = preferSide ? [left, right, below, above] : [below, above, right, left];
  const roomier = innerHeight - avoid.bottom >= avoid.top ? below : above;
  const chosen = order.find((p) => p.fits) ?? { left: roomier.left, top: clampY(roomier.top) };
  return { left: chosen.left, top: chosen.top };
}
