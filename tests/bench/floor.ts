import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The floor: the least an extension of Opposer's shape can cost. A content script that does
 * nothing, injected on the same hosts at the same time as Opposer's, an empty popup that
 * renders one element from a module script, and an empty service worker (so that the bench
 * finds its id the way it finds Opposer's). Generated next to the copy of Opposer's build, from
 * that build's manifest, so that both always match the same pages.
 */
export const FLOOR_RENDERED = 'data-floor-rendered';

interface ContentScript {
  matches: string[];
  run_at?: string;
  js?: string[];
}

/**
 * `messenger`: the content script, instead of doing nothing, does the least Opposer's must on
 * every page: reads the UI language and sends its background one message. A second reference
 * for the start-up, showing what the extension APIs cost by themselves.
 */
const MESSENGER_SCRIPT =
  '// The bench floor with one message: the UI language, one message to the background.\n' +
  'chrome.i18n.getUILanguage();\nchrome.runtime.sendMessage({ type: "floor" }, () => void chrome.runtime.lastError);\n';

/** `parent`: where to make the floor's temp dir (default the system's). */
export function buildFloorExtension(opposerPath: string, { messenger = false, parent = tmpdir() } = {}): string {
  const opposer = JSON.parse(readFileSync(path.join(opposerPath, 'manifest.json'), 'utf8')) as {
    content_scripts?: ContentScript[];
  };
  if (!opposer.content_scripts?.length) throw new Error(`no content_scripts in ${opposerPath}/manifest.json`);
  const dir = path.join(mkdtempSync(path.join(parent, 'opposer-bench-floor-')), 'floor');
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Opposer bench floor',
    version: '1.0.0',
    background: { service_worker: 'background.js' },
    action: { default_popup: 'popup.html' },
    // One no-op script per Opposer content script: the same matches, the same run_at.
    content_scripts: opposer.content_scripts.map((cs, i) => ({
      matches: cs.matches,
      run_at: cs.run_at ?? 'document_idle',
      js: [`content-${i}.js`],
    })),
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(dir, 'background.js'), '// The bench floor: an empty service worker.\n');
  opposer.content_scripts.forEach((_, i) => {
    writeFileSync(
      path.join(dir, `content-${i}.js`),
      messenger ? MESSENGER_SCRIPT : '// The bench floor: a content script that does nothing.\n',
    );
  });
  writeFileSync(
    path.join(dir, 'popup.html'),
    '<!doctype html>\n<html>\n<head><meta charset="utf-8"><title>Floor</title>' +
      '<script type="module" src="/popup.js"></script></head>\n<body><div id="app"></div></body>\n</html>\n',
  );
  // The empty popup's first render: one element, from a module script, as Opposer's popup does.
  writeFileSync(
    path.join(dir, 'popup.js'),
    `const main = document.createElement('main');\nmain.setAttribute('${FLOOR_RENDERED}', '');\n` +
      `document.getElementById('app').append(main);\n`,
  );
  return dir;
}
