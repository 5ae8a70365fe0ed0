import { emptyState, type State } from './schema';

/**
 * Changes that replace the whole state: an import and a reset. Both keep nothing of a running
 * guided session.
 */

/** An imported state replaces this one; the notices about this browser's own data stay. */
export function applyImport(state: State, imported: State): void {
  Object.assign(state, imported, { session: null, notices: state.notices });
}

/** Forget everything: the state starts empty. */
export function resetAll(state: State): void {
  Object.assign(state, emptyState());
}
