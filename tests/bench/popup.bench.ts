import { test } from '@playwright/test';
import { benchExtension, floorExtension, GOALS, saveFigure, startFigure } from './figures';
import { FLOOR_RENDERED } from './floor';
import { launchBench } from './launch';
import { loadPopup, type PopupLoad } from './popup-load';
import { fmt, median, overheadInterval, percentile, times } from './report';
import { seedRecord } from './seed';
import { migrateV2ToV3 } from '@/lib/record/migrations';
import { migrateAddTasks } from '@/lib/record/migrations-tasks';
import { StateSchema } from '@/lib/record/schema';
import { STATE_VERSION, STATE_VERSION_KEY } from '@/lib/record/state-version';

/**
 * Popup: time to the first render with 30 accounts, against the floor's empty popup (a module
 * script that renders one element), loads alternating, each browser with its own extension.
 */

const LOADS = 12;
const TRACED_LOADS = 4;
const ACCOUNTS = 30;

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

test('popup: first render with 30 accounts, against the empty popup', async () => {
  test.setTimeout(5 * 60_000);
  const figure = startFigure();
  const opposer = await launchBench(benchExtension(), {});
  const floor = await launchBench(floorExtension(), {});
  try {
    if (!opposer.serviceWorker || !opposer.extensionId || !floor.extensionId) throw new Error('no extension');
    // The record as the background keeps it: migrated to the current version, checked by its schema.
    const stored = StateSchema.parse(migrateAddTasks(migrateV2ToV3(seedRecord(ACCOUNTS))));
    await opposer.serviceWorker.evaluate(async (items) => {
      await chrome.storage.local.set(items);
    }, { opposer: stored, [STATE_VERSION_KEY]: { v: STATE_VERSION } });
    const opposerUrl = `chrome-extension://${opposer.extensionId}/popup.html`;
    const floorUrl = `chrome-extension://${floor.extensionId}/popup.html`;
    const load = (which: 'opposer' | 'floor', trace = false) =>
      which === 'opposer'
        ? loadPopup(opposer.context, opposerUrl, '[data-account]', ACCOUNTS, trace)
        : loadPopup(floor.context, floorUrl, `[${FLOOR_RENDERED}]`, 1, trace);
    const loads: PopupLoad[] = [];
    const floorLoads: PopupLoad[] = [];
    for (let i = 0; i < LOADS; i++) {
      for (const which of i % 2 === 0 ? (['opposer', 'floor'] as const) : (['floor', 'opposer'] as const)) {
        (which === 'opposer' ? loads : floorLoads).push(await load(which));
      }
    }
    // Then a few traced loads: the main thread's own time, which a busy machine does not inflate.
    const cpu: Record<'opposer' | 'floor', number[]> = { opposer: [], floor: [] };
    for (let i = 0; i < TRACED_LOADS; i++) {
      for (const which of ['opposer', 'floor'] as const) {
        const ms = (await load(which, true)).cpuMs;
        if (ms !== undefined) cpu[which].push(ms);
      }
    }
    figure.browserVersion = opposer.context.browser()?.version();

    const ms = loads.map((l) => l.ms);
    const floorMs = floorLoads.map((l) => l.ms);
    const med = median(ms);
    const floorMed = median(floorMs);
    const [lo, hi] = overheadInterval(ms, floorMs);
    const cpuDetail =
      cpu.opposer.length && cpu.floor.length
        ? `; main-thread time until then ${fmt(median(cpu.opposer))} / ${fmt(median(cpu.floor))} ms ` +
          `(${times(median(cpu.opposer) / median(cpu.floor))}, ${cpu.opposer.length} traced loads each)`
        : '; main-thread time not measured (no trace mark)';
    figure.rows.push({
      figure: `popup: navigation start → first render (Opposer: ${ACCOUNTS} accounts; floor: empty popup), median (p90)`,
      opposer: `${fmt(med)} ms (${fmt(percentile(ms, 90))} ms)`,
      floor: `${fmt(floorMed)} ms (${fmt(percentile(floorMs, 90))} ms)`,
      ratio: times(med / floorMed),
      detail: `90 % CI ${times(1 + lo / 100)} … ${times(1 + hi / 100)}; ${LOADS} loads each, first ${fmt(ms[0])} ms${cpuDetail}`,
      goal: `≤ ${GOALS.popupRatio}× floor`,
      met: med / floorMed <= GOALS.popupRatio,
      withinNoise: 1 + lo / 100 <= GOALS.popupRatio && 1 + hi / 100 > GOALS.popupRatio,
    });
    const phase = (list: PopupLoad[], key: 'responseEnd' | 'domContentLoaded' | 'shell') => fmt(median(list.map((l) => l[key])));
    const timed = loads.flatMap((l) => (l.getState ? [l.getState] : []));
    const observed = [...loads, ...floorLoads].filter((l) => l.observed).length;
    figure.notes.push(
      `Popup: record seeded through the service worker as the background stores it (v${STATE_VERSION}; ${ACCOUNTS} accounts, ` +
        `4 Accounts Centers, objections sent and confirmed); Opposer's popup.html and the floor's (a module script that renders one element) opened in new ` +
        `tabs ${LOADS} times each, alternating, each in its own browser; time from navigation start (performance.now() ` +
        `in the popup) to the ${ACCOUNTS}th [data-account] (the floor: its one element), taken by a MutationObserver ` +
        `injected before load (${observed}/${2 * LOADS} loads; otherwise a requestAnimationFrame poll). Where the time ` +
        `goes (medians, Opposer / floor): popup.html received ${phase(loads, 'responseEnd')} / ${phase(floorLoads, 'responseEnd')} ms, ` +
        `module scripts run by DOMContentLoaded ${phase(loads, 'domContentLoaded')} / ${phase(floorLoads, 'domContentLoaded')} ms, ` +
        `first element in the page ${phase(loads, 'shell')} / ${phase(floorLoads, 'shell')} ms, ` +
        (timed.length
          ? `record asked of the background ${fmt(median(timed.map((p) => p.sent)))} ms and answered ` +
            `${fmt(median(timed.map((p) => p.answered)))} ms, `
          : '') +
        `the ${ACCOUNTS} rows rendered ${fmt(med)} ms. Main-thread time: ${TRACED_LOADS} more loads each under a ` +
        `Chromium trace, thread time of the popup renderer's top-level tasks up to the render (the load that ` +
        `is not the page's own, such as other processes, is not in it).`,
    );
    figure.raw = { loads, floorLoads, cpu };
    saveFigure('popup', figure);
  } finally {
    await opposer.close();
    await floor.close();
  }
});
