import { isGone } from './expected-failures';

/** Waits before each new try: the stopped worker is started again by the next message. */
const RETRY_DELAYS_MS = [200, 500, 1000, 2000, 4000];

/**
 * For a fact the page saw (an objection Meta confirmed, a task done): the same, then on for about
 * a minute. A question can be asked again on the next page; a fact seen once is not seen again,
 * and a background slow to come back (Firefox's background page reloading on a busy machine,
 * the likely cause of one Firefox faults failure: the form sent, the objection not recorded)
 * must not lose it after the short schedule's 8 s. The page's id keeps every try to one record.
 */
export const FACT_RETRY_DELAYS_MS = [...RETRY_DELAYS_MS, 8000, 15_000, 30_000];

/**
 * Sends a message until the background answers. The background's worker can stop mid-message
 * (Chrome stops an idle one) and Firefox's background page can be reloaded: the message is then
 * lost, or handled with its answer lost. So it is sent again on an expected failure
 * (expected-failures.ts). Questions (is there a guide here, the page's context) are safe to ask
 * twice; a fact (an objection Meta confirmed) carries an id the background records once. Any
 * other failure, or the last try's, is the caller's. Used by the pages in Meta's sites and by
 * Opposer's own pages for what they only ask (a write without an id must not be sent twice).
 */
export async function deliver<T>(send: () => Promise<T>, delays: readonly number[] = RETRY_DELAYS_MS): Promise<T> {
  for (const delay of delays) {
    try {
      return await send();
    } catch (error) {
      if (!isGone(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return send();
}

/** An id for a fact sent with `deliver`, unique enough for one user's record. */
export function deliveryId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
