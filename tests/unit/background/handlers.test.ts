import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MESSAGES } from '@/lib/record/requests';

/** The names the background registers a handler for, caught as it registers them. */
const registered = vi.hoisted(() => [] as string[]);
vi.mock('@/lib/record/messages', () => ({
  onMessage: (name: string) => {
    registered.push(name);
    return () => undefined;
  },
  sendMessage: vi.fn(),
}));

beforeEach(() => {
  fakeBrowser.reset();
  registered.length = 0;
});

describe('the message table and the background agree', () => {
  it('every message of the table has exactly one handler, and every handler a message', async () => {
    const { registerHandlers } = await import('@/entrypoints/background/handlers');
    registerHandlers();
    expect([...registered].sort()).toEqual(Object.keys(MESSAGES).sort());
    expect(new Set(registered).size).toBe(registered.length);
  });
});
