import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/**
 * 90 % bootstrap interval of median(a) / median(b) − 1, in %: how far the overhead could be
 * from the measured one given the round-to-round noise. Deterministic (seeded).
 */
export function overheadInterval(a: readonly number[], b: readonly number[], resamples = 4000): [number, number] {
  let seed = 12345;
  const rnd = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const resample = (v: readonly number[]) => v.map(() => v[Math.floor(rnd() * v.length)]);
  const ratios = Array.from({ length: resamples }, () => (median(resample(a)) / median(resample(b)) - 1) * 100);
  return [percentile(ratios, 5), percentile(ratios, 95)];
}

/**
 * Share of all cores busy over `ms` (from /proc/stat), measured while the bench runs no browser:
 * what other processes take from it. Undefined off Linux.
 */
export async function cpuBusy(ms = 1000): Promise<number | undefined> {
  const sample = () => {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = f[3] + (f[4] ?? 0);
    return { idle, total: f.reduce((a, b) => a + b, 0) };
  };
  try {
    const a = sample();
    await new Promise((r) => setTimeout(r, ms));
    const b = sample();
    return b.total > a.total ? 1 - (b.idle - a.idle) / (b.total - a.total) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Waits, up to `maxMs`, for other processes to leave the CPU mostly idle (the figures compare
 * runs minutes apart: a test suite running meanwhile would swamp them). Returns the last sample.
 */
export async function waitForQuiet(maxMs: number, threshold = 0.15): Promise<{ busy?: number; waitedMs: number }> {
  const started = Date.now();
  let busy = await cpuBusy(2000);
  let said = false;
  while (busy !== undefined && busy > threshold && Date.now() - started < maxMs) {
    if (!said) console.log(`  other processes keep ${Math.round(busy * 100)} % of the CPU busy: waiting up to ${maxMs / 1000} s for quiet…`);
    said = true;
    busy = await cpuBusy(2000);
  }
  return { busy, waitedMs: Date.now() - started };
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export interface Row {
  figure: string;
  /** Opposer's figure. */
  opposer: string;
  /** The same figure for the floor (tests/bench/floor.ts), or '—'. */
  floor: string;
  /** Opposer / floor, or '—'. */
  ratio: string;
  /** What else there is to know: the run without any extension, the interval, the count. */
  detail: string;
  goal: string;
  /** true/false, or null for "for information" / "not measured". */
  met: boolean | null;
  /** The noise is larger than the distance to the goal: the verdict could flip on another run. */
  withinNoise?: boolean;
}

const HEAD = ['figure', 'Opposer', 'floor', 'Opposer / floor', 'detail', 'goal', 'met?'];
const verdict = (r: Row) =>
  r.met === null ? '—' : `${r.met ? 'yes' : 'NO'}${r.withinNoise ? ' (within noise)' : ''}`;
const cells = (r: Row) => [r.figure, r.opposer, r.floor, r.ratio, r.detail, r.goal, verdict(r)];

/** "1.23×" */
export const times = (ratio: number) => `${ratio.toFixed(2)}×`;

export function textTable(rows: readonly Row[]): string {
  const all = [HEAD, ...rows.map(cells)];
  const widths = HEAD.map((_, c) => Math.max(...all.map((r) => [...r[c]].length)));
  const line = (r: string[]) => r.map((v, c) => v + ' '.repeat(widths[c] - [...v].length)).join(' | ');
  return [line(HEAD), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map((r) => line(cells(r)))].join('\n');
}

export function markdownTable(rows: readonly Row[]): string {
  const esc = (v: string) => v.replace(/\|/g, '\\|');
  return [
    `| ${HEAD.join(' | ')} |`,
    `|${HEAD.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`),
  ].join('\n');
}

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  chromium: string;
  node: string;
  os: string;
}

export function machine(chromiumPath: string, browserVersion?: string): Machine {
  let cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (m) cpu = m[1].trim();
  } catch {
    // not Linux: os.cpus() it is
  }
  let chromium = browserVersion ? `Chromium ${browserVersion}` : 'unknown';
  try {
    chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || chromium;
  } catch {
    // keep the version the browser reported
  }
  return {
    cpu,
    cores: os.cpus().length,
    ramGiB: Math.round(os.totalmem() / 2 ** 30),
    chromium,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

export function machineLine(m: Machine): string {
  return `${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM; ${m.chromium} (headless); Node ${m.node}; ${m.os}`;
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces what lies between the markers, and only that (others edit the rest of the file). */
export function writeReadmeSection(readmePath: string, body: string): void {
  const text = readFileSync(readmePath, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END, start);
  if (start < 0 || end < 0) throw new Error(`README has no ${START} … ${END} section`);
  writeFileSync(readmePath, `${text.slice(0, start + START.length)}\n${body.trim()}\n${text.slice(end)}`);
}
