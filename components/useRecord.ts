import { useLayoutEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/record/messages';
import type { State } from '@/lib/record/schema';
import { readStoredState } from '@/lib/record/stored-state';
import { createRecordFeed, type RecordFeed } from '@/lib/record/record-feed';

let feed: RecordFeed | undefined;

/**
 * Starts following the record before the first render, which would otherwise wait for it. The
 * page reads the stored record itself (lib/record/stored-state.ts) and shows it at once, without
 * waiting for the background, whose service worker may first have to start; the background's
 * answer, checked against the schema (and a bad record repaired, with a notice), replaces it a
 * moment later. The page does not parse the record itself: that keeps zod, which would weigh
 * more than the whole popup, out of its first render.
 */
export function preloadRecord(): RecordFeed {
  feed ??= createRecordFeed({
    stored: readStoredState(),
    ask: () => sendMessage('getState', undefined),
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
