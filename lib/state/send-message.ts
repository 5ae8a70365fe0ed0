import { browser } from 'wxt/browser';
import type { ProtocolMap } from './messages';

/**
 * The content scripts' side of the protocol in messages.ts: they only ask, so they carry none of
 * @webext-core/messaging's listener and error (de)serialising machinery (2.7 KB less in each
 * content script, which runs on every Facebook and Instagram page). Speaks the wire format of
 * the background's `onMessage` (@webext-core/messaging 4.0.0, pinned in package.json):
 * `{ id, type, data, timestamp }` out, `{ res }` or `{ err }` back.
 */
export async function sendMessage<K extends keyof ProtocolMap>(
  type: K,
  data: Parameters<ProtocolMap[K]>[0],
): Promise<ReturnType<ProtocolMap[K]>> {
  const message = { id: ++lastId, type, data, timestamp: Date.now() };
  const response = await browser.runtime.sendMessage<typeof message, Response<ReturnType<ProtocolMap[K]>> | undefined>(message);
  if (!response) throw new Error(`Opposer: no answer to ${type}`);
  if ('err' in response && response.err != null) throw new Error(response.err.message ?? `Opposer: ${type} failed`);
  return (response as { res: ReturnType<ProtocolMap[K]> }).res;
}

type Response<T> = { res: T } | { err: { message?: string } | null };

let lastId = 0;
