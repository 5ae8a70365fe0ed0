// What each KB of the content scripts is: builds the Chrome extension with source maps into a
// temporary folder (the project's own build untouched) and, for each content script, gives the
// minified bytes of each source module. Each source-map segment owns the bytes from its start to
// the next segment's (so a multi-line template literal, such as the overlay's CSS, stays its
// module's); bytes mapped to no source are the bundler's glue (module objects, the names a
// shared guide script publishes or takes, lib/guide-scripts.ts).
//
//   node scripts/content-script-bytes.mjs            every content script
//   node scripts/content-script-bytes.mjs guide.js   one
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'wxt';

const outDir = mkdtempSync(path.join(tmpdir(), 'opposer-bytes-'));
try {
  await build({ outDir, vite: () => ({ build: { sourcemap: true } }), logger: { ...console, info() {}, success() {}, log() {}, debug() {} } });
  const dir = path.join(outDir, 'chrome-mv3', 'content-scripts');
  const only = process.argv[2];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js') && (!only || f === only)).sort()) {
    report(file, bytesBySource(path.join(dir, file)));
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

function bytesBySource(file) {
  // The map's own comment is not part of the script as shipped.
  const code = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\n?$/, '');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const segments = [];
  map.eachMapping((m) => segments.push({ at: lineStarts[m.generatedLine - 1] + m.generatedColumn, source: m.source }));
  segments.sort((a, b) => a.at - b.at);
  const bytes = new Map();
  const add = (source, text) => bytes.set(source, (bytes.get(source) ?? 0) + Buffer.byteLength(text));
  add('(glue)', code.slice(0, segments[0]?.at ?? code.length));
  segments.forEach((segment, i) => {
    const source = segment.source ? path.relative(process.cwd(), path.resolve(path.dirname(file), segment.source)).replace(/^.*?node_modules\//, 'node_modules/') : '(glue)';
    add(source, code.slice(segment.at, segments[i + 1]?.at ?? code.length));
  });
  return { total: Buffer.byteLength(code), bytes };
}

function report(file, { total, bytes }) {
  console.log(`\n${file}: ${total} bytes (${(total / 1024).toFixed(1)} KB)`);
  for (const [source, n] of [...bytes].sort((a, b) => b[1] - a[1])) {
    if (n > 0) console.log(`${String(n).padStart(7)}  ${((100 * n) / total).toFixed(1).padStart(5)} %  ${source}`);
  }
}
