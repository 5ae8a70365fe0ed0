import { browser } from 'wxt/browser';
import type { State } from './schema';

/**
 * The record as the popup last showed it, kept in storage.session (in memory, gone when the
 * browser closes, never on disk) so that the next popup renders at once instead of after a
 * round trip to the background; the background's answer replaces it a moment later. Tied to
 * the extension's version: an update may change the record's shape. The background removes it
 * when all data is erased (background-handlers.ts, resetAll).
 */
export const SNAPSHOT_KEY = 'popupSnapshot';

interface Snapshot {
  version: string;
  state: State;
}

export async function readSnapshot(): Promise<State | undefined> {
  try {
    const snapshot = (await browser.storage.session.get(SNAPSHOT_KEY))[SNAPSHOT_KEY] as Snapshot | undefined;
    return snapshot?.version === browser.runtime.getManifest().version ? snapshot.state : undefined;
  } catch {
    return undefined; // no storage.session (older browser): the background's answer it is
  }
}

export function writeSnapshot(state: State): void {
  const snapshot: Snapshot = { version: browser.runtime.getManifest().version, state };
  browser.storage.session?.set({ [SNAPSHOT_KEY]: snapshot }).catch(() => undefined);
}
