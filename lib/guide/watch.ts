/**
 * Watches one subtree for changes, and only while asked to: calls `onChange` at once on the
 * first change, then at most once per `intervalMs` while changes keep coming (a feed mutates
 * every frame; the guide must not rescan it every frame). Disconnects on `stop()`.
 */
export class LazyWatcher {
  private observer: MutationObserver | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastRun = 0;
  private pending = false;

  constructor(private onChange: () => void, private intervalMs = 40) {}

  start(root: Node): void {
    if (this.observer) return;
    this.observer = new MutationObserver(() => this.schedule());
    this.observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['hidden', 'aria-hidden', 'aria-expanded', 'href', 'open', 'aria-checked'],
    });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = false;
  }

  get watching(): boolean {
    return this.observer !== undefined;
  }

  schedule(): void {
    if (this.pending) return;
    const wait = this.lastRun + this.intervalMs - performance.now();
    if (wait <= 0) {
      this.run();
      return;
    }
    this.pending = true;
    this.timer = setTimeout(() => this.run(), wait);
  }

  private run(): void {
    this.pending = false;
    this.timer = undefined;
    this.lastRun = performance.now();
    this.onChange();
  }
}
