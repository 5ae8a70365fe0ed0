/**
 * Hardening 6: importing a record on the options page. Every malformed file is refused with a
 * message that names the problem, and leaves storage exactly as it was; a file the extension
 * exported itself is imported.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, openExtensionPage, test, type Browser } from './fixtures';
import { seededRecord, storageDump, storageSet, watchConsole } from './hardening-helpers';

const EXPORTED_AT = '2025-06-01T12:00:00.000Z';

/** A well-formed export of the seeded record, for the malformed files to differ from in one point. */
function exportOf(state: Record<string, unknown> = seededRecord()): Record<string, unknown> {
  return { format: 'opposer-record', version: 3, exportedAt: EXPORTED_AT, state };
}

function withState(change: (state: Record<string, unknown>) => void): string {
  const state = seededRecord();
  change(state);
  return JSON.stringify(exportOf(state));
}

type Accounts = Array<Record<string, unknown>>;

/** Malformed files, and what the message must name. */
const MALFORMED: Array<{ name: string; content: string; problem: RegExp }> = [
  { name: 'not JSON', content: 'format: opposer-record\nversion: 2\n', problem: /not JSON/ },
  { name: 'an empty file', content: '', problem: /not JSON/ },
  { name: 'JSON null', content: 'null', problem: /file: .*expected object/ },
  { name: 'a wrong format field', content: JSON.stringify({ ...exportOf(), format: 'opposer-backup' }), problem: /format/ },
  { name: 'version 5', content: JSON.stringify({ ...exportOf(), version: 5 }), problem: /version/ },
  { name: 'no export date', content: JSON.stringify({ ...exportOf(), exportedAt: undefined }), problem: /exportedAt/ },
  { name: 'accounts not a list', content: withState((s) => void (s.accounts = { 'facebook:jean.martin': {} })), problem: /state\.accounts/ },
  {
    name: 'bad dates',
    content: withState((s) => void ((s.accounts as Accounts)[0].firstSeen = '31/12/2024')),
    problem: /state\.accounts\.0\.firstSeen/,
  },
  {
    name: 'the same account twice',
    content: withState((s) => void (s.accounts as Accounts).push({ ...(s.accounts as Accounts)[0], name: 'Jean M.' })),
    problem: /same account appears twice/,
  },
  {
    name: 'a group naming an unknown account',
    content: withState((s) => void (s.groups = [{ id: 'g1', accountKeys: ['facebook:jean.martin', 'instagram:nobody'], source: 'user', updatedAt: EXPORTED_AT }])),
    problem: /unknown account instagram:nobody/,
  },
  {
    name: 'a javascript: form URL',
    content: withState((s) => void ((s.objections as Accounts)[0].formUrl = 'javascript:alert(document.cookie)')),
    problem: /state\.objections\.0\.formUrl/,
  },
  {
    name: 'an http:// form URL on a lookalike host',
    content: withState((s) => void ((s.objections as Accounts)[0].formUrl = 'http://www.facebook.com.evil.example/help/contact/712876720715583')),
    problem: /state\.objections\.0\.formUrl/,
  },
  {
    name: 'valid JSON of another app',
    content: JSON.stringify({ name: 'my-app', version: '1.0.0', dependencies: { preact: '^10' } }),
    problem: /format/,
  },
];

async function importFile(page: Page, name: string, content: string | Buffer): Promise<void> {
  await page.reload();
  const input = page.locator('input[type=file][data-action=import-json]');
  await expect(input).toBeAttached();
  await input.setInputFiles({ name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
}

async function seeded(ext: Browser): Promise<string> {
  await storageSet(ext, { opposer: seededRecord(), opposer$: { v: 2 } });
  return JSON.stringify(await storageDump(ext));
}

test.describe.configure({ mode: 'parallel' });

test('malformed files are refused with a message naming the problem, and change nothing', async ({ ext }) => {
  const logs = await watchConsole(ext);
  const before = await seeded(ext);
  const options = await openExtensionPage(ext, 'options.html');
  for (const file of MALFORMED) {
    await test.step(file.name, async () => {
      await importFile(options, file.name, file.content);
      const result = options.locator('[data-import-result]');
      await expect.soft(result, file.name).toHaveAttribute('data-import-result', 'error');
      await expect.soft(result, file.name).toContainText(file.problem);
      expect.soft(JSON.stringify(await storageDump(ext)), `${file.name}: storage unchanged`).toBe(before);
    });
  }
  expect(logs.extension(), logs.format(logs.extension())).toEqual([]);
});

test('a 6 MB file is refused with a message, and changes nothing', async ({ ext }) => {
  const logs = await watchConsole(ext);
  const before = await seeded(ext);
  const options = await openExtensionPage(ext, 'options.html');
  // A real export, padded with a long confirmation text: valid JSON, 6 MB.
  const big = exportOf({ ...seededRecord(), padding: 'x'.repeat(6 * 1024 * 1024) });
  await importFile(options, 'big', JSON.stringify(big));
  const result = options.locator('[data-import-result]');
  await expect(result).toHaveAttribute('data-import-result', 'error');
  await expect(result).toContainText(/too (large|big)|size|MB/i);
  expect(JSON.stringify(await storageDump(ext))).toBe(before);
  expect(logs.extension(), logs.format(logs.extension())).toEqual([]);
});

test('a file exported by the extension is imported', async ({ ext }) => {
  const logs = await watchConsole(ext);
  await seeded(ext);
  const options = await openExtensionPage(ext, 'options.html');
  const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export-json"]').click()]);
  const exported = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(exported)).toMatchObject({ format: 'opposer-record', version: 4 });

  // Start from another record, then import the export: the seeded record is back.
  await storageSet(ext, { opposer: { ...seededRecord(), accounts: [], groups: [], objections: [], lastSeen: {}, templates: {} } });
  await importFile(options, 'exported', exported);
  await expect(options.locator('[data-import-result]')).toHaveAttribute('data-import-result', 'ok');
  const stored = (await storageDump(ext)).opposer;
  // The export carries the whole state, the tasks (record v4) included.
  expect(stored).toEqual({ ...seededRecord(), session: null, notices: [], tasks: [] });
  expect(logs.extension(), logs.format(logs.extension())).toEqual([]);
});
