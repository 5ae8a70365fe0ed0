import { storage } from '#imports';
import { browser } from 'wxt/browser';
import { migrateV1ToV2 } from './migrations';
import { emptyState, StateSchema, type State } from './schema';

export const STATE_KEY = 'opposer';
export const BACKUP_PREFIX = 'opposer-backup-';

/** The one stored record. Version 2; the migration never throws: validation reports bad data. */
export const stateItem = storage.defineItem<unknown>(`local:${STATE_KEY}`, {
  fallback: null,
  version: 2,
  migrations: { 2: migrateV1ToV2 },
});

/**
 * Reads and validates the record. Bad data is never thrown away: the raw value is copied
 * under a backup key, the record starts clean, and a notice tells the popup to say so.
 * Only the background calls this (it writes when repairing).
 */
export async function loadState(): Promise<State> {
  let raw: unknown;
  try {
    raw = await stateItem.getValue();
  } catch (error) {
    raw = (await browser.storage.local.get(STATE_KEY))[STATE_KEY];
    return repair(raw, `could not be read: ${String(error)}`);
  }
  if (raw === null || raw === undefined) return emptyState();
  const parsed = StateSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  return repair(raw, parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
}

async function repair(raw: unknown, problem: string): Promise<State> {
  const at = new Date().toISOString();
  const backupKey = `${BACKUP_PREFIX}${at}`;
  await browser.storage.local.set({ [backupKey]: raw ?? null });
  const fresh = emptyState();
  fresh.notices.push({ kind: 'bad-data-reset', at, backupKey, problem: problem.slice(0, 500) });
  await stateItem.setValue(fresh);
  return fresh;
}

export async function saveState(state: State): Promise<void> {
  await stateItem.setValue(StateSchema.parse(state));
}
