import type { State } from './schema';

/** The exported record: the user's proof and backup (record.ts reads it back). No zod here: the options page bundles this. */
export const RECORD_FORMAT = 'opposer-record';
/** The record's layout, as storage.ts versions it: 3 adds each objection's follow-up. */
export const RECORD_VERSION = 3;

export function exportRecord(state: State): string {
  const { session: _session, notices: _notices, ...kept } = state;
  return JSON.stringify(
    { format: RECORD_FORMAT, version: RECORD_VERSION, exportedAt: new Date().toISOString(), state: { ...kept, session: null, notices: [] } },
    null,
    2,
  );
}
