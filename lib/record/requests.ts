import { z } from 'zod/mini';
import { GUIDE_NAMES } from '../domain';
import { LANGUAGES } from '../languages';
import type { LabelKey } from '../domain';
import { ObjectionKindSchema, PlatformSchema, TaskSchema, type UrlRule } from '../playbooks/schema';
import { isAuthorityCode } from '../followup/authority-codes';
import { AccountKindSchema, NOT_POSSIBLE_REASONS, TaskUrlSchema } from './task-records';
import { AccountKeySchema, AuthorityCodeSchema, MetaUrlSchema, type State } from './schema';

/**
 * Every message, described once: the schema of its request, which the background checks before
 * acting (a page can reach a content script's messages, so nothing is trusted unchecked), and
 * the type of its answer, if it has one. messages.ts derives the protocol from this table, and
 * the background's handlers their types; content scripts import it as a type only, so they
 * bundle no zod. Answers are not parsed: they come from the background, the one writer.
 */
/** The page's own id for a fact it saw (lib/deliver.ts): sent again after a lost answer, it is recorded once. */
const DeliveryIdSchema = z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/));

/** An account a content script saw logged in: its id on the site and its shown name. */
const SeenAccount = z.object({ id: z.string().check(z.minLength(1), z.maxLength(200)), name: z.string().check(z.maxLength(200)) });


/** An answer's type, carried by the table for the protocol (a value nothing reads). */
const answers = <T>() => undefined as unknown as T;

/** The answer to pageOpened. */
export interface PageOpenedAnswer {
  /** The guide was started in the page: the content script need not ask again. */
  started: boolean;
  /** The pages the guide can have something to do on (page-guide.ts): ask again on reaching one. */
  pages: UrlRule[];
}

/** The answer to getGuideContext: what the guide needs of the record on this page. */
export interface GuideContext {
  /** A guided session started from the popup runs on this platform: its session-only steps show too. */
  session: boolean;
  /** Point at the steps at all: a session runs, or the account last seen on this platform is not done yet. */
  guiding: boolean;
  /** The reason to prefill, in the requested language: the user's own text or the default. */
  reasonTemplate: string;
  /** Meta's words to match on this page (see lib/playbooks/label-lists.ts). */
  labels: Partial<Record<LabelKey, string[]>>;
  /** The last objection form the user opened from Meta's notice (any /help/contact/ id). */
  followedFormUrl: string | null;
}

/** The answer to getTaskContext. */
export interface TaskContext {
  /** Never: a task is not part of a guided session. */
  session: false;
  /** The user started this task from the popup, less than an hour ago: the guide shows its steps. */
  guiding: boolean;
  labels: Partial<Record<LabelKey, string[]>>;
}

/** The answer to importFile: a file that does not parse changes nothing. */
export type ImportResult = { ok: true } | { ok: false; error: string };

export const MESSAGES = {
  getState: { request: z.undefined(), answer: answers<State>() },
  /**
   * A page of a guide's site opened (or changed its address): start the guide in it if it has
   * something to do there. `account`: the account the page showed as the content script started,
   * recorded as seen first; one that accountSeen would refuse is dropped, not the question.
   */
  pageOpened: { request: z.object({
    guide: z.enum(GUIDE_NAMES),
    url: z.url({ protocol: /^https?$/ }),
    account: z.catch(z.optional(SeenAccount), undefined),
  }), answer: answers<PageOpenedAnswer>() },
  getGuideContext: { request: z.object({
    platform: PlatformSchema,
    /** The page's language, when it says; null: match Meta's words in every language. */
    pageLang: z.nullable(z.enum(LANGUAGES)),
    form: z._default(z.nullable(ObjectionKindSchema), null),
  }), answer: answers<GuideContext>() },
  accountSeen: { request: z.extend(SeenAccount, { platform: PlatformSchema }) },
  /** The user picked another profile of the same login: the account seen so far is no longer the active one. */
  accountSwitching: { request: z.object({ platform: PlatformSchema }) },
  accountsCenterRead: { request: z.object({
    entries: z.array(z.object({ platform: PlatformSchema, name: z.string().check(z.minLength(1), z.maxLength(200)) })).check(z.maxLength(50)),
  }) },
  objectionSent: { request: z.object({
    platform: PlatformSchema,
    kind: ObjectionKindSchema,
    formUrl: MetaUrlSchema,
    confirmationText: z.string().check(z.maxLength(2000)),
    id: z.optional(DeliveryIdSchema),
  }) },
  /** The user sent the objection for this account outside this browser (the phone hand-off). */
  objectionSentByHand: { request: z.object({ accountKey: AccountKeySchema }) },
  undoObjectionByHand: { request: z.object({ objectionId: z.string().check(z.minLength(1)) }) },
  formFollowed: { request: z.object({ url: MetaUrlSchema }) },
  startGuide: { request: z.object({ platform: PlatformSchema, to: z._default(z.enum(['home', 'privacy-center', 'form']), 'home') }) },
  stopGuide: { request: z.undefined() },
  addAccount: { request: z.object({ platform: PlatformSchema, id: z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[^\s:]+$/)), name: z.string().check(z.maxLength(200)) }) },
  renameAccount: { request: z.object({ key: AccountKeySchema, name: z.string().check(z.maxLength(200)) }) },
  mergeAccounts: { request: z.object({ from: AccountKeySchema, into: AccountKeySchema }) },
  removeAccount: { request: z.object({ key: AccountKeySchema }) },
  setLinkedAccount: { request: z.object({ key: AccountKeySchema, withKey: z.nullable(AccountKeySchema) }) },
  setEmailConfirmed: { request: z.object({ objectionId: z.string().check(z.minLength(1)), confirmed: z.boolean() }) },
  reassignObjection: { request: z.object({ objectionId: z.string().check(z.minLength(1)), accountKey: AccountKeySchema }) },
  setTemplate: { request: z.object({
    form: z._default(ObjectionKindSchema, 'own'),
    lang: z.enum(LANGUAGES),
    text: z.nullable(z.string().check(z.maxLength(5000))),
  }) },
  /** Opposer's reason for a form in a language (lib/templates/defaults.ts), which only the background carries. */
  getDefaultReason: { request: z.object({ form: ObjectionKindSchema, lang: z.enum(LANGUAGES) }), answer: answers<string>() },
  importFile: { request: z.object({ json: z.string().check(z.maxLength(5_000_000)) }), answer: answers<ImportResult>() },
  resetAll: { request: z.undefined() },
  dismissNotices: { request: z.undefined() },
  // followup
  setGenuineChecked: { request: z.object({ objectionId: z.string().check(z.minLength(1)), checked: z.boolean() }) },
  complaintPrepared: { request: z.object({
    objectionIds: z.array(z.string().check(z.minLength(1))).check(z.minLength(1), z.maxLength(200)),
    authority: AuthorityCodeSchema.check(z.refine(isAuthorityCode, 'unknown authority')),
  }) },
  startEmailCheck: { request: z.object({ platform: PlatformSchema }) },
  // Tasks beyond the objection (lib/record/task-actions.ts).
  startTask: { request: z.object({ task: TaskSchema }) },
  stopTask: { request: z.undefined() },
  getTaskContext: { request: z.object({ task: TaskSchema, pageLang: z.nullable(z.enum(LANGUAGES)) }), answer: answers<TaskContext>() },
  taskDone: { request: z.object({ task: TaskSchema, url: TaskUrlSchema, confirmationText: z._default(z.string().check(z.maxLength(2000)), ''), id: z.optional(DeliveryIdSchema) }) },
  taskNotPossible: { request: z.object({ task: TaskSchema, url: TaskUrlSchema, reason: z.enum(NOT_POSSIBLE_REASONS), id: z.optional(DeliveryIdSchema) }) },
  setAccountKind: { request: z.object({ key: AccountKeySchema, kind: AccountKindSchema }) },
} as const;
