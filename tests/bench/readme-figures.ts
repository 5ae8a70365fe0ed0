import { readFileSync } from 'node:fs';
import { markdownTable, type Row } from './report';

/**
 * The bench's figures, committed: `npm run bench` writes them here when every figure was
 * measured, and README's bench section is generated from this file alone, so no figure is
 * typed by hand (tests/unit/house/bench-figures.test.ts checks that README says what it says).
 */
export const FIGURES_FILE = 'docs/bench-figures.json';

export interface BenchFigures {
  /** The day of the run (YYYY-MM-DD). */
  date: string;
  /** The machine, the browser and Node, in one line. */
  machine: string;
  rows: Row[];
  notes: string[];
}

/** README's bench section, from the figures. */
export function readmeSection(f: BenchFigures): string {
  return [
    `Measured ${f.date} on ${f.machine}, by \`npm run bench\` (build, zip, then a few minutes of measurements, ` +
      `one file per figure under tests/bench/; \`BENCH_ROUNDS=n\` sets the feed rounds). "Opposer" is Chromium ` +
      `with the built extension, "floor" the same Chromium, flags and pages with an extension of the same shape ` +
      `that does nothing (tests/bench/floor.ts), in the same rounds. Goals are targets: the bench never fails ` +
      `for slowness. The figures are in ${FIGURES_FILE}, from which this section is generated.`,
    '',
    markdownTable(f.rows),
    '',
    ...f.notes.map((n) => `- ${n}`),
  ].join('\n');
}

export function readFigures(file = FIGURES_FILE): BenchFigures {
  return JSON.parse(readFileSync(file, 'utf8')) as BenchFigures;
}
