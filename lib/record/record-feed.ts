import type { State } from './schema';

export interface RecordSource {
  /** Asks the background for the record. */
  ask(): Promise<State>;
  /** Calls `changed` whenever the stored record changes. */
  onChange(changed: () => void): void;
  /** The record as stored, read by the page itself if it could (shown until the first answer). */
  stored: Promise<State | undefined>;
}

export interface RecordFeed {
  /** The newest record known, now and after every change; returns the unsubscribe. */
  subscribe(show: (state: State) => void): () => void;
}

/**
 * The record for a page that shows it: listens for changes *before* the first question, so a
 * change made while the page starts is never missed (it asks again), and applies only the
 * newest answer when answers come back out of order. Never writes the record.
 */
export function createRecordFeed(source: RecordSource): RecordFeed {
  let asked = 0;
  let applied = 0;
  /** The background's newest answer, or until then the page's own read. */
  let shown: State | undefined;
  const shows = new Set<(state: State) => void>();
  const show = (state: State) => {
    shown = state;
    shows.forEach((each) => each(state));
  };
  const ask = () => {
    const n = ++asked;
    source.ask().then((state) => {
      if (n < applied) return; // an older answer arriving after a newer one
      applied = n;
      show(state);
    }, () => undefined);
  };
  source.onChange(ask);
  ask();
  void source.stored.then((state) => {
    if (state && !shown) show(state);
  });
  return {
    subscribe(each) {
      shows.add(each);
      if (shown) each(shown);
      return () => shows.delete(each);
    },
  };
}
