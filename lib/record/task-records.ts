import { z } from 'zod';
import { TaskSchema } from '../playbooks/schema';

/**
 * What the record keeps of the tasks beyond the objection: one entry each time the guide saw a
 * task take effect on Meta's page (or saw that it cannot be done for this account). Never the
 * phone number or e-mail given on WhatsApp's form.
 */

const IsoDate = z.iso.datetime({ offset: true });

/** An https address on Meta's or WhatsApp's own hosts, where a task was done. */
export const TaskUrlSchema = z.url({ protocol: /^https$/, hostname: /(^|\.)(facebook|instagram|meta|whatsapp)\.com$/ });

export const TASK_OUTCOMES = ['done', 'not-possible'] as const;
export const NOT_POSSIBLE_REASONS = ['professional-account'] as const;

export const TaskRecordSchema = z.object({
  id: z.string().min(1),
  task: TaskSchema,
  /** The account the task was done for (the platform's last seen account); null for WhatsApp's form. */
  accountKey: z.string().regex(/^(facebook|instagram):[^\s:]+$/).nullable(),
  outcome: z.enum(TASK_OUTCOMES),
  /** Why it cannot be done, when `outcome` is not-possible. */
  reason: z.enum(NOT_POSSIBLE_REASONS).nullable().default(null),
  at: IsoDate,
  url: TaskUrlSchema,
  /** Meta's words after the change (WhatsApp's confirmation), e-mail addresses and numbers removed. */
  confirmationText: z.string().max(2000).default(''),
});

/** What kind of Facebook account a row is: a person's profile (the default) or a Page. */
export const ACCOUNT_KINDS = ['profile', 'page'] as const;
export const AccountKindSchema = z.enum(ACCOUNT_KINDS);

export type TaskRecord = z.infer<typeof TaskRecordSchema>;
export type AccountKind = z.infer<typeof AccountKindSchema>;
