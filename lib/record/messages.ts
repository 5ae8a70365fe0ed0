import { defineExtensionMessaging } from '@webext-core/messaging';
import type { z } from 'zod/mini';
import type { MESSAGES } from './requests';

export type { GuideContext, ImportResult, PageOpenedAnswer, TaskContext } from './requests';

/**
 * The protocol between the content scripts, the popup, the options page and the background
 * (the only writer), derived from the one table of messages (requests.ts): each message's
 * request data and answer. Type imports only: content scripts bundle no zod.
 */
type Messages = typeof MESSAGES;
export type RequestName = keyof Messages;
/** What a sender passes (before the schema's defaults). */
export type RequestData<K extends RequestName> = z.input<Messages[K]['request']>;
/** What a handler receives, once the background checked it (defaults applied). */
export type CheckedRequest<K extends RequestName> = z.output<Messages[K]['request']>;
/** What a message answers; nothing for a message without `answer`. */
export type AnswerTo<K extends RequestName> = Messages[K] extends { answer: infer A } ? A : void;

export type ProtocolMap = { [K in RequestName]: (data: RequestData<K>) => AnswerTo<K> };

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
