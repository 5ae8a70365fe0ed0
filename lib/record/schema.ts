import { z } from 'zod/mini';
import { en } from 'zod/locales';
import { ACCOUNT_KEY, hostnameOn, META_DOMAINS } from '../domain';
import { ObjectionKindSchema, PlatformSchema } from '../playbooks/schema';
import { LANGUAGES } from '../languages';
import { RECORDED_HOW } from '../domain';
import { AccountKindSchema, TaskRecordSchema } from './task-records';

// Never compile validators with `new Function`: extension pages forbid eval, and so do we.
// zod/mini (whose functions tree-shake, unlike the classic API's methods) loads no messages by
// itself: English, as the classic API's were, for the import's errors and refused requests.
z.config({ ...en(), jitless: true });

/**
 * Everything Opposer stores, in one versioned record. Only names and ids of accounts are kept:
 * no e-mail address, no page content beyond the confirmation's words.
 */

const IsoDate = z.iso.datetime({ offset: true });

/** An https address on Meta's own hosts: the only URLs the record keeps (and the proof shows). */
export const MetaUrlSchema = z.url({ protocol: /^https$/, hostname: hostnameOn(META_DOMAINS) });

/** "facebook:marie.dupont": platform and the id ../shared/test-contract.md defines, lower-cased. */
export const AccountKeySchema = z.string().check(z.regex(ACCOUNT_KEY));

export const AccountSchema = z.object({
  key: AccountKeySchema,
  platform: PlatformSchema,
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  name: z.string().check(z.maxLength(200)),
  firstSeen: IsoDate,
  lastSeen: IsoDate,
  /**
   * How Opposer learnt of it: seen logged in on Meta's pages, listed on an Accounts Center page
   * (a Facebook id is not known yet then), or added by hand in the popup.
   */
  origin: z._default(z.enum(['seen', 'accounts-center', 'manual']), 'seen'),
  /** 'page': a Facebook Page, which cannot object through the form (its row says so); absent: a person's profile. */
  kind: z.optional(AccountKindSchema),
});

/** Accounts that share one Accounts Center: one objection covers them all. */
export const GroupSchema = z.object({
  id: z.string().check(z.minLength(1)),
  accountKeys: z.array(AccountKeySchema),
  /** 'accounts-center' when read from Meta's page, 'user' when the user set it. */
  source: z.enum(['accounts-center', 'user']),
  updatedAt: IsoDate,
});

/** An authority's code in lib/followup/authorities.ts: "FR", or "DE-BY" for a German Land. */
export const AuthorityCodeSchema = z.string().check(z.regex(/^[A-Z]{2}(-[A-Z]{2})?$/));

export const FollowUpSchema = z.object({
  /** When the user checked in Accounts Center ("Recent emails") that Meta's e-mail is genuine. */
  genuineCheckedAt: z.nullable(IsoDate),
  /** When the user prepared a complaint to their authority with the complaint kit, and to which. */
  complaintPreparedAt: z.nullable(IsoDate),
  complaintAuthority: z.nullable(AuthorityCodeSchema),
});

export function emptyFollowUp(): z.infer<typeof FollowUpSchema> {
  return { genuineCheckedAt: null, complaintPreparedAt: null, complaintAuthority: null };
}

export const ObjectionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** Null for the third-party information form, which needs no account. */
  accountKey: z.nullable(AccountKeySchema),
  platform: PlatformSchema,
  kind: ObjectionKindSchema,
  formUrl: MetaUrlSchema,
  sentAt: IsoDate,
  /** The words Meta showed after Send, kept as proof. */
  confirmationText: z.string().check(z.maxLength(2000)),
  /** When the user recorded that Meta's confirmation e-mail arrived. */
  emailConfirmedAt: z._default(z.nullable(IsoDate), null),
  /** What the user did while waiting for Meta (version 3 of the record). */
  followUp: z._default(FollowUpSchema, emptyFollowUp),
  /** 'by-hand': the user recorded it, sent outside this browser; absent: seen confirmed on Meta's page. */
  recorded: z.optional(z.enum(RECORDED_HOW)),
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

export const TemplatesSchema = z.partialRecord(z.enum(LANGUAGES), z.string().check(z.maxLength(5000)));

export const StateSchema = z.object({
  accounts: z._default(z.array(AccountSchema), []),
  groups: z._default(z.array(GroupSchema), []),
  objections: z._default(z.array(ObjectionSchema), []),
  /** The account last seen on each platform: forms that show no account are attributed to it. */
  lastSeen: z._default(z.partialRecord(PlatformSchema, AccountKeySchema), {}),
  session: z._default(z.nullable(SessionSchema), null),
  /** The user's own reason texts for the objection form, per language (else the defaults). */
  templates: z._default(TemplatesSchema, {}),
  /** Likewise for the third-party information form. */
  thirdPartyTemplates: z._default(TemplatesSchema, {}),
  notices: z._default(z.array(NoticeSchema), []),
  /** Tasks beyond the objection (task-records.ts). */
  tasks: z._default(z.array(TaskRecordSchema), []),
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
