import type { BrowserContext } from '@playwright/test';
import { startTrace, stopTrace, type TraceEvent } from './trace';

/** One popup load: from navigation start (the popup's performance.now()) to its first full render. */
export interface PopupLoad {
  ms: number;
  /** Taken by the MutationObserver (else by a requestAnimationFrame poll). */
  observed: boolean;
  responseEnd: number;
  domContentLoaded: number;
  /** The first element rendered into the page (Opposer's <main>, the floor's one element). */
  shell: number;
  getState?: { sent: number; answered: number };
  /** With `trace`: main-thread time (thread clock) of the popup's renderer until the render. */
  cpuMs?: number;
}

const RENDERED_MARK = 'bench-rendered';

/**
 * Opens `url` in a new tab and times, from navigation start, the `count`th element matching
 * `selector`. `trace`: also a Chromium trace of the load, for the main thread's own time, which
 * other processes on the machine do not inflate (the trace itself slows the load a little: the
 * wall-clock figure is taken on loads without it).
 */
export async function loadPopup(context: BrowserContext, url: string, selector: string, count: number, trace = false): Promise<PopupLoad> {
  const page = await context.newPage();
  try {
    await page.addInitScript(
      ({ selector, count, mark }: { selector: string; count: number; mark: string }) => {
        const w = window as unknown as {
          __benchRendered?: number;
          __benchShell?: number;
          __benchMessages: { type: string; sent: number; answered: number }[];
        };
        // Times the popup's messages to the background (the messaging library calls chrome.runtime.sendMessage).
        w.__benchMessages = [];
        try {
          type Send = (...args: unknown[]) => unknown;
          const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: Send } } }).chrome?.runtime;
          const send = runtime?.sendMessage?.bind(runtime);
          if (runtime && send) {
            runtime.sendMessage = (...args: unknown[]) => {
              const message = args.find((a): a is { type: string } => typeof a === 'object' && a !== null && 'type' in a);
              const sent = performance.now();
              const done = () => w.__benchMessages.push({ type: String(message?.type), sent, answered: performance.now() });
              const callback = args.findIndex((a) => typeof a === 'function');
              if (callback >= 0) {
                const original = args[callback] as Send;
                args[callback] = (...r: unknown[]) => {
                  done();
                  return original(...r);
                };
                return send(...args);
              }
              const result = send(...args) as Promise<unknown> | undefined;
              result?.then?.(done, done);
              return result;
            };
          }
        } catch {
          // not measurable: the rest still is
        }
        const observer = new MutationObserver(() => {
          if (w.__benchShell === undefined && document.querySelector('#app > *')) w.__benchShell = performance.now();
          if (document.querySelectorAll(selector).length >= count) {
            w.__benchRendered = performance.now();
            performance.mark(mark);
            observer.disconnect();
          }
        });
        observer.observe(document, { childList: true, subtree: true });
      },
      { selector, count, mark: RENDERED_MARK },
    );
    const cdp = trace ? await context.newCDPSession(page) : undefined;
    if (cdp) await startTrace(cdp, ['toplevel', 'blink.user_timing']);
    await page.goto(url);
    const handle = await page.waitForFunction(
      ({ selector, count }: { selector: string; count: number }) => {
        const w = window as unknown as { __benchRendered?: number };
        if (w.__benchRendered !== undefined) return { ms: w.__benchRendered, observed: true };
        return document.querySelectorAll(selector).length >= count ? { ms: performance.now(), observed: false } : false;
      },
      { selector, count },
      { polling: 'raf', timeout: 15_000 },
    );
    const result = (await handle.jsonValue()) as { ms: number; observed: boolean };
    const phases = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        responseEnd: nav?.responseEnd ?? NaN,
        domContentLoaded: nav?.domContentLoadedEventEnd ?? NaN,
        shell: (window as unknown as { __benchShell?: number }).__benchShell ?? NaN,
        getState: (window as unknown as { __benchMessages: { type: string; sent: number; answered: number }[] })
          .__benchMessages.find((m) => m.type === 'getState'),
      };
    });
    const cpuMs = cdp ? mainThreadUntilMark(await stopTrace(cdp), RENDERED_MARK) : undefined;
    return { ...result, ...phases, cpuMs };
  } finally {
    await page.close();
  }
}

/**
 * Thread time of the top-level tasks that ran on the main thread which set `mark`, up to the
 * mark: what the page's own work cost, whatever else the machine ran. Undefined when the trace
 * has no such mark.
 */
function mainThreadUntilMark(events: readonly TraceEvent[], mark: string): number | undefined {
  const marked = events.find((e) => e.name === mark);
  if (!marked) return undefined;
  const thread = `${marked.pid}:${marked.tid}`;
  const tasks = events
    .filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread && e.ts < marked.ts)
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let us = 0;
  let end = -Infinity;
  for (const e of tasks) {
    if (e.ts < end) continue; // nested in the task before (both names can wrap the same work)
    end = e.ts + (e.dur ?? 0);
    // The task that set the mark counts up to the mark; thread time (tdur) where the trace has it.
    const wall = Math.min(e.dur ?? 0, marked.ts - e.ts);
    us += e.tdur !== undefined && e.dur ? (e.tdur * wall) / e.dur : wall;
  }
  return us / 1000;
}
