/**
 * The stored record's step that adds the tasks beyond the objection: `tasks` (what the guide saw
 * done, task-records.ts), empty. Accounts keep no `kind` until one is said to be a Facebook
 * Page (absent means a person's profile). Anything that is not a record of the previous version
 * is returned untouched, for validation to report and the backup to keep.
 */
export function migrateAddTasks(old: unknown): unknown {
  if (!isObject(old) || !Array.isArray(old.accounts)) return old;
  return {
    ...old,
    tasks: Array.isArray(old.tasks) ? old.tasks : [],
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
