import { defineExtensionMessaging } from '@webext-core/messaging';
import type { z } from 'zod';
import type { GuideContextSchema, PageOpenedAnswerSchema, Requests, TaskContextSchema } from './requests';
import type { State } from './schema';

/**
 * The protocol between the content scripts, the popup, the options page and the background
 * (the only writer). Request data is checked against requests.ts by the background.
 * Type imports only: content scripts bundle no zod.
 */
export type RequestName = keyof typeof Requests;
export type RequestData<K extends RequestName> = z.input<(typeof Requests)[K]>;
export type GuideContext = z.infer<typeof GuideContextSchema>;
export type TaskContext = z.infer<typeof TaskContextSchema>;
export type PageOpenedAnswer = z.infer<typeof PageOpenedAnswerSchema>;
export type ImportResult = { ok: true } | { ok: false; error: string };

export interface ProtocolMap {
  getState(): State;
  pageOpened(data: RequestData<'pageOpened'>): PageOpenedAnswer;
  getGuideContext(data: RequestData<'getGuideContext'>): GuideContext;
  accountSeen(data: RequestData<'accountSeen'>): void;
  accountSwitching(data: RequestData<'accountSwitching'>): void;
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
  reassignObjection(data: RequestData<'reassignObjection'>): void;
  setTemplate(data: RequestData<'setTemplate'>): void;
  importFile(data: RequestData<'importFile'>): ImportResult;
  resetAll(): void;
  dismissNotices(): void;
  setGenuineChecked(data: RequestData<'setGenuineChecked'>): void;
  complaintPrepared(data: RequestData<'complaintPrepared'>): void;
  startEmailCheck(data: RequestData<'startEmailCheck'>): void;
  startTask(data: RequestData<'startTask'>): void;
  stopTask(): void;
  getTaskContext(data: RequestData<'getTaskContext'>): TaskContext;
  taskDone(data: RequestData<'taskDone'>): void;
  taskNotPossible(data: RequestData<'taskNotPossible'>): void;
  setAccountKind(data: RequestData<'setAccountKind'>): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
