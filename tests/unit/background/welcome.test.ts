import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openWelcomeOnce, WELCOME_KEY } from '@/lib/background/welcome';

beforeEach(() => {
  fakeBrowser.reset();
});

async function stored() {
  return (await fakeBrowser.storage.local.get(WELCOME_KEY))[WELCOME_KEY];
}

describe('welcome page on first install', () => {
  it('opens the welcome tab the first time only, even when `install` is reported again', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    expect(await openWelcomeOnce(new Date('2026-01-02T03:04:05.000Z'))).toBe(true);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0][0].url).toMatch(/\/welcome\.html$/);
    expect(await stored()).toEqual({ shownAt: '2026-01-02T03:04:05.000Z' });
    expect(await openWelcomeOnce()).toBe(false);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('treats a damaged flag as installed before: no tab, the flag is rewritten valid', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.storage.local.set({ [WELCOME_KEY]: 'yes' });
    expect(await openWelcomeOnce(new Date('2026-01-02T03:04:05.000Z'))).toBe(false);
    expect(create).not.toHaveBeenCalled();
    expect(await stored()).toEqual({ shownAt: '2026-01-02T03:04:05.000Z' });
  });
});
