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
/** How the guide's floor marks its link: as Opposer's guide marks the "AI at Meta" step. */
export const FLOOR_STEP_ATTRIBUTE = 'data-opposer-step';
export const FLOOR_STEP = 'fb-genai-topic';

interface ContentScript {
  matches: string[];
  run_at?: string;
  js?: string[];
}

/**
 * What the floor's content script does:
 * - `nothing`;
 * - `messenger`: the least Opposer's must on every page: reads the UI language and sends its
 *   background one message. A second reference for the start-up, showing what the extension
 *   APIs cost by themselves;
 * - `guide`: the least a guide can do to mark the "AI at Meta" link as it is inserted: one
 *   document-wide MutationObserver that looks in what was added for a link to /privacy/genai/
 *   and marks it, in the mutation's own microtask. The highlight's floor, the same measure
 *   taken "from outside": no text, no role, no decoy weighed, so it shows what is left for
 *   Opposer's evidence to cost.
 */
export type FloorKind = 'nothing' | 'messenger' | 'guide';

const CONTENT_SCRIPTS: Record<FloorKind, string> = {
  nothing: '// The bench floor: a content script that does nothing.\n',
  messenger:
    '// The bench floor with one message: the UI language, one message to the background.\n' +
    'chrome.i18n.getUILanguage();\nchrome.runtime.sendMessage({ type: "floor" }, () => void chrome.runtime.lastError);\n',
  guide:
    '// The bench floor of the highlight: marks the link to /privacy/genai/ as it is inserted.\n' +
    'const LINK = \'a[href*="/privacy/genai/"]\';\n' +
    'new MutationObserver((records) => {\n' +
    '  for (const record of records) for (const node of record.addedNodes) {\n' +
    '    if (node.nodeType !== 1) continue;\n' +
    '    const link = node.matches(LINK) ? node : node.querySelector(LINK);\n' +
    `    if (link) link.setAttribute('${FLOOR_STEP_ATTRIBUTE}', '${FLOOR_STEP}');\n` +
    '  }\n' +
    '}).observe(document, { childList: true, subtree: true });\n',
};

/** `parent`: where to make the floor's temp dir (default the system's). */
export function buildFloorExtension(
  opposerPath: string,
  { kind = 'nothing', parent = tmpdir() }: { kind?: FloorKind; parent?: string } = {},
): string {
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
    writeFileSync(path.join(dir, `content-${i}.js`), CONTENT_SCRIPTS[kind]);
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
