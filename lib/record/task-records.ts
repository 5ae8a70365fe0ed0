import { z } from 'zod/mini';
import { ACCOUNT_KEY, hostnameOn, META_DOMAINS, WHATSAPP_DOMAIN } from '../domain';
import { TaskSchema } from '../playbooks/schema';

/**
 * What the record keeps of the tasks beyond the objection: one entry each time the guide saw a
 * task take effect on Meta's page (or saw that it cannot be done for this account). Never the
 * phone number or e-mail given on WhatsApp's form.
 */

const IsoDate = z.iso.datetime({ offset: true });

/** An https address on Meta's or WhatsApp's own hosts, where a task was done. */
export const TaskUrlSchema = z.url({ protocol: /^https$/, hostname: hostnameOn([...META_DOMAINS, WHATSAPP_DOMAIN]) });

export const TASK_OUTCOMES = ['done', 'not-possible'] as const;
export const NOT_POSSIBLE_REASONS = ['professional-account'] as const;

export const TaskRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  task: TaskSchema,
  /** The account the task was done for (the platform's last seen account); null for WhatsApp's form. */
  accountKey: z.nullable(z.string().check(z.regex(ACCOUNT_KEY))),
  outcome: z.enum(TASK_OUTCOMES),
  /** Why it cannot be done, when `outcome` is not-possible. */
  reason: z._default(z.nullable(z.enum(NOT_POSSIBLE_REASONS)), null),
  at: IsoDate,
  url: TaskUrlSchema,
  /** Meta's words after the change (WhatsApp's confirmation), e-mail addresses and numbers removed. */
  confirmationText: z._default(z.string().check(z.maxLength(2000)), ''),
});

/** What kind of Facebook account a row is: a person's profile (the default) or a Page. */
export const ACCOUNT_KINDS = ['profile', 'page'] as const;
export const AccountKindSchema = z.enum(ACCOUNT_KINDS);

export type TaskRecord = z.infer<typeof TaskRecordSchema>;
export type AccountKind = z.infer<typeof AccountKindSchema>;
