import { loadState, saveState } from './storage';
import type { State } from './schema';

/**
 * The single writer. Every change goes through `update`, which runs one at a time: a
 * read-modify-write never interleaves with another, so updates from many tabs are all kept.
 */
let queue: Promise<unknown> = Promise.resolve();

export function update<T>(change: (state: State) => T): Promise<T> {
  const run = queue.then(async () => {
    const state = await loadState();
    const result = change(state);
    await saveState(state);
    return result;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** A read that waits for pending writes, so a reader never sees a state older than its own update. */
export function read(): Promise<State> {
  const run = queue.then(() => loadState());
  queue = run.catch(() => undefined);
  return run;
}
