import { rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { FIGURES_DIR, OUT_DIR } from './figures';
import { copyExtension } from './launch';
import { waitForQuiet } from './report';

/** BENCH_QUIET_WAIT_S: how long to wait at most for other processes to calm down (default 90 s). */
const QUIET_WAIT_MS = Number(process.env.BENCH_QUIET_WAIT_S ?? 90) * 1000;

/**
 * Before the figures: forget the last run's, copy the build they all measure (figures.ts,
 * benchExtension; the figures' workers inherit the variable), and wait for a quiet machine.
 */
export default async function setup(): Promise<void> {
  rmSync(FIGURES_DIR, { recursive: true, force: true });
  process.env.BENCH_EXTENSION = copyExtension();
  const quiet = await waitForQuiet(QUIET_WAIT_MS);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(path.join(OUT_DIR, 'quiet.json'), JSON.stringify(quiet));
}
