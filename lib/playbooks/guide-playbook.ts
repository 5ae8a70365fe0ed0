import type { Task } from '../domain';
import type { FormRule, Step } from './schema';
import type { DoneRule, NotPossibleRule } from './task-schema';
import type { UiKey } from '../ui-keys';

/**
 * What the engine reads of a playbook. A site's playbook (schema.ts: the objection and its trips)
 * and a task's (task-schema.ts) are both one: what differs is which of these fields they have.
 */
export interface GuidePlaybook {
  steps: readonly Step[];
  /** The forms the path leads to: the form steps show only on one of them; the reason is prefilled, the confirmation recorded. */
  forms?: readonly FormRule[];
  /** The task the playbook guides (asked about and recorded as that task). */
  task?: Task;
  /** How the page shows the task took effect (with `task`). */
  done?: DoneRule;
  /** How the page shows the task cannot be done for this account. */
  notPossible?: NotPossibleRule;
  /** Other ways to the same place, offered when a target cannot be found and its step has no `directLink`. */
  fallbacks?: readonly string[];
  /** `done`: the message once the page showed the playbook's aim was reached. */
  uiText: { done: UiKey };
}
