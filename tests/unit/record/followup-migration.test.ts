import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateV2ToV3 } from '@/lib/record/migrations';
import { loadState, STATE_KEY, STATE_VERSION, stateItem } from '@/lib/record/storage';

const V2_OBJECTION = {
  id: 'o1', accountKey: 'facebook:marie.dupont', platform: 'facebook', kind: 'own',
  formUrl: 'https://www.facebook.com/help/contact/712876720715583', sentAt: '2026-10-01T10:00:00.000Z',
  confirmationText: 'We’ll honour your objection.', emailConfirmedAt: null,
};
const V2_RECORD = {
  accounts: [{ key: 'facebook:marie.dupont', platform: 'facebook', id: 'marie.dupont', name: 'Marie Dupont', firstSeen: '2026-10-01T09:00:00.000Z', lastSeen: '2026-10-01T09:00:00.000Z', origin: 'seen' }],
  groups: [], objections: [V2_OBJECTION], lastSeen: {}, session: null, templates: {}, thirdPartyTemplates: {}, notices: [],
};
const EMPTY = { genuineCheckedAt: null, complaintPreparedAt: null, complaintAuthority: null };

beforeEach(() => fakeBrowser.reset());

describe('migration v2 → v3 (follow-up)', () => {
  it('gives each objection an empty follow-up and changes nothing else', () => {
    const migrated = migrateV2ToV3(structuredClone(V2_RECORD)) as typeof V2_RECORD;
    expect(migrated.objections).toEqual([{ ...V2_OBJECTION, followUp: EMPTY }]);
    expect({ ...migrated, objections: [] }).toEqual({ ...V2_RECORD, objections: [] });
  });

  it('keeps a follow-up already there, and returns what is not a record untouched', () => {
    const done = { ...V2_OBJECTION, followUp: { ...EMPTY, genuineCheckedAt: '2026-10-03T10:00:00.000Z' } };
    expect((migrateV2ToV3({ ...V2_RECORD, objections: [done] }) as typeof V2_RECORD).objections[0]).toEqual(done);
    for (const bad of [null, 'x', 42, [1], { objections: 'x' }]) expect(migrateV2ToV3(bad)).toBe(bad);
  });

  it('runs on a stored v2 record, then the later migrations, up to the latest version', async () => {
    expect(STATE_VERSION).toBe(4);
    await fakeBrowser.storage.local.set({ [STATE_KEY]: V2_RECORD, [`${STATE_KEY}$`]: { v: 2 } });
    await (await stateItem()).migrate();
    const stored = (await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY] as typeof V2_RECORD;
    expect(stored.objections[0]).toEqual({ ...V2_OBJECTION, followUp: EMPTY });
    expect((await fakeBrowser.storage.local.get(`${STATE_KEY}$`))[`${STATE_KEY}$`]).toEqual({ v: STATE_VERSION });
    const state = await loadState();
    expect(state.notices).toEqual([]);
    expect(state.objections[0].followUp).toEqual(EMPTY);
  });

  it('runs after v1 → v2 on a v1 record', async () => {
    await fakeBrowser.storage.local.set({
      [STATE_KEY]: { accounts: [{ platform: 'instagram', id: 'marie_d', name: 'marie_d', sentAt: '2025-05-20T10:00:00.000Z' }] },
      [`${STATE_KEY}$`]: { v: 1 },
    });
    await (await stateItem()).migrate();
    const stored = (await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY] as typeof V2_RECORD;
    expect(stored.objections[0]).toMatchObject({ accountKey: 'instagram:marie_d', followUp: EMPTY });
  });

  it('leaves a bad v2 record exactly as stored, for the backup to keep it so', async () => {
    const bad = { ...V2_RECORD, objections: [{ ...V2_OBJECTION, sentAt: 'yesterday' }] };
    expect(migrateV2ToV3(bad)).toBe(bad);
    await fakeBrowser.storage.local.set({ [STATE_KEY]: bad, [`${STATE_KEY}$`]: { v: 2 } });
    await (await stateItem()).migrate();
    const state = await loadState();
    expect(state.notices).toHaveLength(1);
    expect((await fakeBrowser.storage.local.get(state.notices[0].backupKey))[state.notices[0].backupKey]).toEqual(bad);
  });

  it('refuses a follow-up with a bad date as bad data, keeping a copy', async () => {
    const bad = { ...V2_RECORD, objections: [{ ...V2_OBJECTION, followUp: { ...EMPTY, genuineCheckedAt: 'Tuesday' } }] };
    await fakeBrowser.storage.local.set({ [STATE_KEY]: bad, [`${STATE_KEY}$`]: { v: 3 } });
    const state = await loadState();
    expect(state.notices).toHaveLength(1);
    expect((await fakeBrowser.storage.local.get(state.notices[0].backupKey))[state.notices[0].backupKey]).toEqual(bad);
  });
});
