import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSnapshot, SNAPSHOT_KEY, writeSnapshot } from '@/lib/record/popup-snapshot';
import { emptyState } from '@/lib/record/schema';

beforeEach(() => {
  fakeBrowser.reset();
});

/** writeSnapshot does not wait for the write: let it land. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('popup snapshot', () => {
  it('gives back the record the popup last showed', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Opposer', version: '1.2.3' });
    const state = { ...emptyState(), lastSeen: { facebook: 'facebook:marie' } };
    writeSnapshot(state);
    await settle();
    expect(await readSnapshot()).toEqual(state);
  });

  it('ignores a snapshot another version of the extension wrote', async () => {
    await fakeBrowser.storage.session.set({ [SNAPSHOT_KEY]: { version: '0.0.1', state: emptyState() } });
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Opposer', version: '1.2.3' });
    expect(await readSnapshot()).toBeUndefined();
  });

  it('is nothing when there is none', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Opposer', version: '1.2.3' });
    expect(await readSnapshot()).toBeUndefined();
  });
});
