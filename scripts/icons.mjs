// `npm run icons`: renders store/icon.svg to every PNG size the toolbar and the three stores
// need, and store/promo-tile.svg to the Chrome Web Store's 440×280 tile. Renderer: @resvg/resvg-js
// (a prebuilt binary from npm; no browser, no network). The PNGs are committed: run this only
// after changing an SVG.
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

/** public/icon/<size>.png: WXT lists these as the manifest's `icons` and the toolbar icon. */
const ICON_SIZES = [16, 32, 48, 64, 96, 128];
/** Store-only pictures (not packaged): Edge's 300×300 logo, AMO's 128, Chrome's promo tile. */
const STORE = [
  { svg: 'store/icon.svg', out: 'store/images/edge-logo-300.png', width: 300 },
  { svg: 'store/icon.svg', out: 'store/images/icon-128.png', width: 128 },
  { svg: 'store/promo-tile.svg', out: 'store/images/promo-tile-440x280.png', width: 440 },
];

function render(svgFile, outFile, width, { packaged = false } = {}) {
  const svg = readFileSync(svgFile, 'utf8');
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  }).render().asPng();
  const indexed = packaged ? withPalette(PNG.sync.read(png)) : null;
  writeFileSync(outFile, indexed && indexed.length < png.length ? indexed : png);
  console.log(`  ${outFile}`);
}

/**
 * The same pixels as an indexed PNG (palette and per-colour alpha) when they hold at most 256
 * colours, else null: lossless, and 11 to 22 % smaller for the 16, 32, 48 and 64 px icons (the
 * 96 and 128 px ones have more colours). resvg writes RGBA only.
 */
function withPalette({ width, height, data }) {
  const index = new Map();
  const rows = Buffer.alloc(height * (width + 1)); // each row: filter 0, then one index per pixel
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const rgba = data.readUInt32BE((y * width + x) * 4);
      if (!index.has(rgba)) {
        if (index.size === 256) return null;
        index.set(rgba, index.size);
      }
      rows[y * (width + 1) + 1 + x] = index.get(rgba);
    }
  }
  const colours = [...index.keys()];
  const palette = Buffer.from(colours.flatMap((c) => [c >>> 24, (c >>> 16) & 255, (c >>> 8) & 255]));
  const alpha = Buffer.from(colours.map((c) => c & 255));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3], 8); // 8 bits per index, colour type 3 (indexed)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('PLTE', palette), chunk('tRNS', alpha),
    chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type, body) {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, 'ascii');
  body.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}

/** PNG's CRC-32 (zlib.crc32 needs Node 20.15; package.json allows 20.12). */
function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

mkdirSync('public/icon', { recursive: true });
mkdirSync('store/images', { recursive: true });
for (const size of ICON_SIZES) render('store/icon.svg', `public/icon/${size}.png`, size, { packaged: true });
for (const { svg, out, width } of STORE) render(svg, out, width);
