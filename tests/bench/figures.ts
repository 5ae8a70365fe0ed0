import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildFloorExtension, type FloorKind } from './floor';
import { copyExtension } from './launch';
import type { Row } from './report';

/**
 * What every figure of the bench shares (one file per figure, *.bench.ts): the goals, the copy
 * of the build they all measure, and where each writes its rows for the report (report-all.ts).
 */

/** BENCH_ROUNDS (default 6): rounds per mode in the feed's figures, alternating. */
export const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 6));

export const GOALS = {
  /** The feed's window over the floor, and Opposer's own code as a share of the page's script. */
  feedPct: 1,
  /** Start-up: within this ratio of the floor, or: */
  startupRatio: 1.5,
  /** … at most this many ms above it. */
  startupAboveMs: 2,
  highlightQuietMs: 3,
  /** One frame at 60 Hz. */
  highlightBusyMs: 17,
  popupRatio: 1.3,
  contentScriptBytes: 30 * 1024,
  zipBytes: 300 * 1024,
} as const;

/** Not under tests/e2e/.artifacts or tests/.reports, which the e2e suite and `npm test` empty when they start. */
export const OUT_DIR = path.resolve('tests/bench/.results');
export const FIGURES_DIR = path.join(OUT_DIR, 'figures');

/** The figures in the order the report shows them: one file each under tests/bench/. */
/**
 * Every figure, in the order the report shows them; each is one test of a file under
 * tests/bench/ (sizes, startup, window, highlight, popup .bench.ts) and saves itself under its id.
 */
export const FIGURE_IDS = [
  'content-scripts', 'zip', 'startup', 'window', 'own-code', 'highlight-quiet', 'highlight-busy', 'popup',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

export interface Figure {
  rows: Row[];
  notes: string[];
  raw?: unknown;
  /** 1-minute load average when the figure started (the machine may be shared). */
  load: number;
  browserVersion?: string;
}

/**
 * The build all figures measure: the private copy the global setup made (setup.ts), so that a
 * rebuild of .output by other work while the bench runs does not matter; a copy of its own
 * when a figure runs without the setup.
 */
export function benchExtension(): string {
  const copied = process.env.BENCH_EXTENSION;
  if (copied && existsSync(path.join(copied, 'manifest.json'))) return copied;
  process.env.BENCH_EXTENSION = copyExtension();
  return process.env.BENCH_EXTENSION;
}

/**
 * The floor (tests/bench/floor.ts), built in the copy's temp dir (removed with it by the
 * teardown), its content script doing `kind` (floor.ts).
 */
export function floorExtension(kind: FloorKind = 'nothing'): string {
  const extension = benchExtension();
  return buildFloorExtension(extension, { kind, parent: path.dirname(extension) });
}

/** A new figure, with the machine's load as it starts. */
export function startFigure(): Figure {
  return { rows: [], notes: [], load: os.loadavg()[0] };
}

export function saveFigure(id: FigureId, figure: Figure): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  writeFileSync(path.join(FIGURES_DIR, `${id}.json`), JSON.stringify(figure, null, 2));
}

/** The figures saved by this run, in report order, and the ids that saved none. */
export function savedFigures(): { figures: [FigureId, Figure][]; missing: FigureId[] } {
  const present = existsSync(FIGURES_DIR) ? new Set(readdirSync(FIGURES_DIR)) : new Set<string>();
  const figures: [FigureId, Figure][] = [];
  const missing: FigureId[] = [];
  for (const id of FIGURE_IDS) {
    if (present.has(`${id}.json`)) figures.push([id, JSON.parse(readFileSync(path.join(FIGURES_DIR, `${id}.json`), 'utf8')) as Figure]);
    else missing.push(id);
  }
  return { figures, missing };
}
