import { RECORD_STORAGE_KEY } from '../domain';

/**
 * Where the record's version is stored beside it, `{ v: number }` (the key @wxt-dev/storage
 * uses for the item's version), and the version this Opposer writes: 3, each objection's
 * follow-up; 4, the tasks beyond the objection (migrations-tasks.ts). Apart from storage.ts so
 * that a page can tell a current record from one awaiting migration without bundling the
 * migrations or zod (stored-state.ts).
 */
export const STATE_VERSION_KEY = `${RECORD_STORAGE_KEY}$`;
export const STATE_VERSION = 4;
