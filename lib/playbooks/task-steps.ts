import type { LabelKey, Task } from '../domain';
import { roleAndText } from './matchers';
import type { Matcher, Step, UrlRule } from './schema';

/** What each step of a task says for itself; the rest is the same for all of the task's steps. */
type TaskStep = Pick<Step, 'id' | 'kind' | 'text' | 'afterFilled' | 'target'>;

/**
 * A task's steps: all on the task's pages, each counted in "Step n of m" (a task has no
 * detours). Fields in the order the playbooks write them.
 */
export function taskSteps(task: Task, pages: UrlRule[], steps: TaskStep[]): Step[] {
  return steps.map(({ id, kind, text, ...rest }) => ({ id, kind, task, text, counted: true, pages, ...rest }));
}

/** The button that applies a task's change, in the dialog that asks to confirm it. */
export function dialogButton(label: LabelKey): Matcher[] {
  return roleAndText(label, ['button'], '[role="button"], button', { within: '[role="dialog"]' });
}
