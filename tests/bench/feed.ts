import type { CDPSession } from '@playwright/test';
import { launchBench } from './launch';
import { FEED_URL, feedHtml } from './pages';
import { fmt } from './report';
import { scriptTime, startTrace, stopTrace } from './trace';

/**
 * The busy feed (pages.ts), with Opposer, its floor, the floor that sends one message, or no
 * extension: what the start-up and window figures share. Each run is a fresh browser and profile.
 */

export const SETTLE_MS = 1500; // after load, before the window
export const WINDOW_MS = 5000;
const COOL_DOWN_MS = 500; // after a trace, and between runs
export const FEED_PAGES = { [FEED_URL]: feedHtml() };

export type Mode = 'opposer' | 'floor' | 'messenger' | 'none';

export interface FeedRun {
  /** With `trace`: main-thread time in extension scripts from navigation to the end of the settle time. */
  startupMs?: number;
  /** With `windowMs`: the window's script and task time per second, and frames per second. */
  scriptMsPerS?: number;
  taskMsPerS?: number;
  fps?: number;
  elements: number;
  /** Opposer's content script reported the feed's account to the background. */
  accountDetected: boolean;
  browserVersion?: string;
}

interface FeedWindow {
  __frames: number;
}

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
};

/** When the account was last seen in the seeded record: the content script's report moves it. */
const SEEDED_SEEN = '2025-05-01T10:00:00.000Z';

/**
 * Runs `rounds` rounds of `modes`, each round in a rotated order, reversed every other round:
 * each mode follows each other as often, so that what an exiting browser leaves behind weighs alike.
 */
export async function alternate<T>(
  rounds: number,
  modes: readonly Mode[],
  run: (mode: Mode, round: number) => Promise<T>,
): Promise<Record<Mode, T[]>> {
  const runs = { opposer: [], floor: [], messenger: [], none: [] } as Record<Mode, T[]>;
  for (let round = 0; round < rounds; round++) {
    const order = modes.map((_, i) => modes[(i + round) % modes.length]);
    if (round % 2) order.reverse();
    for (const mode of order) runs[mode].push(await run(mode, round));
  }
  return runs;
}

/**
 * One run on the feed. `opposer`: the extension is Opposer, given first a record that already
 * knows the feed's account (the usual case). `trace`: the start-up, traced; `windowMs`: the
 * window that follows, by CDP's Performance metrics.
 */
export async function feedRound(
  extension: string | null,
  { opposer = false, trace = false, windowMs = 0 }: { opposer?: boolean; trace?: boolean; windowMs?: number },
): Promise<FeedRun> {
  const b = await launchBench(extension, FEED_PAGES);
  try {
    if (opposer) await b.serviceWorker?.evaluate(async (seen) => {
      const account = {
        key: 'facebook:marie.dupont', platform: 'facebook', id: 'marie.dupont', name: 'Marie Dupont',
        firstSeen: seen, lastSeen: seen, origin: 'seen',
      };
      const record = {
        accounts: [account], groups: [], objections: [], lastSeen: { facebook: account.key },
        session: null, templates: {}, notices: [],
      };
      await chrome.storage.local.set({ opposer: record, 'opposer$': { v: 2 } });
    }, SEEDED_SEEN);
    const page = b.context.pages()[0] ?? (await b.context.newPage());
    const cdp = await b.context.newCDPSession(page);
    if (trace) await startTrace(cdp);
    await page.goto(FEED_URL, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const run: FeedRun = { elements: 0, accountDetected: false, browserVersion: b.context.browser()?.version() };
    if (trace) {
      run.startupMs = scriptTime(await stopTrace(cdp));
      await page.waitForTimeout(COOL_DOWN_MS); // the trace's own writing out
    }
    run.elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    if (windowMs) {
      await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
      const f0 = await page.evaluate(() => (window as unknown as FeedWindow).__frames);
      const m0 = await metrics(cdp);
      await page.waitForTimeout(windowMs);
      const m1 = await metrics(cdp);
      const f1 = await page.evaluate(() => (window as unknown as FeedWindow).__frames);
      const seconds = m1.Timestamp - m0.Timestamp;
      run.scriptMsPerS = ((m1.ScriptDuration - m0.ScriptDuration) * 1000) / seconds;
      run.taskMsPerS = ((m1.TaskDuration - m0.TaskDuration) * 1000) / seconds;
      run.fps = seconds > 0 ? (f1 - f0) / seconds : 0;
    }
    if (opposer && b.serviceWorker) {
      const stored = await b.serviceWorker.evaluate(async () => {
        return (await chrome.storage.local.get('opposer')).opposer as { accounts?: { key: string; lastSeen: string }[] } | undefined;
      });
      run.accountDetected = !!stored?.accounts?.some((a) => a.key === 'facebook:marie.dupont' && a.lastSeen !== SEEDED_SEEN);
    }
    return run;
  } finally {
    await b.close();
    await new Promise((r) => setTimeout(r, COOL_DOWN_MS)); // let the exiting browser wind down
  }
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((x) => [x.name, x.value]));
}

export const PROFILE_INTERVAL_US = 200;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Milliseconds of samples with an extension frame on the stack, and the heaviest such functions (inclusive). */
function extensionTime(profile: Profile): { ms: number; byFunction: Map<string, number> } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byFunction = new Map<string, number>();
  let ms = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const dt = (profile.timeDeltas?.[i + 1] ?? profile.timeDeltas?.[i] ?? 0) / 1000;
    const seen = new Set<string>();
    let hit = false;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      if (!f.url.startsWith('chrome-extension://')) continue;
      hit = true;
      const name = `${f.functionName || '(anonymous)'} (${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1})`;
      if (!seen.has(name)) byFunction.set(name, (byFunction.get(name) ?? 0) + dt);
      seen.add(name);
    }
    if (hit) ms += dt;
  });
  return { ms, byFunction };
}

/** The feed once more with Opposer, under V8's sampling profiler: the time in its own code, and where. */
export async function profileFeed(extension: string) {
  const b = await launchBench(extension, FEED_PAGES);
  try {
    const page = b.context.pages()[0] ?? (await b.context.newPage());
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: PROFILE_INTERVAL_US });
    await cdp.send('Profiler.start');
    await page.goto(FEED_URL, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const startup = extensionTime((await cdp.send('Profiler.stop')).profile);
    await cdp.send('Profiler.start');
    const t0 = Date.now();
    await page.waitForTimeout(WINDOW_MS);
    const window = extensionTime((await cdp.send('Profiler.stop')).profile);
    const seconds = (Date.now() - t0) / 1000;
    const heaviest = (byFunction: Map<string, number>) =>
      [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, ms]) => `${name} ${fmt(ms, 2)} ms`);
    return { startupMs: startup.ms, windowMsPerS: window.ms / seconds, top: heaviest(window.byFunction), startupTop: heaviest(startup.byFunction) };
  } finally {
    await b.close();
  }
}
