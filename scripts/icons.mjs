// `npm run icons`: renders store/icon.svg to every PNG size the toolbar and the three stores
// need, and store/promo-tile.svg to the Chrome Web Store's 440×280 tile. Renderer: @resvg/resvg-js
// (a prebuilt binary from npm; no browser, no network). The PNGs are committed: run this only
// after changing an SVG.
import { Resvg } from '@resvg/resvg-js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/** public/icon/<size>.png: WXT lists these as the manifest's `icons` and the toolbar icon. */
const ICON_SIZES = [16, 32, 48, 64, 96, 128];
/** Store-only pictures (not packaged): Edge's 300×300 logo, AMO's 128, Chrome's promo tile. */
const STORE = [
  { svg: 'store/icon.svg', out: 'store/images/edge-logo-300.png', width: 300 },
  { svg: 'store/icon.svg', out: 'store/images/icon-128.png', width: 128 },
  { svg: 'store/promo-tile.svg', out: 'store/images/promo-tile-440x280.png', width: 440 },
];

function render(svgFile, outFile, width) {
  const svg = readFileSync(svgFile, 'utf8');
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  }).render().asPng();
  writeFileSync(outFile, png);
  console.log(`  ${outFile}`);
}

mkdirSync('public/icon', { recursive: true });
mkdirSync('store/images', { recursive: true });
for (const size of ICON_SIZES) render('store/icon.svg', `public/icon/${size}.png`, size);
for (const { svg, out, width } of STORE) render(svg, out, width);
