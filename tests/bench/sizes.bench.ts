import { test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchExtension, GOALS, saveFigure, startFigure } from './figures';
import { kb } from './report';

/**
 * Sizes: each content script minified and gzipped, and the Chrome zip (`npx wxt zip`), no browser.
 * The scripts the manifest declares run on every page of their sites; the guides' scripts only
 * where the background starts them (lib/background/page-guide.ts).
 */

test('sizes: content scripts', () => {
  const figure = startFigure();
  const extension = benchExtension();
  const dir = path.join(extension, 'content-scripts');
  const scripts = readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
  if (!scripts.length) throw new Error(`no content scripts in ${dir}`);
  const manifest = JSON.parse(readFileSync(path.join(extension, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const declared = new Set((manifest.content_scripts ?? []).flatMap((cs) => cs.js ?? []));
  const sizes: Record<string, { bytes: number; gzip: number; everyPage: boolean }> = {};
  for (const file of scripts) {
    const body = readFileSync(path.join(dir, file));
    const gzip = gzipSync(body, { level: 9 }).length;
    const everyPage = declared.has(`content-scripts/${file}`);
    sizes[file] = { bytes: body.length, gzip, everyPage };
    figure.rows.push({
      figure: `content script ${file} (minified; ${everyPage ? 'on every page of its sites' : 'started only where the guide has something to do'})`,
      opposer: kb(body.length),
      floor: '—',
      ratio: '—',
      detail: `${kb(gzip)} gzipped`,
      goal: `≤ ${kb(GOALS.contentScriptBytes)}`,
      met: body.length <= GOALS.contentScriptBytes,
    });
  }
  figure.raw = sizes;
  saveFigure('content-scripts', figure);
});

/** What the zip holds, by part: where its weight is. */
const PARTS: [string, RegExp][] = [
  ['locales', /^_locales\//],
  ['background', /^background\.js$/],
  ['content scripts', /^content-scripts\//],
  ['pages’ scripts', /^chunks\//],
  ['icons', /^icon\//],
];

test('sizes: Chrome zip', () => {
  const figure = startFigure();
  const zips = readdirSync('.output')
    .filter((f) => f.endsWith('-chrome.zip'))
    .map((f) => path.join('.output', f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!zips.length) throw new Error('no .output/*-chrome.zip: run `npx wxt zip` first');
  const zip = readFileSync(zips[0]);
  const parts = new Map<string, number>();
  for (const entry of zipEntries(zip)) {
    const part = PARTS.find(([, match]) => match.test(entry.name))?.[0] ?? 'other';
    parts.set(part, (parts.get(part) ?? 0) + entry.compressed);
  }
  figure.rows.push({
    figure: `Chrome zip (${path.basename(zips[0])})`,
    opposer: kb(zip.length),
    floor: '—',
    ratio: '—',
    detail: [...parts].sort((a, b) => b[1] - a[1]).map(([part, bytes]) => `${part} ${kb(bytes)}`).join(', '),
    goal: `≤ ${kb(GOALS.zipBytes)}`,
    met: zip.length <= GOALS.zipBytes,
  });
  figure.raw = { file: zips[0], bytes: zip.length, parts: Object.fromEntries(parts) };
  saveFigure('zip', figure);
});

/** The entries of a zip, from its central directory: name and compressed size. */
function zipEntries(zip: Buffer): { name: string; compressed: number }[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: { name: string; compressed: number }[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('zip central directory unreadable');
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    entries.push({ name: zip.toString('utf8', at + 46, at + 46 + nameLength), compressed });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}
