import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod';
import { LANGUAGES } from '../languages';
import { PlatformSchema } from '../playbooks/schema';
import { AccountKeySchema, StateSchema, TemplatesSchema, type State } from './schema';

/**
 * The protocol between the content scripts, the popup, the options page and the background
 * (the only writer). Every request's data has a zod schema that the background checks before
 * acting: a page can reach a content script's messages, so nothing is trusted unchecked.
 */
export const Requests = {
  getState: z.undefined(),
  getGuideContext: z.object({ platform: PlatformSchema }),
  accountSeen: z.object({ platform: PlatformSchema, id: z.string().min(1).max(200), name: z.string().max(200) }),
  accountsCenterRead: z.object({
    entries: z.array(z.object({ platform: PlatformSchema, name: z.string().min(1).max(200) })).max(50),
  }),
  objectionSent: z.object({
    platform: PlatformSchema,
    kind: z.enum(['own', 'third-party']),
    formUrl: z.url(),
    confirmationText: z.string().max(2000),
  }),
  formFollowed: z.object({ url: z.url() }),
  startGuide: z.object({ platform: PlatformSchema, to: z.enum(['home', 'privacy-center', 'form']).default('home') }),
  stopGuide: z.undefined(),
  addAccount: z.object({ platform: PlatformSchema, id: z.string().min(1).max(200).regex(/^[^\s:]+$/), name: z.string().max(200) }),
  renameAccount: z.object({ key: AccountKeySchema, name: z.string().max(200) }),
  mergeAccounts: z.object({ from: AccountKeySchema, into: AccountKeySchema }),
  removeAccount: z.object({ key: AccountKeySchema }),
  setLinkedAccount: z.object({ key: AccountKeySchema, withKey: AccountKeySchema.nullable() }),
  setEmailConfirmed: z.object({ objectionId: z.string().min(1), confirmed: z.boolean() }),
  setTemplate: z.object({ lang: z.enum(LANGUAGES), text: z.string().max(5000).nullable() }),
  importRecord: z.object({ json: z.string().max(5_000_000) }),
  resetAll: z.undefined(),
  dismissNotices: z.undefined(),
} as const;

export type RequestName = keyof typeof Requests;
export type RequestData<K extends RequestName> = z.input<(typeof Requests)[K]>;

export const GuideContextSchema = z.object({
  sessionRunning: z.boolean(),
  /** The account last seen on this platform is done (sent, covered or confirmed). */
  accountDone: z.boolean(),
  templates: TemplatesSchema,
  /** The last objection form the user opened from Meta's notice (any /help/contact/ id). */
  followedFormUrl: z.string().nullable(),
});
export type GuideContext = z.infer<typeof GuideContextSchema>;

export type ImportResult = { ok: true } | { ok: false; error: string };

interface ProtocolMap {
  getState(): State;
  getGuideContext(data: RequestData<'getGuideContext'>): GuideContext;
  accountSeen(data: RequestData<'accountSeen'>): void;
  accountsCenterRead(data: RequestData<'accountsCenterRead'>): void;
  objectionSent(data: RequestData<'objectionSent'>): void;
  formFollowed(data: RequestData<'formFollowed'>): void;
  startGuide(data: RequestData<'startGuide'>): void;
  stopGuide(): void;
  addAccount(data: RequestData<'addAccount'>): void;
  renameAccount(data: RequestData<'renameAccount'>): void;
  mergeAccounts(data: RequestData<'mergeAccounts'>): void;
  removeAccount(data: RequestData<'removeAccount'>): void;
  setLinkedAccount(data: RequestData<'setLinkedAccount'>): void;
  setEmailConfirmed(data: RequestData<'setEmailConfirmed'>): void;
  setTemplate(data: RequestData<'setTemplate'>): void;
  importRecord(data: RequestData<'importRecord'>): ImportResult;
  resetAll(): void;
  dismissNotices(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** Parses a reply the background sent, for the callers that must not trust even that blindly. */
export function parseState(value: unknown): State {
  return StateSchema.parse(value);
}
