import { test } from '@playwright/test';
import { alternate, feedRound, PROFILE_INTERVAL_US, profileFeed, WINDOW_MS, type FeedRun, type Mode } from './feed';
import { benchExtension, floorExtension, GOALS, ROUNDS, saveFigure, startFigure } from './figures';
import { fmt, median, overheadInterval, times } from './report';

/**
 * The feed's window: a page of 20,000 elements that mutates every frame, measured over a few
 * seconds once loaded, with Opposer, its floor and no extension; then Opposer's own code in it,
 * by V8's sampling profiler.
 */

type WindowKey = 'scriptMsPerS' | 'taskMsPerS' | 'fps';
let noExtensionScriptMsPerS: number | undefined;

test('feed window: main-thread time against the floor', async () => {
  test.setTimeout(10 * 60_000);
  const figure = startFigure();
  const paths: Record<Mode, string | null> = { opposer: benchExtension(), floor: floorExtension(), messenger: null, none: null };
  await feedRound(paths.opposer, { opposer: true }).catch(() => undefined); // warm-up (disk cache), not measured
  const runs = await alternate(ROUNDS, ['opposer', 'floor', 'none'], async (mode, round) => {
    const run = await feedRound(paths[mode], { opposer: mode === 'opposer', windowMs: WINDOW_MS });
    console.log(
      `  window round ${round + 1} ${mode.padEnd(7)}: script ${fmt(run.scriptMsPerS ?? NaN, 2)} ms/s, ` +
        `task ${fmt(run.taskMsPerS ?? NaN, 1)} ms/s, ${fmt(run.fps ?? NaN, 1)} fps, ${run.elements} elements`,
    );
    return run;
  });
  const detected = runs.opposer.filter((r) => r.accountDetected).length;
  if (detected === 0) throw new Error('the content script never reported the feed’s account: did it run?');
  const values = (list: FeedRun[], key: WindowKey) => list.map((r) => r[key] ?? NaN);
  const med = (mode: Mode, key: WindowKey) => median(values(runs[mode], key));
  noExtensionScriptMsPerS = med('none', 'scriptMsPerS');
  figure.browserVersion = runs.opposer[0]?.browserVersion;
  for (const [key, label, digits] of [
    ['taskMsPerS', 'main-thread time (all work)', 1],
    ['scriptMsPerS', 'main-thread script time', 2],
  ] as const) {
    const o = med('opposer', key);
    const f = med('floor', key);
    const [lo, hi] = overheadInterval(values(runs.opposer, key), values(runs.floor, key));
    figure.rows.push({
      figure: `feed (${(runs.opposer[0].elements / 1000).toFixed(1)}k elements, mutating every frame), ${WINDOW_MS / 1000} s window: ${label}`,
      opposer: `${fmt(o, digits)} ms/s`,
      floor: `${fmt(f, digits)} ms/s`,
      ratio: times(o / f),
      detail: `90 % CI ${times(1 + lo / 100)} … ${times(1 + hi / 100)}; no extension ${fmt(med('none', key), digits)} ms/s`,
      goal: `≤ ${times(1 + GOALS.feedPct / 100)} floor`,
      met: o / f <= 1 + GOALS.feedPct / 100,
      withinNoise: lo <= GOALS.feedPct && hi > GOALS.feedPct,
    });
  }
  const spread = (mode: Mode) => {
    const v = values(runs[mode], 'taskMsPerS');
    const m = median(v);
    return `${fmt(((Math.min(...v) - m) / m) * 100, 1)} % … +${fmt(((Math.max(...v) - m) / m) * 100, 1)} %`;
  };
  figure.notes.push(
    `Feed window: ${runs.opposer[0].elements} elements; each frame a post (about 50 elements) added at the bottom and ` +
      `an older one removed, 6 like counts, a timestamp and an aria-expanded change; ${fmt(med('opposer', 'fps'), 0)} fps ` +
      `with Opposer, ${fmt(med('floor', 'fps'), 0)} with the floor, ${fmt(med('none', 'fps'), 0)} without extension. ` +
      `${ROUNDS} rounds of Opposer, the floor and no extension in rotated order, a fresh browser and profile each, ` +
      `no trace; CDP Performance.getMetrics over the ${WINDOW_MS / 1000} s that follow load + 1.5 s; medians. ` +
      `Round-to-round spread of task time around the median: Opposer ${spread('opposer')}, floor ${spread('floor')}, ` +
      `no extension ${spread('none')} (differences smaller than that are noise). The content script reported the ` +
      `account in ${detected}/${runs.opposer.length} runs.`,
  );
  figure.raw = runs;
  saveFigure('window', figure);
});

test('feed window: script time in Opposer’s own code (sampling profiler)', async () => {
  test.setTimeout(5 * 60_000);
  const figure = startFigure();
  const profiled = await profileFeed(benchExtension());
  // The page's script time without extension, from the test above (or one run of its own).
  const pageScript = noExtensionScriptMsPerS ?? (await feedRound(null, { windowMs: WINDOW_MS })).scriptMsPerS ?? NaN;
  const ownPct = (profiled.windowMsPerS / pageScript) * 100;
  figure.rows.push({
    figure: 'feed: script time in Opposer’s own code (sampling profiler)',
    opposer: `${fmt(profiled.windowMsPerS, 3)} ms/s`,
    floor: '—',
    ratio: '—',
    detail: `${fmt(ownPct, 2)} % of the page’s script time; start-up ${fmt(profiled.startupMs, 1)} ms once`,
    goal: `≤ ${GOALS.feedPct} %`,
    met: ownPct <= GOALS.feedPct,
  });
  figure.notes.push(
    `Opposer's own code on the feed: V8 sampling profiler (${PROFILE_INTERVAL_US} µs), samples whose stack holds ` +
      `a chrome-extension:// frame; start-up = from navigation to the end of the settle time (content script ` +
      `evaluation, first looks, messages; compilation is not in the samples, the start-up trace counts it), window = ` +
      `the same ${WINDOW_MS / 1000} s window as above. ` +
      (profiled.top.length ? `In the window: ${profiled.top.join('; ')}.` : 'No sample in the window.') +
      (profiled.startupTop.length ? ` At start-up: ${profiled.startupTop.join('; ')}.` : ''),
  );
  figure.raw = profiled;
  saveFigure('own-code', figure);
});
