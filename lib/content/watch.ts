export interface LazyWatcherOptions {
  /** The shortest gap between two runs while changes keep coming: about half a frame. */
  minIntervalMs?: number;
  /** The longest gap, however slow a run is. */
  maxIntervalMs?: number;
  /** The share of the main thread runs may take while the page keeps changing (0.1: 10 %). */
  budget?: number;
  /** The clock (tests). */
  now?: () => number;
  /** Which batches of changes are worth a run (changes-that-matter.ts); all when not given. */
  matters?: (records: readonly MutationRecord[]) => boolean;
}

/**
 * Watches one subtree for changes, and only while asked to. The first change after a quiet
 * spell runs `onChange` at once, in the same microtask as the mutation (no timer, no frame
 * waited for). While changes keep coming (a feed mutates every frame) runs are spaced by what
 * they cost: the gap after a run is its duration divided by `budget`, kept between
 * `minIntervalMs` and `maxIntervalMs`. A cheap scan of a small page therefore follows the page within about half a
 * frame, an expensive scan of a huge feed backs off instead of taking the frame. Disconnects on
 * `stop()`.
 */
export class LazyWatcher {
  private observer: MutationObserver | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the next run may start; -Infinity until the first run. */
  private nextAllowed = -Infinity;
  private pending = false;
  private readonly minIntervalMs: number;
  private readonly maxIntervalMs: number;
  private readonly budget: number;
  private readonly now: () => number;
  private readonly matters: (records: readonly MutationRecord[]) => boolean;

  constructor(private onChange: () => void, options: LazyWatcherOptions = {}) {
    this.minIntervalMs = options.minIntervalMs ?? 8;
    this.maxIntervalMs = options.maxIntervalMs ?? 100;
    this.budget = options.budget ?? 0.1;
    this.now = options.now ?? (() => performance.now());
    this.matters = options.matters ?? (() => true);
  }

  start(root: Node): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => {
      if (this.matters(records)) this.schedule();
    });
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
    const wait = this.nextAllowed - this.now();
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
    const started = this.now();
    try {
      this.onChange();
    } finally {
      const ended = this.now();
      const gap = Math.min(this.maxIntervalMs, Math.max(this.minIntervalMs, (ended - started) / this.budget));
      this.nextAllowed = ended + gap;
    }
  }
}
