import { describe, expect, it } from 'vitest';
import { isGone, unlessGone } from '@/lib/expected-failures';

/** The browsers' messages for a tab, a frame, a page or the browser gone, as their APIs reject. */
const GONE_MESSAGES = [
  'No tab with id: 1234.',
  'No frame with id 7 in tab 1234.',
  'Frame with ID 0 was removed.',
  'Frame with ID 0 is showing error page',
  'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
  'Tabs cannot be edited right now (user may be dragging a tab).',
  'The browser is shutting down.',
  'Could not establish connection. Receiving end does not exist.',
  'The message port closed before a response was received.',
  'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
  'Extension context invalidated.',
  'No response',
  'Invalid tab ID: 1234',
  'Frame not found, or missing host permission',
  'Missing host permission for the tab',
  'Message manager disconnected',
  "Actor 'Conduits' destroyed before query 'RuntimeMessage' was resolved",
];

describe('expected failures: a tab, a frame, a page or the browser gone', () => {
  it.each(GONE_MESSAGES)('"%s" is expected', (message) => {
    expect(isGone(new Error(message))).toBe(true);
    expect(isGone(message)).toBe(true);
    expect(isGone({ message })).toBe(true); // a rejection deserialised from another context
  });

  it.each([
    'Opposer: refused pageOpened: Invalid input',
    'QuotaExceededError: storage quota exceeded',
    'Cannot read properties of undefined (reading \'id\')',
    'No response from the server', // not the messaging layer's own words
  ])('"%s" is a real error', (message) => {
    expect(isGone(new Error(message))).toBe(false);
  });

  it('is false for anything without a message', () => {
    expect(isGone(undefined)).toBe(false);
    expect(isGone(null)).toBe(false);
    expect(isGone(42)).toBe(false);
  });

  it('unlessGone: the result, undefined when the tab went away, and any other failure thrown on', async () => {
    await expect(unlessGone(Promise.resolve([{ result: 1 }]))).resolves.toEqual([{ result: 1 }]);
    await expect(unlessGone(Promise.reject(new Error('No tab with id: 5.')))).resolves.toBeUndefined();
    await expect(unlessGone(Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});
