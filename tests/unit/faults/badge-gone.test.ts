import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshBadge } from '@/entrypoints/background/badge';

/** The badge is redrawn after every write and at start: a browser quitting refuses the toolbar. */
describe('the badge while the browser shuts down', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('a refused redraw is no rejection (the background calls it with `void`)', async () => {
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValue(new Error('The browser is shutting down.'));
    const alarm = vi.spyOn(fakeBrowser.alarms, 'clear').mockRejectedValue(new Error('The browser is shutting down.'));
    await expect(refreshBadge()).resolves.toBeUndefined();
    expect(alarm).toHaveBeenCalled();
  });

  it('any other failure is still an error', async () => {
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValue(new Error('Invalid badge text'));
    await expect(refreshBadge()).rejects.toThrow('Invalid badge text');
  });
});
