import { el, type Overlay } from './overlay';

export interface FallbackContent {
  message: string;
  link?: { href: string; label: string };
  stopLabel: string;
  onStop: () => void;
}

/** Shown when a step's target cannot be found: says in words what to look for, offers the way round. */
export class FallbackPanel {
  private panel = el('div', 'panel');

  constructor(private overlay: Overlay) {
    this.panel.setAttribute('role', 'status');
    this.panel.setAttribute('aria-live', 'polite');
  }

  show(content: FallbackContent): void {
    const row = el('div', 'row');
    if (content.link) {
      const a = el('a', undefined, content.link.label);
      a.href = content.link.href;
      row.append(a);
    }
    const stop = el('button', undefined, content.stopLabel);
    stop.type = 'button';
    stop.addEventListener('click', content.onStop);
    row.append(stop);
    this.panel.replaceChildren(el('span', 'text', content.message), row);
    if (!this.panel.isConnected) this.overlay.root.append(this.panel);
  }

  hide(): void {
    this.panel.remove();
  }

  get visible(): boolean {
    return this.panel.isConnected;
  }
}
