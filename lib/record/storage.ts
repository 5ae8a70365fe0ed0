import { storage } from '#imports';
import { browser } from 'wxt/browser';
import { RECORD_STORAGE_KEY } from '../domain';
import { migrateV1ToV2, migrateV2ToV3 } from './migrations';
import { migrateAddTasks } from './migrations-tasks';
import { emptyState, StateSchema, type State } from './schema';
import { STATE_VERSION, STATE_VERSION_KEY as META_KEY } from './state-version';

export { STATE_VERSION };
export const STATE_KEY = RECORD_STORAGE_KEY;
export const BACKUP_PREFIX = 'opposer-backup-';

function defineStateItem() {
  return storage.defineItem<unknown>(`local:${STATE_KEY}`, {
    fallback: null,
    version: STATE_VERSION,
    migrations: { 2: migrateV1ToV2, 3: migrateV2ToV3, 4: migrateAddTasks },
  });
}

let item: Promise<ReturnType<typeof defineStateItem>> | undefined;

/**
 * The one stored record, a versioned item whose migrations run when it is defined. A record
 * written by a newer Opposer (a version WXT cannot migrate down, and would log as an error at
 * every start) is first set aside like any bad data.
 */
export function stateItem(): Promise<ReturnType<typeof defineStateItem>> {
  item ??= setAsideFutureVersion().then(async () => {
    const defined = defineStateItem();
    await defined.getMeta(); // resolves once its migrations have run: nothing writes before them
    return defined;
  });
  return item;
}

async function setAsideFutureVersion(): Promise<void> {
  const stored = await browser.storage.local.get([STATE_KEY, META_KEY]);
  const version = (stored[META_KEY] as { v?: unknown } | undefined)?.v;
  if (typeof version === 'number' && version > STATE_VERSION) {
    await repair(stored[STATE_KEY], `written by a newer version of Opposer (v${version})`);
  }
}

/**
 * Reads and validates the record. Bad data is never thrown away: the raw value is copied
 * under a backup key, the record starts clean, and a notice tells the popup to say so.
 * Only the background calls this (it writes when repairing).
 */
export async function loadState(): Promise<State> {
  let raw: unknown;
  try {
    raw = await (await stateItem()).getValue();
  } catch (error) {
    raw = (await browser.storage.local.get(STATE_KEY))[STATE_KEY];
    return repair(raw, `could not be read: ${String(error)}`);
  }
  if (raw === null || raw === undefined) return emptyState();
  const parsed = StateSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  return repair(raw, parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
}

/**
 * Keeps the bad value under a backup key and starts clean, in one write: the bad value is
 * replaced, not doubled, so even a huge one still fits in the storage quota. Should the copy
 * not fit at all, the record still starts clean and the notice says no copy could be kept.
 */
async function repair(raw: unknown, problem: string): Promise<State> {
  const at = new Date().toISOString();
  const backupKey = `${BACKUP_PREFIX}${at}`;
  const fresh = emptyState();
  const notice = { kind: 'bad-data-reset' as const, at, backupKey, problem: problem.slice(0, 500) };
  try {
    fresh.notices.push(notice);
    await browser.storage.local.set({ [backupKey]: raw ?? null, [STATE_KEY]: fresh, [META_KEY]: { v: STATE_VERSION } });
  } catch {
    notice.backupKey = '';
    await browser.storage.local.set({ [STATE_KEY]: fresh, [META_KEY]: { v: STATE_VERSION } });
  }
  return fresh;
}

/**
 * Writes the record with its version, in one write, every time. (@wxt-dev/storage writes the
 * version only with the first value after a start: a record whose version key went missing
 * while the background ran would be taken for version 1 at the next start and migrated again,
 * its objections lost. Measured in e2e when storage was emptied under a running background.)
 */
export async function saveState(state: State): Promise<void> {
  const value = StateSchema.parse(state);
  await stateItem();
  await browser.storage.local.set({ [STATE_KEY]: value, [META_KEY]: { v: STATE_VERSION } });
}
