import type { Platform, Task } from '../domain';
import type { State } from './schema';
import type { AccountKind, TaskRecord } from './task-records';
import { withoutEmails } from './actions';

/**
 * Pure changes and reads of the tasks beyond the objection, applied by the background inside
 * `update` like actions.ts. An account task is attributed to the platform's last seen account,
 * as an objection is; WhatsApp's form to no account.
 */

const now = () => new Date().toISOString();
const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export interface TaskSeen {
  task: Task;
  /** The platform whose last seen account the task is for; null for a site of its own. */
  platform: Platform | null;
  url: string;
  /** Given by the page, which sends it again after a lost answer (lib/deliver.ts): recorded once. */
  id?: string;
}

/** The guide saw the task take effect on the page. */
export function recordTaskDone(state: State, seen: TaskSeen & { confirmationText: string }): TaskRecord {
  return push(state, seen, { outcome: 'done', reason: null, confirmationText: withoutNumbers(withoutEmails(seen.confirmationText)).slice(0, 2000) });
}

/** The page shows the task cannot be done for this account (a professional Instagram account). */
export function recordTaskNotPossible(state: State, seen: TaskSeen & { reason: TaskRecord['reason'] }): TaskRecord {
  return push(state, seen, { outcome: 'not-possible', reason: seen.reason, confirmationText: '' });
}

function push(state: State, seen: TaskSeen, outcome: Pick<TaskRecord, 'outcome' | 'reason' | 'confirmationText'>): TaskRecord {
  const recorded = seen.id === undefined ? undefined : state.tasks.find((r) => r.id === seen.id);
  if (recorded) return recorded;
  const accountKey = seen.platform ? state.lastSeen[seen.platform] ?? null : null;
  const url = new URL(seen.url);
  const record: TaskRecord = { id: seen.id ?? newId(), task: seen.task, accountKey, at: now(), url: `${url.origin}${url.pathname}`, ...outcome };
  state.tasks.push(record);
  return record;
}

/** The user says a Facebook row is a Page (or not): a Page cannot object through the form. */
export function setAccountKind(state: State, key: string, kind: AccountKind): void {
  const account = state.accounts.find((a) => a.key === key);
  if (account && account.platform === 'facebook') account.kind = kind;
}

/** Sequences of digits long enough to be a phone number, so that none is ever kept. */
export function withoutNumbers(text: string): string {
  return text.replace(/\+?\d[\d\s().-]{5,}\d/g, '[number]');
}
