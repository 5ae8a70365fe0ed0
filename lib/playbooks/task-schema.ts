import { z } from 'zod/mini';
import type { UiKey } from '../ui-keys';
import { LabelKeySchema, PlatformSchema, StepSchema, TaskSchema } from './schema';

/** A step id of the same task playbook (checked by TaskPlaybookSchema). */
const StepId = z.string().check(z.regex(/^[a-z]+-[a-z-]+$/));
/** A UI message key (locales/*.yml) about a task. */
const TaskText = z.custom<Extract<UiKey, `task_${string}`>>((key) => typeof key === 'string' && /^task_[a-z_]+$/.test(key));

/**
 * How the guide sees on Meta's page that the task took effect (never from a click alone):
 * - `switch-on`: the step's switch is on (`aria-checked="true"` or checked);
 * - `dialog-confirmed`: the user clicked the step's confirm button, which the guide marked, and
 *   the dialog that held it then closed (a dialog that stays, with an error, is not done);
 * - `confirmation`: after the user clicked the step's button, the page shows one of these
 *   phrases (its sentence is kept as proof, like an objection's).
 */
export const DoneRuleSchema = z.discriminatedUnion('seen', [
  z.object({ seen: z.literal('switch-on'), step: StepId }),
  z.object({ seen: z.literal('dialog-confirmed'), step: StepId }),
  z.object({ seen: z.literal('confirmation'), step: StepId, words: z.array(LabelKeySchema).check(z.minLength(1)) }),
]);

/**
 * When the task cannot be done for this account, and the page shows it: the step's target is
 * there but disabled. The guide then says why (`note`) and points at nothing.
 */
export const NotPossibleRuleSchema = z.object({
  whenDisabled: StepId,
  reason: z.enum(['professional-account']),
  note: TaskText,
});

/**
 * A task beyond the objection, on one site: where it starts, its steps (each with a kind), and
 * how "done" is seen. Account tasks (`platform` set) show on that platform's account rows; a
 * task of a site of its own (`platform: null`, WhatsApp) is recorded without an account.
 */
export const TaskPlaybookSchema = z
  .object({
    task: TaskSchema,
    platform: z.nullable(PlatformSchema),
    /** The start of every step id (`fb`, `ig`, `wa`). */
    prefix: z.string().check(z.regex(/^[a-z]+$/)),
    /** The page the popup opens. */
    startUrl: z.url(),
    /** Other ways to the same setting, offered when the target cannot be found, in order. */
    fallbacks: z.array(z.url()).check(z.minLength(1)),
    /**
     * UI message keys: the popup's button, the task's short name (rows, proof), and what the
     * user should know before starting (what changes, what cannot be undone, what it covers).
     */
    uiText: z.object({ guide: TaskText, name: TaskText, before: TaskText, done: TaskText }),
    steps: z.array(StepSchema).check(z.minLength(1)),
    done: DoneRuleSchema,
    notPossible: z.optional(NotPossibleRuleSchema),
  })
  .check(z.superRefine((playbook, ctx) => {
    const ids = playbook.steps.map((s) => s.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'duplicate step id' });
    for (const step of playbook.steps) {
      if (!step.id.startsWith(`${playbook.prefix}-`)) ctx.addIssue({ code: 'custom', message: `${step.id}: not prefixed ${playbook.prefix}-` });
      if (step.task !== playbook.task) ctx.addIssue({ code: 'custom', message: `${step.id}: belongs to ${step.task ?? 'no task'}` });
      for (const dep of step.afterFilled ?? []) {
        if (!ids.includes(dep)) ctx.addIssue({ code: 'custom', message: `${step.id}: unknown step ${dep}` });
      }
    }
    if (!ids.includes(playbook.done.step)) ctx.addIssue({ code: 'custom', message: `done: unknown step ${playbook.done.step}` });
    const kinds = { 'switch-on': 'switch', 'dialog-confirmed': 'confirm', confirmation: 'form-submit' } as const;
    const doneStep = playbook.steps.find((s) => s.id === playbook.done.step);
    if (doneStep && doneStep.kind !== kinds[playbook.done.seen]) {
      ctx.addIssue({ code: 'custom', message: `done: ${playbook.done.seen} needs a ${kinds[playbook.done.seen]} step` });
    }
    const blocked = playbook.notPossible?.whenDisabled;
    if (blocked && !ids.includes(blocked)) ctx.addIssue({ code: 'custom', message: `notPossible: unknown step ${blocked}` });
   }));

export type DoneRule = z.infer<typeof DoneRuleSchema>;
export type TaskPlaybook = z.infer<typeof TaskPlaybookSchema>;
export type NotPossibleRule = z.infer<typeof NotPossibleRuleSchema>;
