import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BACKUP_PREFIX, loadState, STATE_KEY, STATE_VERSION, stateItem } from '@/lib/record/storage';
import { read, update } from '@/lib/record/store';
import { recordAccountSeen } from '@/lib/record/actions';

beforeEach(() => {
  fakeBrowser.reset();
});

async function seed(value: unknown, version?: number) {
  await fakeBrowser.storage.local.set({ [STATE_KEY]: value, ...(version ? { [`${STATE_KEY}$`]: { v: version } } : {}) });
}

describe('migration v1 → v2', () => {
  it('turns v1 accounts with a send date into accounts and dated objections', async () => {
    await seed({ accounts: [
      { platform: 'facebook', id: 'Marie.Dupont', name: 'Marie Dupont', sentAt: '2025-05-20T10:00:00.000Z', emailConfirmed: true },
      { platform: 'instagram', id: 'marie_dupont', name: 'marie_dupont' },
    ] }, 1);
    await (await stateItem()).migrate();
    const state = await loadState();
    expect(state.accounts.map((a) => a.key)).toEqual(['facebook:marie.dupont', 'instagram:marie_dupont']);
    expect(state.objections).toHaveLength(1);
    expect(state.objections[0]).toMatchObject({ accountKey: 'facebook:marie.dupont', sentAt: '2025-05-20T10:00:00.000Z', emailConfirmedAt: '2025-05-20T10:00:00.000Z' });
    expect((await fakeBrowser.storage.local.get(`${STATE_KEY}$`))[`${STATE_KEY}$`]).toEqual({ v: STATE_VERSION });
    expect(state.notices).toEqual([]);
  });
});

describe('migration edge cases', () => {
  it('keeps a v1 record with bad fields as it was, in the backup', async () => {
    const bad = { accounts: [{ platform: 'facebook', id: 'Marie', name: 'M', sentAt: 'last Tuesday' }] };
    await seed(bad, 1);
    await (await stateItem()).migrate();
    const state = await loadState();
    expect(state.notices).toHaveLength(1);
    const backupKey = state.notices[0].backupKey;
    expect((await fakeBrowser.storage.local.get(backupKey))[backupKey]).toEqual(bad);
  });

  it('sets aside a record written by a newer version instead of failing at every start', async () => {
    vi.resetModules();
    const future = { accounts: [], somethingNew: true };
    await seed(future, 99);
    const fresh = await import('@/lib/record/storage');
    const state = await fresh.loadState();
    expect(state.notices[0].problem).toMatch(/newer version/);
    const backupKey = state.notices[0].backupKey;
    expect((await fakeBrowser.storage.local.get(backupKey))[backupKey]).toEqual(future);
    expect((await fakeBrowser.storage.local.get(`${STATE_KEY}$`))[`${STATE_KEY}$`]).toEqual({ v: STATE_VERSION });
    expect((await fresh.loadState()).notices).toHaveLength(1);
  });
});

describe('bad stored data', () => {
  const shapes: Array<[string, unknown]> = [
    ['a string', 'hello'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['accounts not a list', { accounts: 'x' }],
    ['an account without key', { accounts: [{ platform: 'facebook', id: 'a' }] }],
    ['an unknown platform', { accounts: [{ key: 'tiktok:a', platform: 'tiktok', id: 'a', name: '', firstSeen: '2025-01-01T00:00:00Z', lastSeen: '2025-01-01T00:00:00Z' }] }],
    ['a bad date', { objections: [{ id: '1', accountKey: null, platform: 'facebook', kind: 'own', formUrl: 'https://www.facebook.com/x', sentAt: 'yesterday', confirmationText: '' }] }],
    ['a bad form URL', { objections: [{ id: '1', accountKey: null, platform: 'facebook', kind: 'own', formUrl: 'not a url', sentAt: '2025-01-01T00:00:00Z', confirmationText: '' }] }],
    ['a session with no platform', { session: { startedAt: '2025-01-01T00:00:00Z' } }],
    ['templates in an unknown language', { templates: { xx: 'text' } }],
    ['a group with a bad key', { groups: [{ id: 'g', accountKeys: ['nope'], source: 'user', updatedAt: '2025-01-01T00:00:00Z' }] }],
  ];

  it.each(shapes)('keeps %s under a backup key and starts clean with a notice', async (_, value) => {
    await seed(value, 2);
    const state = await loadState();
    expect(state.accounts).toEqual([]);
    expect(state.notices).toHaveLength(1);
    const backupKey = state.notices[0].backupKey;
    expect(backupKey.startsWith(BACKUP_PREFIX)).toBe(true);
    expect((await fakeBrowser.storage.local.get(backupKey))[backupKey]).toEqual(value);
    // The repaired record is valid and stays so.
    expect((await loadState()).notices).toHaveLength(1);
  });
});

describe('the version goes with every write', () => {
  it('a record whose version key went missing while the background ran keeps its objections at the next start', async () => {
    vi.resetModules();
    await seed({ accounts: [{ platform: 'facebook', id: 'marie', name: 'Marie', sentAt: '2025-05-20T10:00:00.000Z' }] }, 1);
    const running = await import('@/lib/record/storage');
    const state = await running.loadState();
    expect(state.objections).toHaveLength(1);
    await fakeBrowser.storage.local.remove(`${STATE_KEY}$`);
    await running.saveState(state);
    expect((await fakeBrowser.storage.local.get(`${STATE_KEY}$`))[`${STATE_KEY}$`]).toEqual({ v: STATE_VERSION });

    vi.resetModules(); // the next start
    const restarted = await import('@/lib/record/storage');
    expect((await restarted.loadState()).objections).toEqual(state.objections);
  });

  it('a current record found without its version key at start keeps its objections (not read as v1)', async () => {
    vi.resetModules();
    await seed({ accounts: [{ platform: 'facebook', id: 'marie', name: 'Marie', sentAt: '2025-05-20T10:00:00.000Z' }] }, 1);
    const state = await (await import('@/lib/record/storage')).loadState();
    await fakeBrowser.storage.local.set({ [STATE_KEY]: state });
    await fakeBrowser.storage.local.remove(`${STATE_KEY}$`);

    vi.resetModules(); // the next start
    const restarted = await (await import('@/lib/record/storage')).loadState();
    expect(restarted.objections).toEqual(state.objections);
    expect(restarted.notices).toEqual([]);
  });
});

describe('the single writer', () => {
  it('keeps all of 200 concurrent updates from 5 tabs', async () => {
    const tabs = Array.from({ length: 5 }, (_, tab) =>
      Array.from({ length: 40 }, (_, i) => update((s) => void recordAccountSeen(s, 'instagram', `tab${tab}_user${i}`, ''))),
    );
    await Promise.all(tabs.flat());
    const state = await read();
    expect(state.accounts).toHaveLength(200);
    expect(new Set(state.accounts.map((a) => a.key)).size).toBe(200);
  });

  it('goes on after a failed update', async () => {
    await expect(update(() => { throw new Error('boom'); })).rejects.toThrow('boom');
    await update((s) => void recordAccountSeen(s, 'facebook', 'after', 'After'));
    expect((await read()).accounts.map((a) => a.key)).toEqual(['facebook:after']);
  });
});
