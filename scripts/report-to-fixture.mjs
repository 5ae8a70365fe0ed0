#!/usr/bin/env node
/**
 * Turns a report a user copied from the fallback panel ("Copy a report") into a fixture that
 * tests/unit/content/report-fixtures.test.ts runs the engine against.
 *
 *   node scripts/report-to-fixture.mjs <report.json> <name> [expected-step|none]
 *
 * Writes tests/fixtures/<name>.json: the report's page rebuilt as markup (tags, roles, names,
 * addresses; no text beyond the known UI words the report kept), its URL, language, and the
 * step expected to be marked (default: the step the report was copied on; `none` when the
 * right answer is to mark nothing).
 */
import { readFileSync, writeFileSync } from 'node:fs';

const [file, name, expected] = process.argv.slice(2);
if (!file || !name || !/^[a-z0-9-]+$/.test(name)) {
  console.error('usage: node scripts/report-to-fixture.mjs <report.json> <name: a-z0-9-> [expected-step|none]');
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const VOID = new Set(['input']);

/** Rebuilds nested markup from the report's depth-ordered nodes. */
function markup(nodes) {
  let out = '';
  const open = [];
  for (const node of nodes) {
    while (open.length > node.depth) out += `</${open.pop()}>`;
    const attrs = [];
    if (node.role) attrs.push(`role="${escape(node.role)}"`);
    if (node.href) attrs.push(`href="${escape(node.href)}"`);
    if (node.hidden) attrs.push('hidden');
    const named = node.name && !/^\[\d+ chars\]$/.test(node.name) ? node.name : undefined;
    if (node.tag === 'svg' || node.tag === 'input' || node.tag === 'select' || node.tag === 'textarea') {
      if (named) attrs.push(`aria-label="${escape(named)}"`);
    }
    const tag = /^[a-z][a-z0-9-]*$/.test(node.tag) ? node.tag : 'div';
    out += `<${[tag, ...attrs].join(' ')}>`;
    if (VOID.has(tag)) continue;
    if (named && !['svg', 'select', 'textarea'].includes(tag)) out += `<span>${escape(named)}</span>`;
    open.push(tag);
  }
  while (open.length) out += `</${open.pop()}>`;
  return out;
}

const fixture = {
  source: `report from Opposer ${report.opposer}`,
  url: report.path,
  lang: report.lang,
  expected: expected ?? report.step,
  html: markup(report.nodes),
};
writeFileSync(`tests/fixtures/${name}.json`, `${JSON.stringify(fixture, null, 2)}\n`);
console.log(`wrote tests/fixtures/${name}.json (expect ${fixture.expected})`);
