import type { LabelKey, Task } from '../domain';
import type { StepTextKey } from '../ui-keys';
import { roleAndText } from './matchers';
import type { Matcher, Step, UrlRule } from './schema';

/** `a_b_c` as `a-b-c`. */
type Hyphenated<S extends string> = S extends `${infer A}_${infer B}` ? `${A}-${Hyphenated<B>}` : S;
/** A step id that names its instruction: `wa-form-email` for `step_wa_form_email`. */
type TaskStepId = StepTextKey extends `step_${infer Name}` ? Hyphenated<Name> : never;

/** What each step of a task says for itself; the rest is the same for all of the task's steps. */
type TaskStep = Pick<Step, 'kind' | 'afterFilled' | 'target'> & { id: TaskStepId };

/**
 * A task's steps: all on the task's pages, each counted in "Step n of m" (a task has no
 * detours), each its instruction named after its id (the type checks that it exists). Fields in
 * the order the playbooks write them.
 */
export function taskSteps(task: Task, pages: UrlRule[], steps: TaskStep[]): Step[] {
  return steps.map(({ id, kind, ...rest }) => ({ id, kind, task, text: `step_${id.replaceAll('-', '_')}` as StepTextKey, counted: true, pages, ...rest }));
}

/** The button that applies a task's change, in the dialog that asks to confirm it. */
export function dialogButton(label: LabelKey): Matcher[] {
  return roleAndText(label, ['button'], '[role="button"], button', { within: '[role="dialog"]' });
}
