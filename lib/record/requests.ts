import { z } from 'zod';
import { GUIDE_NAMES } from '../domain';
import { LANGUAGES } from '../languages';
import { LabelKeySchema, ObjectionKindSchema, PlatformSchema, TaskSchema, UrlRuleSchema } from '../playbooks/schema';
import { isAuthorityCode } from '../followup/authorities';
import { AccountKindSchema, NOT_POSSIBLE_REASONS, TaskUrlSchema } from './task-records';
import { AccountKeySchema, AuthorityCodeSchema, MetaUrlSchema } from './schema';

/**
 * The schemas of every message's data. The background checks each request against them
 * before acting: a page can reach a content script's messages, so nothing is trusted unchecked.
 * Kept apart from messages.ts so that content scripts do not bundle zod.
 */
/** An account a content script saw logged in: its id on the site and its shown name. */
const SeenAccount = z.object({ id: z.string().min(1).max(200), name: z.string().max(200) });

export const Requests = {
  getState: z.undefined(),
  /**
   * A page of a guide's site opened (or changed its address): start the guide in it if it has
   * something to do there. `account`: the account the page showed as the content script started,
   * recorded as seen first; one that accountSeen would refuse is dropped, not the question.
   */
  pageOpened: z.object({
    guide: z.enum(GUIDE_NAMES),
    url: z.url({ protocol: /^https?$/ }),
    account: SeenAccount.optional().catch(undefined),
  }),
  getGuideContext: z.object({
    platform: PlatformSchema,
    /** The page's language, when it says; null: match Meta's words in every language. */
    pageLang: z.enum(LANGUAGES).nullable(),
    form: ObjectionKindSchema.nullable().default(null),
  }),
  accountSeen: SeenAccount.extend({ platform: PlatformSchema }),
  /** The user picked another profile of the same login: the account seen so far is no longer the active one. */
  accountSwitching: z.object({ platform: PlatformSchema }),
  accountsCenterRead: z.object({
    entries: z.array(z.object({ platform: PlatformSchema, name: z.string().min(1).max(200) })).max(50),
  }),
  objectionSent: z.object({
    platform: PlatformSchema,
    kind: ObjectionKindSchema,
    formUrl: MetaUrlSchema,
    confirmationText: z.string().max(2000),
  }),
  formFollowed: z.object({ url: MetaUrlSchema }),
  startGuide: z.object({ platform: PlatformSchema, to: z.enum(['home', 'privacy-center', 'form']).default('home') }),
  stopGuide: z.undefined(),
  addAccount: z.object({ platform: PlatformSchema, id: z.string().min(1).max(200).regex(/^[^\s:]+$/), name: z.string().max(200) }),
  renameAccount: z.object({ key: AccountKeySchema, name: z.string().max(200) }),
  mergeAccounts: z.object({ from: AccountKeySchema, into: AccountKeySchema }),
  removeAccount: z.object({ key: AccountKeySchema }),
  setLinkedAccount: z.object({ key: AccountKeySchema, withKey: AccountKeySchema.nullable() }),
  setEmailConfirmed: z.object({ objectionId: z.string().min(1), confirmed: z.boolean() }),
  reassignObjection: z.object({ objectionId: z.string().min(1), accountKey: AccountKeySchema }),
  setTemplate: z.object({
    form: ObjectionKindSchema.default('own'),
    lang: z.enum(LANGUAGES),
    text: z.string().max(5000).nullable(),
  }),
  importFile: z.object({ json: z.string().max(5_000_000) }),
  resetAll: z.undefined(),
  dismissNotices: z.undefined(),
  // followup
  setGenuineChecked: z.object({ objectionId: z.string().min(1), checked: z.boolean() }),
  complaintPrepared: z.object({
    objectionIds: z.array(z.string().min(1)).min(1).max(200),
    authority: AuthorityCodeSchema.refine(isAuthorityCode, 'unknown authority'),
  }),
  startEmailCheck: z.object({ platform: PlatformSchema }),
  // Tasks beyond the objection (lib/record/task-actions.ts).
  startTask: z.object({ task: TaskSchema }),
  stopTask: z.undefined(),
  getTaskContext: z.object({ task: TaskSchema, pageLang: z.enum(LANGUAGES).nullable() }),
  taskDone: z.object({ task: TaskSchema, url: TaskUrlSchema, confirmationText: z.string().max(2000).default('') }),
  taskNotPossible: z.object({ task: TaskSchema, url: TaskUrlSchema, reason: z.enum(NOT_POSSIBLE_REASONS) }),
  setAccountKind: z.object({ key: AccountKeySchema, kind: AccountKindSchema }),
} as const;

export const PageOpenedAnswerSchema = z.object({
  /** The guide was started in the page: the content script need not ask again. */
  started: z.boolean(),
  /** The pages the guide can have something to do on (page-guide.ts): ask again on reaching one. */
  pages: z.array(UrlRuleSchema),
});

export const TaskContextSchema = z.object({
  /** Never: a task is not part of a guided session. */
  session: z.literal(false),
  /** The user started this task from the popup, less than an hour ago: the guide shows its steps. */
  guiding: z.boolean(),
  labels: z.partialRecord(LabelKeySchema, z.array(z.string())),
});


export const GuideContextSchema = z.object({
  /** A guided session started from the popup runs on this platform: its session-only steps show too. */
  session: z.boolean(),
  /** Point at the steps at all: a session runs, or the account last seen on this platform is not done yet. */
  guiding: z.boolean(),
  /** The reason to prefill, in the requested language: the user's own text or the default. */
  reasonTemplate: z.string(),
  /** Meta's words to match on this page (see lib/playbooks/label-lists.ts). */
  labels: z.partialRecord(LabelKeySchema, z.array(z.string())),
  /** The last objection form the user opened from Meta's notice (any /help/contact/ id). */
  followedFormUrl: z.string().nullable(),
});
