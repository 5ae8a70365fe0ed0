import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { OUT_DIR, savedFigures } from './figures';
import { CHROMIUM_PATH } from './launch';
import { FIGURES_FILE, readmeSection, type BenchFigures } from './readme-figures';
import { cpuBusy, fmt, machine, machineLine, textTable, writeReadmeSection } from './report';

/**
 * After the figures (global teardown): one table of every figure saved by this run, with its
 * floor, ratio, goal and verdict, and the notes; README's bench section rewritten when every
 * figure was measured (from docs/bench-figures.json, which it writes first). Never fails for slowness: a figure that could not be measured failed its
 * own test.
 */
export default async function reportAll(): Promise<void> {
  const { figures, missing } = savedFigures();
  const busyAfter = await cpuBusy();
  const quietFile = path.join(OUT_DIR, 'quiet.json');
  const quiet = existsSync(quietFile) ? (JSON.parse(readFileSync(quietFile, 'utf8')) as { busy?: number; waitedMs: number }) : undefined;
  const rows = figures.flatMap(([, f]) => f.rows);
  const notes = figures.flatMap(([, f]) => f.notes);
  const m = machine(CHROMIUM_PATH, figures.find(([, f]) => f.browserVersion)?.[1].browserVersion);
  notes.push(
    `Load (1-minute load average on ${m.cores} cores) as each figure started: ` +
      figures.map(([id, f]) => `${id} ${fmt(f.load, 1)}`).join(', ') + '.',
  );
  if (quiet?.busy !== undefined && busyAfter !== undefined) {
    const busy = Math.max(quiet.busy, busyAfter) > 0.15;
    notes.push(
      `CPU taken by other processes, sampled before and after the bench's browsers ran` +
        (quiet.waitedMs > 5000 ? ` (after waiting ${fmt(quiet.waitedMs / 1000, 0)} s for quiet)` : '') +
        `: ${fmt(quiet.busy * 100, 0)} % and ${fmt(busyAfter * 100, 0)} %` +
        (busy ? ': the machine was busy, other work may have skewed the figures.' : '.'),
    );
  }
  const date = new Date().toISOString().slice(0, 10);
  const table = textTable(rows);
  console.log(`\nOpposer bench, ${date}\n${machineLine(m)}\n\n${table}\n`);
  for (const note of notes) console.log(`- ${note}`);
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(
    path.join(OUT_DIR, 'results.json'),
    JSON.stringify({ date, machine: m, rows, notes, missing, raw: Object.fromEntries(figures.map(([id, f]) => [id, f.raw])) }, null, 2),
  );
  writeFileSync(path.join(OUT_DIR, 'table.txt'), `${table}\n`);
  if (process.env.BENCH_EXTENSION) rmSync(path.dirname(process.env.BENCH_EXTENSION), { recursive: true, force: true });

  if (missing.length) {
    console.log(`\nNot measured in this run: ${missing.join(', ')}. README left as it was.`);
    return;
  }
  const committed: BenchFigures = { date, machine: machineLine(m), rows, notes };
  writeFileSync(FIGURES_FILE, `${JSON.stringify(committed, null, 2)}\n`);
  writeReadme(committed);
}

function writeReadme(figures: BenchFigures): void {
  const readme = path.resolve('README.md');
  if (!existsSync(readme)) return;
  writeReadmeSection(readme, readmeSection(figures));
  console.log(`README.md: bench section rewritten from ${FIGURES_FILE}.`);
}
