import { browser } from 'wxt/browser';
import { RECORD_STORAGE_KEY } from '../domain';
import type { State } from './schema';
import { STATE_VERSION, STATE_VERSION_KEY } from './state-version';

/**
 * The record as stored, read by a page itself: one storage read instead of a message to the
 * background, whose service worker may first have to start. Reading is safe anywhere; the
 * background stays the only writer, and it writes only records its schema accepted, with the
 * current version beside them (storage.ts, saveState), so the page need not parse them again
 * (zod would weigh more than the whole popup). Undefined when the stored record is not one the
 * background wrote at this version (none yet, one awaiting its migration, or one a newer Opposer
 * wrote): the background must read that one, migrating or repairing it.
 */
export async function readStoredState(): Promise<State | undefined> {
  const stored = await browser.storage.local.get([RECORD_STORAGE_KEY, STATE_VERSION_KEY]);
  const version = (stored[STATE_VERSION_KEY] as { v?: unknown } | undefined)?.v;
  const state: unknown = stored[RECORD_STORAGE_KEY];
  return version === STATE_VERSION && typeof state === 'object' && state !== null ? (state as State) : undefined;
}
