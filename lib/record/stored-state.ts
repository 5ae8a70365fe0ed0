import { browser } from 'wxt/browser';
import { RECORD_STORAGE_KEY } from '../domain';
import type { State } from './schema';
import { STATE_VERSION, STATE_VERSION_KEY } from './state-version';

/**
 * The record as stored, read by a page itself: one storage read, where asking the background
 * may first have to start its service worker. Reading is safe anywhere; the background stays
 * the only writer, and it writes only records its schema accepted, with the current version
 * beside them (storage.ts, saveState). Undefined when the stored record is not one the background
 * wrote at this version (none yet, one awaiting its migration, or one a newer Opposer wrote): its
 * shape may differ, and only the background's answer, migrated or repaired, will do. A page shows
 * this read only until the background answers (record-feed.ts).
 */
export async function readStoredState(): Promise<State | undefined> {
  const stored = await browser.storage.local.get([RECORD_STORAGE_KEY, STATE_VERSION_KEY]);
  const version = (stored[STATE_VERSION_KEY] as { v?: unknown } | undefined)?.v;
  const state: unknown = stored[RECORD_STORAGE_KEY];
  return version === STATE_VERSION && typeof state === 'object' && state !== null ? (state as State) : undefined;
}
