/**
 * Hardening 5: whatever is found under the stored record's key, the extension keeps working.
 * Bad data is copied, exactly, under an `opposer-backup-<date>` key, the popup says so, the
 * checklist starts afresh and fills again from the pages, and nothing is logged as an error.
 *
 * Most shapes are written while the service worker runs (it finds them at the next read).
 * The shapes whose meaning is decided when the service worker starts (the storage item's
 * migrations run then: a record without version meta, or with a version from the future) are
 * followed by a restart of the service worker, as Chrome does after 30 s idle.
 */
import { expect, test, type Browser } from './fixtures';
import { PopupPage } from './popup-page';
import { seededRecord, stopServiceWorker, storageDump, watchConsole, withLiveWorker } from './hardening-helpers';
import { STATE_VERSION } from '@/lib/record/state-version';

/** The extension's own API, as seen inside its service worker. */
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void>; remove(keys: string[]): Promise<void> } };
};

interface Shape {
  name: string;
  value: unknown;
  /** Version meta written with it: the current one (2) unless said; null: none at all. */
  meta?: { v: number } | null;
  /** Restart the service worker after writing, so that its start-up sees the shape. */
  restart?: boolean;
}

const DATE = '2025-05-01T10:00:00.000Z';
const account = (over: Record<string, unknown> = {}) => ({
  key: 'facebook:jean.martin', platform: 'facebook', id: 'jean.martin', name: 'Jean Martin', firstSeen: DATE, lastSeen: DATE, origin: 'seen', ...over,
});
const objection = (over: Record<string, unknown> = {}) => ({
  id: 'o1', accountKey: 'facebook:jean.martin', platform: 'facebook', kind: 'own',
  formUrl: 'https://www.facebook.com/help/contact/712876720715583', sentAt: DATE, confirmationText: 'We received your request.', emailConfirmedAt: null, ...over,
});

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = { accounts: [value] };
  return value;
}

const SHAPES: Shape[] = [
  { name: 'a string', value: 'opposer' },
  { name: 'a number', value: 42 },
  { name: 'an array', value: [1, 'two', { accounts: [] }] },
  { name: 'null-ish junk', value: { accounts: [null, 0, '', false], groups: null, objections: {}, session: '' } },
  { name: 'wrong types', value: { accounts: [{ key: 42, platform: true, id: [], name: {}, firstSeen: 0, lastSeen: null }], templates: 'fr' } },
  {
    // The popup reads a record stored at the current version itself (lib/record/stored-state.ts)
    // before the background answers: that read must not keep the background from repairing it.
    name: 'wrong types, stored with the current version',
    value: { accounts: [{ key: 42, platform: true, id: [], name: {}, firstSeen: 0, lastSeen: null }], groups: 'none', objections: 7, tasks: {} },
    meta: { v: STATE_VERSION },
  },
  {
    name: 'invalid dates',
    value: { accounts: [account({ firstSeen: '2025-13-45T99:99:99Z', lastSeen: 'yesterday' })], objections: [objection({ sentAt: 'not a date' })] },
  },
  {
    name: 'an unknown platform',
    value: { accounts: [account({ key: 'myspace:tom', platform: 'myspace', id: 'tom' })], lastSeen: { myspace: 'myspace:tom' } },
  },
  {
    name: 'an objection whose form URL is javascript:',
    value: { accounts: [account()], objections: [objection({ formUrl: 'javascript:alert(document.domain)//https://www.facebook.com/help/contact/1' })] },
  },
  // chrome.storage keeps 100 levels at most: this is as deep as a stored value gets.
  { name: 'deep nesting (98 levels)', value: nested(49) },
  {
    name: 'huge: 20 000 junk accounts',
    value: { accounts: Array.from({ length: 20_000 }, (_, i) => ({ key: `facebook:${i}`, platform: 'facebook', id: String(i), name: 'x'.repeat(50), firstSeen: 'soon' })) },
  },
  {
    name: 'a version-1 record (no version meta) with bad fields',
    value: { accounts: [{ platform: 'facebook', id: 'Jean.Martin', name: 'Jean', sentAt: 'last tuesday', formUrl: 'javascript:alert(1)', emailConfirmed: true }] },
    meta: null,
    restart: true,
  },
  {
    name: 'version meta from the future {v: 99} over a record v2 cannot read',
    value: { accounts: 'kept as a map in v99', schema: 99 },
    meta: { v: 99 },
    restart: true,
  },
  {
    name: 'version meta from the future {v: 99} over a record v2 would accept',
    value: { ...seededRecord(), accounts: [{ ...account(), handles: ['jean.m'] }], futureField: { kept: true } },
    meta: { v: 99 },
    restart: true,
  },
  {
    name: 'a 6 MB record (more than half the 10 MB storage quota)',
    value: { accounts: 'x'.repeat(6 * 1024 * 1024) },
  },
];

async function backups(ext: Browser): Promise<Array<[string, unknown]>> {
  const all = await storageDump(ext);
  return Object.entries(all).filter(([key]) => key.startsWith('opposer-backup-'));
}

test.describe.configure({ mode: 'parallel' });

for (const shape of SHAPES) test.describe(() => {
  // A test that stops the service worker gets a browser of its own (fixtures.ts, BrowserPool).
  test.use({ ownBrowser: shape.restart === true });
  test(`stored record: ${shape.name}`, async ({ ext: launched }) => {
    // The huge shapes cross the DevTools protocol several times (seeded, backed up, read back).
    test.setTimeout(90_000);
    const logs = await watchConsole(launched);
    await launched.serviceWorker.evaluate(
      async ({ value, meta }) => {
        await chrome.storage.local.remove(['opposer$']);
        await chrome.storage.local.set(meta === null ? { opposer: value } : { opposer: value, opposer$: meta });
      },
      { value: shape.value, meta: shape.meta === undefined ? { v: 2 } : shape.meta },
    );
    if (shape.restart) await stopServiceWorker(launched);

    const popup = await PopupPage.open(launched);
    const ext = await withLiveWorker(launched);
    await expect(popup.notice('bad-data-reset')).toBeVisible();
    const saved = await backups(ext);
    expect(saved.map(([key]) => key)).toHaveLength(1);
    expect(saved[0][1], 'the backup holds exactly what was stored').toEqual(shape.value);
    await expect(popup.notice('bad-data-reset')).toContainText(saved[0][0]);

    // The popup works: its buttons are there and the checklist fills again from the pages.
    await expect(popup.guideButton('facebook')).toBeVisible();
    await expect(popup.guideButton('instagram')).toBeVisible();
    const page = await ext.context.newPage();
    await page.goto('https://www.facebook.com/');
    await popup.expectStatus('facebook:marie.dupont', 'todo');

    if (shape.restart) {
      // A later start finds nothing left to repair: no second backup, nothing logged.
      await stopServiceWorker(ext);
      const again = await PopupPage.open(ext);
      await expect(again.account('facebook:marie.dupont')).toHaveAttribute('data-status', 'todo');
      expect(await backups(await withLiveWorker(ext))).toHaveLength(1);
    }
    expect(logs.extension(), logs.format(logs.extension())).toEqual([]);
  });
});
