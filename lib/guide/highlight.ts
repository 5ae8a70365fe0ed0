import { el, type Overlay } from './overlay';

export interface HighlightContent {
  counter: string;
  instruction: string;
  stopLabel: string;
  onStop(): void;
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
    const tipHeight = this.tip.offsetHeight || 90;
    const tipWidth = this.tip.offsetWidth || 320;
    const below = r.bottom + 12 + tipHeight < innerHeight;
    const top = below ? r.bottom + 12 : Math.max(8, r.top - 12 - tipHeight);
    const left = Math.min(Math.max(8, r.left), Math.max(8, innerWidth - tipWidth - 8));
    Object.assign(this.tip.style, { left: `${left}px`, top: `${top}px` });
  }
}
