import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MESSAGES } from '@/lib/record/requests';

/** The names the background registers a handler for, and the handlers, caught as it registers them. */
type Handler = (message: { data: unknown; sender: object }) => unknown;
const registered = vi.hoisted(() => [] as string[]);
const handlers = vi.hoisted(() => new Map<string, Handler>());
vi.mock('@/lib/record/messages', () => ({
  onMessage: (name: string, handler: Handler) => {
    registered.push(name);
    handlers.set(name, handler);
    return () => undefined;
  },
  sendMessage: vi.fn(),
}));

beforeEach(() => {
  fakeBrowser.reset();
  registered.length = 0;
  handlers.clear();
});

describe('the message table and the background agree', () => {
  it('every message of the table has exactly one handler, and every handler a message', async () => {
    const { registerHandlers } = await import('@/entrypoints/background/handlers');
    registerHandlers();
    expect([...registered].sort()).toEqual(Object.keys(MESSAGES).sort());
    expect(new Set(registered).size).toBe(registered.length);
  });
});

describe('getDefaultReason', () => {
  it('answers Opposer’s reason for the form and language asked, and refuses a language it does not know', async () => {
    const { registerHandlers } = await import('@/entrypoints/background/handlers');
    const { defaultReason } = await import('@/lib/templates/defaults');
    registerHandlers();
    const ask = (data: unknown) => handlers.get('getDefaultReason')?.({ data, sender: {} });
    expect(ask({ form: 'own', lang: 'fr' })).toBe(defaultReason('own', 'fr'));
    expect(ask({ form: 'third-party', lang: 'de' })).toBe(defaultReason('third-party', 'de'));
    expect(defaultReason('third-party', 'de')).not.toBe(defaultReason('own', 'de'));
    expect(() => ask({ form: 'own', lang: 'xx' })).toThrow(/refused getDefaultReason/);
  });
});
