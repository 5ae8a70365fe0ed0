import { el, type Overlay } from './overlay';

export interface FallbackContent {
  message: string;
  link?: { href: string; label: string };
  stopLabel: string;
  onStop: () => void;
  /** "Copy a report": copies the page's scrubbed structure (report.ts) for the user to share. */
  report?: { label: string; done: string; text(): string };
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
    if (content.report) row.append(this.reportButton(content.report));
    const stop = el('button', undefined, content.stopLabel);
    stop.type = 'button';
    stop.addEventListener('click', content.onStop);
    row.append(stop);
    this.panel.replaceChildren(el('span', 'text', content.message), row);
    if (!this.panel.isConnected) this.overlay.root.append(this.panel);
  }

  private reportButton(report: NonNullable<FallbackContent['report']>): HTMLButtonElement {
    const button = el('button', undefined, report.label);
    button.type = 'button';
    button.setAttribute('data-action', 'copy-report');
    button.addEventListener('click', () => {
      void navigator.clipboard
        .writeText(report.text())
        .then(() => { button.textContent = report.done; })
        .catch(() => undefined);
    });
    return button;
  }

  hide(): void {
    this.panel.remove();
  }

  get visible(): boolean {
    return this.panel.isConnected;
  }
}
