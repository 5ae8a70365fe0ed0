import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LazyWatcher } from '@/lib/content/watch';

/** A clock the test moves: the fake timers' own, plus what a run "costs". */
function setup(cost = 0, options = {}) {
  let extra = 0;
  const now = () => Date.now() + extra;
  const runs: number[] = [];
  const watcher = new LazyWatcher(
    () => {
      runs.push(now());
      extra += cost; // the run takes `cost` ms of the clock
    },
    { now, ...options },
  );
  return { watcher, runs, now };
}

describe('LazyWatcher', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(1_000_000);
  });
  afterEach(() => vi.useRealTimers());

  it('runs the first change at once, with no timer', () => {
    const { watcher, runs } = setup();
    watcher.schedule();
    expect(runs).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs the first change after a quiet spell at once, however busy it was before', () => {
    const { watcher, runs } = setup(5);
    for (let i = 0; i < 20; i++) {
      watcher.schedule();
      vi.advanceTimersByTime(16);
    }
    vi.advanceTimersByTime(200); // quiet: the last change's pending run happens meanwhile
    const before = runs.length;
    watcher.schedule();
    expect(runs).toHaveLength(before + 1);
  });

  it('coalesces changes that come within the gap into one run at its end', () => {
    const { watcher, runs } = setup(0, { minIntervalMs: 8 });
    watcher.schedule(); // runs at t
    const t = runs[0];
    vi.advanceTimersByTime(2);
    watcher.schedule();
    watcher.schedule();
    watcher.schedule();
    expect(runs).toHaveLength(1);
    vi.advanceTimersByTime(5);
    expect(runs).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([t, t + 8]);
  });

  it('follows a page that changes every frame within a frame when its runs are cheap', () => {
    const { watcher, runs } = setup(0.2);
    for (let frame = 0; frame < 60; frame++) {
      watcher.schedule();
      vi.advanceTimersByTime(16);
    }
    expect(runs).toHaveLength(60);
  });

  it('backs off when runs are expensive: about the budget of the main thread, no more', () => {
    const { watcher, runs } = setup(4, { budget: 0.1 }); // 4 ms a run: one every 40 ms
    for (let frame = 0; frame < 60; frame++) {
      watcher.schedule();
      vi.advanceTimersByTime(16);
    }
    const busy = runs.length * 4;
    expect(busy / (60 * 16)).toBeLessThanOrEqual(0.1 + 0.01);
    expect(runs.length).toBeGreaterThanOrEqual(20);
  });

  it('never waits longer than maxIntervalMs', () => {
    const { watcher, runs } = setup(50, { maxIntervalMs: 100, budget: 0.1 }); // would be 500 ms
    watcher.schedule();
    const firstEnded = runs[0] + 50;
    watcher.schedule();
    vi.advanceTimersByTime(99);
    expect(runs).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(runs).toEqual([runs[0], firstEnded + 100]);
  });

  it('stop() cancels a pending run', () => {
    const { watcher, runs } = setup();
    watcher.schedule();
    watcher.schedule();
    watcher.stop();
    vi.advanceTimersByTime(1000);
    expect(runs).toHaveLength(1);
  });

  it('observes only while started, and runs on a mutation in the same microtask checkpoint', async () => {
    vi.useRealTimers();
    const onChange = vi.fn();
    const watcher = new LazyWatcher(onChange);
    const root = document.createElement('div');
    document.body.append(root);
    watcher.start(root);
    expect(watcher.watching).toBe(true);
    root.append(document.createElement('a'));
    await Promise.resolve();
    expect(onChange).toHaveBeenCalledTimes(1);
    watcher.stop();
    root.append(document.createElement('a'));
    await new Promise((r) => setTimeout(r, 20));
    expect(onChange).toHaveBeenCalledTimes(1);
    root.remove();
  });
});
