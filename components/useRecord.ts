import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/record/messages';
import type { State } from '@/lib/record/schema';
import { readSnapshot, writeSnapshot } from '@/lib/record/popup-snapshot';
import { createRecordFeed, type RecordFeed } from '@/lib/record/record-feed';

let feed: RecordFeed | undefined;

/**
 * Starts following the record before the first render, which would otherwise wait for it.
 * The background is the single owner and has validated it (storage.ts), so the page does not
 * parse it again: that keeps zod, and 60 KB, out of the popup's first render. Until the
 * background answers, the page shows what the popup showed last time (lib/record/popup-snapshot.ts).
 */
export function preloadRecord(): RecordFeed {
  feed ??= createRecordFeed(
    {
      ask: () => sendMessage('getState', undefined),
      onChange: (changed) => browser.storage.onChanged.addListener((_, area) => area === 'local' && changed()),
      snapshot: readSnapshot(),
    },
    writeSnapshot,
  );
  return feed;
}

/** The record as the background serves it, refreshed whenever storage changes. Never writes. */
export function useRecord(): State | undefined {
  const [state, setState] = useState<State>();
  useEffect(() => preloadRecord().subscribe(setState), []);
  return state;
}
