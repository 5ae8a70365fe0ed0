import type { State } from './schema';

/**
 * The export file: the user's proof and backup, written from the state (import.ts reads it
 * back). No zod here: the options page bundles this. The format name is the file's, kept as is
 * so that older exports still import.
 */
export const EXPORT_FORMAT = 'opposer-record';
/** The file's layout, as storage.ts versions the state: 3 adds each objection's follow-up. */
export const EXPORT_VERSION = 3;

export function exportState(state: State): string {
  const { session: _session, notices: _notices, ...kept } = state;
  return JSON.stringify(
    { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date().toISOString(), state: { ...kept, session: null, notices: [] } },
    null,
    2,
  );
}
