import { isObject } from './migrations';
import { StateSchema } from './schema';

/**
 * The stored record's step that adds the tasks beyond the objection: `tasks` (what the guide saw
 * done, task-records.ts), empty. Accounts keep no `kind` until one is said to be a Facebook
 * Page (absent means a person's profile). Anything that would not be a valid record afterwards
 * is returned untouched, for validation to report and the backup to keep as it was.
 */
export function migrateAddTasks(old: unknown): unknown {
  if (!isObject(old) || 'tasks' in old) return old;
  const migrated = { ...old, tasks: [] };
  return StateSchema.safeParse(migrated).success ? migrated : old;
}
