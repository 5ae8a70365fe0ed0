import type { CDPSession } from '@playwright/test';

/**
 * Main-thread time spent on extension scripts, from a Chromium trace: compiling and evaluating
 * them and calling their functions (timers, events, message callbacks). Unlike the sampling
 * profiler, it counts compilation and is exact for short scripts, so that a content script that
 * does nothing (the floor) gets its true, small, cost.
 */

// Not the 'v8' category: its many events slow the very scripts being measured.
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
/** Trace events that run one script's code, with the script's URL in args.data.url (or args.url). */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall']);

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of an 'X' event, where the trace has it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; url?: string; fileName?: string; name?: string };
}

/** `extra`: more categories than the timeline's (the popup's trace adds its tasks and marks). */
export async function startTrace(cdp: CDPSession, extra: readonly string[] = []): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: [...CATEGORIES, ...extra], recordMode: 'recordAsMuchAsPossible' },
  });
}

export async function stopTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream ?? '')),
  );
  await cdp.send('Tracing.end');
  const stream = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
}

/** Milliseconds of wall time, summed over pages' main threads, covered by script events of URLs with this prefix (nested events counted once). */
export function scriptTime(events: readonly TraceEvent[], urlPrefix = 'chrome-extension://'): number {
  // Pages' main threads only: not the extension's service worker, which has its own thread.
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, [number, number][]>();
  for (const e of events) {
    if (!mainThreads.has(`${e.pid}:${e.tid}`)) continue;
    if (e.ph !== 'X' || !SCRIPT_EVENTS.has(e.name) || !e.dur) continue;
    const url = e.args?.data?.url ?? e.args?.url ?? e.args?.fileName ?? '';
    if (!url.startsWith(urlPrefix)) continue;
    const key = `${e.pid}:${e.tid}`;
    const list = byThread.get(key) ?? [];
    list.push([e.ts, e.ts + e.dur]);
    byThread.set(key, list);
  }
  let us = 0;
  for (const list of byThread.values()) {
    list.sort((a, b) => a[0] - b[0]);
    let [start, end] = list[0];
    for (const [s, t] of list.slice(1)) {
      if (s > end) {
        us += end - start;
        [start, end] = [s, t];
      } else end = Math.max(end, t);
    }
    us += end - start;
  }
  return us / 1000;
}
