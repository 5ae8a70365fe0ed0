import type { State } from './schema';

/** The user has read the notices (about bad data that was set aside): they go. */
export function dismissNotices(state: State): void {
  state.notices = [];
}
