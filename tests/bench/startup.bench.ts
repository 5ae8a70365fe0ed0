import { test } from '@playwright/test';
import { alternate, feedRound, SETTLE_MS, type FeedRun, type Mode } from './feed';
import { benchExtension, floorExtension, GOALS, ROUNDS, saveFigure, startFigure } from './figures';
import { fmt, median, times } from './report';

/**
 * Start-up on the feed, where nothing is to be done (no session, the account already known):
 * main-thread time in extension scripts from navigation to load + the settle time, from a
 * Chromium trace, against the no-op floor and the floor that sends one message.
 */
test('start-up on the feed, against the no-op content script', async () => {
  test.setTimeout(10 * 60_000);
  const figure = startFigure();
  const paths: Record<Mode, string | null> = {
    opposer: benchExtension(), floor: floorExtension(), messenger: floorExtension('messenger'), none: null,
  };
  await feedRound(paths.opposer, { opposer: true }).catch(() => undefined); // warm-up (disk cache), not measured
  const runs = await alternate(ROUNDS, ['opposer', 'floor', 'messenger'], async (mode, round) => {
    const run = await feedRound(paths[mode], { opposer: mode === 'opposer', trace: true });
    console.log(`  start-up round ${round + 1} ${mode.padEnd(9)}: ${fmt(run.startupMs ?? NaN, 2)} ms`);
    return run;
  });
  const detected = runs.opposer.filter((r) => r.accountDetected).length;
  if (detected === 0) throw new Error('the content script never reported the feed’s account: did it run?');
  const values = (list: FeedRun[]) => list.map((r) => r.startupMs ?? NaN);
  const opposer = median(values(runs.opposer));
  const floor = median(values(runs.floor));
  const goal = Math.max(floor * GOALS.startupRatio, floor + GOALS.startupAboveMs);
  figure.browserVersion = runs.opposer[0]?.browserVersion;
  figure.rows.push({
    figure: `feed: start-up main-thread time in extension scripts (navigation → load + ${SETTLE_MS / 1000} s)`,
    opposer: `${fmt(opposer, 2)} ms`,
    floor: `${fmt(floor, 2)} ms`,
    ratio: times(opposer / floor),
    detail:
      `+${fmt(opposer - floor, 2)} ms over the floor; a content script that only reads the UI language and ` +
      `sends one message: ${fmt(median(values(runs.messenger)), 2)} ms; Opposer's rounds ` +
      `${values(runs.opposer).map((v) => fmt(v, 1)).join(', ')} ms`,
    goal: `≤ ${GOALS.startupRatio}× floor or floor + ${GOALS.startupAboveMs} ms (${fmt(goal, 2)} ms)`,
    met: opposer <= goal,
  });
  figure.notes.push(
    `Start-up: ${ROUNDS} rounds, each running Opposer, the floor (an extension of Opposer's shape that does ` +
      `nothing: a content script with no code on the same matches and run_at, an empty popup, an empty service ` +
      `worker, tests/bench/floor.ts) and the floor whose content script sends one message, in rotated order, a ` +
      `fresh browser and profile each; medians. A Chromium trace from navigation to ${SETTLE_MS / 1000} s after ` +
      `load: the time pages' main threads spend compiling, evaluating and calling chrome-extension:// scripts ` +
      `(nested events counted once). The content script reported the account in ${detected}/${runs.opposer.length} runs.`,
  );
  figure.raw = runs;
  saveFigure('startup', figure);
});
