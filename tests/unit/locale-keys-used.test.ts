import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { PLAYBOOKS } from '@/lib/playbooks/registry';
import { TASK_PLAYBOOKS } from '@/lib/playbooks/task-registry';
import { STATUSES } from '@/lib/record/status';

/**
 * Every string of locales/en.yml is used: each key is in the zip 24 times (issue 23: Chrome zip
 * ≤ 300 KB), so one that nothing shows costs its translations for nothing. A key is used when
 * the extension's code names it in quotes (or the manifest as `__MSG_key__`), when a playbook
 * names it (a step's instruction, its `_target`, the UI texts of a site or a task), or when it is
 * the `status_<status>` of a status the popup shows.
 */

const SHIPPED = ['lib', 'components', 'entrypoints', 'wxt.config.ts'];

function sourceFiles(entry: string): string[] {
  if (!statSync(entry).isDirectory()) return /\.tsx?$/.test(entry) ? [entry] : [];
  return readdirSync(entry).flatMap((name) => sourceFiles(path.join(entry, name)));
}

const code = SHIPPED.flatMap(sourceFiles).map((file) => readFileSync(file, 'utf8')).join('\n');
const keys = Object.keys(load(readFileSync('locales/en.yml', 'utf8')) as Record<string, unknown>);

const steps = [...Object.values(PLAYBOOKS), ...Object.values(TASK_PLAYBOOKS)].flatMap((p) => p.steps);
const named = new Set<string>([
  ...steps.flatMap((step) => [step.text, `${step.text}_target`]),
  ...Object.values(PLAYBOOKS).flatMap((p) => Object.values(p.uiText)),
  ...Object.values(TASK_PLAYBOOKS).flatMap((p) => [...Object.values(p.uiText), ...(p.notPossible ? [p.notPossible.note] : [])]),
  ...STATUSES.map((status) => `status_${status}`),
]);

const quoted = (key: string) => new RegExp(`['"\`]${key}['"\`]|__MSG_${key}__`).test(code);

describe('UI strings', () => {
  it('has no key in en.yml that nothing uses', () => {
    expect(keys.length).toBeGreaterThan(200);
    expect(keys.filter((key) => !quoted(key) && !named.has(key))).toEqual([]);
  });
});
