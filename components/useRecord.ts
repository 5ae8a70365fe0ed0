import { useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/record/messages';
import type { State } from '@/lib/record/schema';
import { readStoredState } from '@/lib/record/stored-state';
import { createRecordFeed, type RecordFeed } from '@/lib/record/record-feed';

let feed: RecordFeed | undefined;

/**
 * Starts following the record before the first render, which would otherwise wait for it. The
 * page reads the stored record itself (lib/record/stored-state.ts): no round trip to the
 * background, whose service worker may be asleep. Only a record not at the current version (none
 * yet, or one awaiting its migration) is asked of the background, which migrates or repairs it.
 */
export function preloadRecord(): RecordFeed {
  feed ??= createRecordFeed({
    ask: async () => (await readStoredState()) ?? sendMessage('getState', undefined),
    onChange: (changed) => browser.storage.onChanged.addListener((_, area) => area === 'local' && changed()),
  });
  return feed;
}

/**
 * The record, refreshed whenever storage changes. Never writes. Subscribed as the page is built
 * (a layout effect), not after its first paint: the record, once read, renders in the same task.
 */
export function useRecord(): State | undefined {
  const [state, setState] = useState<State>();
  useLayoutEffect(() => preloadRecord().subscribe(setState), []);
  return state;
}
