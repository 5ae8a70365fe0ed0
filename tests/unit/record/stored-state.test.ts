import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordAccountSeen } from '@/lib/record/actions';
import { emptyState } from '@/lib/record/schema';
import { STATE_KEY, STATE_VERSION } from '@/lib/record/storage';
import { read, update } from '@/lib/record/store';
import { readStoredState } from '@/lib/record/stored-state';

beforeEach(() => {
  fakeBrowser.reset();
});

const seed = (value: unknown, version: number) => fakeBrowser.storage.local.set({ [STATE_KEY]: value, [`${STATE_KEY}$`]: { v: version } });

describe('a page reading the stored record itself', () => {
  it('reads what the background wrote: the record the background serves', async () => {
    await update((s) => void recordAccountSeen(s, 'facebook', 'marie.dupont', 'Marie Dupont'));
    const stored = await readStoredState();
    expect(stored?.accounts.map((a) => a.key)).toEqual(['facebook:marie.dupont']);
    expect(stored).toEqual(await read());
  });

  it('leaves a record awaiting its migration to the background', async () => {
    await seed({ accounts: [{ platform: 'facebook', id: 'marie', name: 'Marie' }] }, STATE_VERSION - 1);
    expect(await readStoredState()).toBeUndefined();
  });

  it('leaves a record a newer Opposer wrote to the background', async () => {
    await seed(emptyState(), STATE_VERSION + 1);
    expect(await readStoredState()).toBeUndefined();
  });

  it('leaves a record without its version, or none at all, to the background', async () => {
    expect(await readStoredState()).toBeUndefined();
    await fakeBrowser.storage.local.set({ [STATE_KEY]: emptyState() });
    expect(await readStoredState()).toBeUndefined();
    await seed(null, STATE_VERSION);
    expect(await readStoredState()).toBeUndefined();
  });
});
