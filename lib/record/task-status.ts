import type { Task } from '../domain';
import type { Account, State } from './schema';
import type { TaskRecord } from './task-records';

/**
 * Reads of the tasks beyond the objection, for the popup. Apart from the changes
 * (task-actions.ts) because those pull in the record's zod schemas, which the popup's first
 * render must not pay for; this file imports types only.
 */

export type TaskStatus = 'todo' | 'done' | 'not-possible';

/** An account's task, derived from the record: the latest thing the guide saw decides. */
export function taskStatusOf(state: State, account: Account, task: Task): { status: TaskStatus; record?: TaskRecord } {
  const records = state.tasks.filter((r) => r.task === task && r.accountKey === account.key);
  const latest = records.reduce<TaskRecord | undefined>((a, r) => (!a || r.at >= a.at ? r : a), undefined);
  if (!latest) return { status: 'todo' };
  return { status: latest.outcome, record: latest };
}

/** Requests sent on a site of its own (WhatsApp's form), oldest first. */
export function siteTaskRecords(state: State, task: Task): TaskRecord[] {
  return state.tasks.filter((r) => r.task === task && r.accountKey === null && r.outcome === 'done').sort((a, b) => a.at.localeCompare(b.at));
}
