import { z } from 'zod';
import { ACCOUNT_KEY, hostnameOn, META_DOMAINS } from '../domain';
import { ObjectionKindSchema, PlatformSchema } from '../playbooks/schema';
import { LANGUAGES } from '../languages';
import { RECORDED_HOW } from '../domain';
import { AccountKindSchema, TaskRecordSchema } from './task-records';

// Never compile validators with `new Function`: extension pages forbid eval, and so do we.
z.config({ jitless: true });

/**
 * Everything Opposer stores, in one versioned record. Only names and ids of accounts are kept:
 * no e-mail address, no page content beyond the confirmation's words.
 */

const IsoDate = z.iso.datetime({ offset: true });

/** An https address on Meta's own hosts: the only URLs the record keeps (and the proof shows). */
export const MetaUrlSchema = z.url({ protocol: /^https$/, hostname: hostnameOn(META_DOMAINS) });

/** "facebook:marie.dupont": platform and the id ../shared/test-contract.md defines, lower-cased. */
export const AccountKeySchema = z.string().regex(ACCOUNT_KEY);

export const AccountSchema = z.object({
  key: AccountKeySchema,
  platform: PlatformSchema,
  id: z.string().min(1).max(200),
  name: z.string().max(200),
  firstSeen: IsoDate,
  lastSeen: IsoDate,
  /**
   * How Opposer learnt of it: seen logged in on Meta's pages, listed on an Accounts Center page
   * (a Facebook id is not known yet then), or added by hand in the popup.
   */
  origin: z.enum(['seen', 'accounts-center', 'manual']).default('seen'),
  /** 'page': a Facebook Page, which cannot object through the form (its row says so); absent: a person's profile. */
  kind: AccountKindSchema.optional(),
});

/** Accounts that share one Accounts Center: one objection covers them all. */
export const GroupSchema = z.object({
  id: z.string().min(1),
  accountKeys: z.array(AccountKeySchema),
  /** 'accounts-center' when read from Meta's page, 'user' when the user set it. */
  source: z.enum(['accounts-center', 'user']),
  updatedAt: IsoDate,
});

/** An authority's code in lib/followup/authorities.ts: "FR", or "DE-BY" for a German Land. */
export const AuthorityCodeSchema = z.string().regex(/^[A-Z]{2}(-[A-Z]{2})?$/);

export const FollowUpSchema = z.object({
  /** When the user checked in Accounts Center ("Recent emails") that Meta's e-mail is genuine. */
  genuineCheckedAt: IsoDate.nullable(),
  /** When the user prepared a complaint to their authority with the complaint kit, and to which. */
  complaintPreparedAt: IsoDate.nullable(),
  complaintAuthority: AuthorityCodeSchema.nullable(),
});

export function emptyFollowUp(): z.infer<typeof FollowUpSchema> {
  return { genuineCheckedAt: null, complaintPreparedAt: null, complaintAuthority: null };
}

export const ObjectionSchema = z.object({
  id: z.string().min(1),
  /** Null for the third-party information form, which needs no account. */
  accountKey: AccountKeySchema.nullable(),
  platform: PlatformSchema,
  kind: ObjectionKindSchema,
  formUrl: MetaUrlSchema,
  sentAt: IsoDate,
  /** The words Meta showed after Send, kept as proof. */
  confirmationText: z.string().max(2000),
  /** When the user recorded that Meta's confirmation e-mail arrived. */
  emailConfirmedAt: IsoDate.nullable().default(null),
  /** What the user did while waiting for Meta (version 3 of the record). */
  followUp: FollowUpSchema.default(emptyFollowUp),
  /** 'by-hand': the user recorded it, sent outside this browser; absent: seen confirmed on Meta's page. */
  recorded: z.enum(RECORDED_HOW).optional(),
});

export const SessionSchema = z.object({
  platform: PlatformSchema,
  startedAt: IsoDate,
});

export const NoticeSchema = z.object({
  kind: z.literal('bad-data-reset'),
  at: IsoDate,
  backupKey: z.string(),
  problem: z.string(),
});

export const TemplatesSchema = z.partialRecord(z.enum(LANGUAGES), z.string().max(5000));

export const StateSchema = z.object({
  accounts: z.array(AccountSchema).default([]),
  groups: z.array(GroupSchema).default([]),
  objections: z.array(ObjectionSchema).default([]),
  /** The account last seen on each platform: forms that show no account are attributed to it. */
  lastSeen: z.partialRecord(PlatformSchema, AccountKeySchema).default({}),
  session: SessionSchema.nullable().default(null),
  /** The user's own reason texts for the objection form, per language (else the defaults). */
  templates: TemplatesSchema.default({}),
  /** Likewise for the third-party information form. */
  thirdPartyTemplates: TemplatesSchema.default({}),
  notices: z.array(NoticeSchema).default([]),
  /** Tasks beyond the objection (task-records.ts). */
  tasks: z.array(TaskRecordSchema).default([]),
});

export type Account = z.infer<typeof AccountSchema>;
export type Group = z.infer<typeof GroupSchema>;
export type Objection = z.infer<typeof ObjectionSchema>;
export type FollowUp = z.infer<typeof FollowUpSchema>;
export type State = z.infer<typeof StateSchema>;

export function emptyState(): State {
  return StateSchema.parse({});
}

export function accountKey(platform: string, id: string): string {
  return `${platform}:${id.toLowerCase()}`;
}
