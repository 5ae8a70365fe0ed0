import { el, type Overlay } from './overlay';

export interface HighlightContent {
  counter: string;
  instruction: string;
  stopLabel: string;
  onStop: () => void;
}

/**
 * A ring around the target and a tooltip beside it. Neither takes clicks away from the page
 * (the ring has pointer-events: none; the tooltip sits beside the target). Follows scrolling
 * and resizing; the tooltip is a live region, so screen readers announce each step.
 */
export class Highlight {
  private ring = el('div', 'ring');
  private tip = el('div', 'tip');
  private counter = el('span', 'count');
  private text = el('span', 'text');
  private stop = el('button');
  private target: Element | undefined;
  private frame = 0;
  private onStop: () => void = () => {};
  private readonly reposition = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
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
    if (changed) target.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    this.place();
  }

  hide(): void {
    this.target = undefined;
    this.ring.remove();
    this.tip.remove();
    removeEventListener('scroll', this.reposition, { capture: true });
    removeEventListener('resize', this.reposition);
  }

  /** Called after page mutations too: the target may have moved without a scroll. */
  place(): void {
    if (!this.target) return;
    const r = this.target.getBoundingClientRect();
    const pad = 4;
    Object.assign(this.ring.style, {
      left: `${r.left - pad}px`, top: `${r.top - pad}px`, width: `${r.width + 2 * pad}px`, height: `${r.height + 2 * pad}px`,
    });
    const tip = { width: this.tip.offsetWidth || 320, height: this.tip.offsetHeight || 90 };
    // Beside an open menu rather than over its other items; else below, else above the target.
    const container = this.target.closest('[role="menu"], [role="dialog"], [role="listbox"]')?.getBoundingClientRect();
    const { left, top } = placeTip(r, container ? union(r, container) : r, tip, container !== undefined);
    Object.assign(this.tip.style, { left: `${left}px`, top: `${top}px` });
  }
}

interface Box { left: number; top: number; right: number; bottom: number }

function union(a: Box, b: Box): Box {
  return { left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) };
}

const GAP = 12;
const MARGIN = 8;

/**
 * Where the tooltip goes: next to `target`, outside `avoid` (the target, or the target and its
 * open menu), inside the viewport.
 */
export function placeTip(target: Box, avoid: Box, tip: { width: number; height: number }, preferSide: boolean): { left: number; top: number } {
  const clampX = (x: number) => Math.min(Math.max(MARGIN, x), Math.max(MARGIN, innerWidth - tip.width - MARGIN));
  const clampY = (y: number) => Math.min(Math.max(MARGIN, y), Math.max(MARGIN, innerHeight - tip.height - MARGIN));
  const below = { left: clampX(target.left), top: avoid.bottom + GAP, fits: avoid.bottom + GAP + tip.height <= innerHeight };
  const above = { left: clampX(target.left), top: avoid.top - GAP - tip.height, fits: avoid.top - GAP - tip.height >= 0 };
  const left = { left: avoid.left - GAP - tip.width, top: clampY(target.top), fits: avoid.left - GAP - tip.width >= 0 };
  const right = { left: avoid.right + GAP, top: clampY(target.top), fits: avoid.right + GAP + tip.width <= innerWidth };
  const order = preferSide ? [left, right, below, above] : [below, above, right, left];
  const chosen = order.find((p) => p.fits) ?? { left: clampX(target.left), top: clampY(target.bottom + GAP) };
  return { left: chosen.left, top: chosen.top };
}
