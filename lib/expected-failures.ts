/**
 * The one place that names the failures which only mean that a tab, a frame, a page or the
 * browser went away while the extension talked to it: the user closed a tab mid-start, a page
 * navigated on, the browser is quitting, the background's worker was stopped mid-message. They
 * are expected, not errors: where they happen the work is dropped (or sent again), and nothing
 * is logged. Anything else is a real error and is left to surface.
 */

/** The browsers' own messages (Chrome's, then Firefox's), as extension API calls reject with them. */
const GONE: readonly RegExp[] = [
  // Chrome: tabs.*, scripting.executeScript on a closed tab, a frame gone or navigated away.
  /No tab with id/i,
  /No frame with id/i,
  /Frame with ID \d+ (was removed|is showing error page)/i,
  /Cannot access contents of (the page|url)/i,
  /Tabs cannot be edited right now/i,
  /The browser is shutting down/i,
  // Chrome and Firefox: a message to a page, or from a page to a worker, that is no longer there.
  /Could not establish connection\. Receiving end does not exist/i,
  /The message port closed before a response was received/i,
  /message channel closed before a response was received/i,
  /Extension context invalidated/i,
  // @webext-core/messaging, when the channel closed with no answer (the worker stopped mid-message).
  /^No response$/,
  // Firefox: a tab, a frame or a content process gone.
  /Invalid tab ID/i,
  /Frame not found, or missing host permission/i,
  /Missing host permission for the tab/i,
  /Message manager disconnected/i,
  /Actor '[^']*' destroyed before query/i,
  /Conduits? (is|was) closed/i,
];

/** Whether `error` only says that a tab, a frame, a page or the browser went away. */
export function isGone(error: unknown): boolean {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && GONE.some((pattern) => pattern.test(message));
}

/**
 * The work's result, or `undefined` when it failed only because its tab, frame, page or the
 * browser went away. Any other failure is thrown on.
 */
export async function unlessGone<T>(work: Promise<T>): Promise<T | undefined> {
  try {
    return await work;
  } catch (error) {
    if (isGone(error)) return undefined;
    throw error;
  }
}
