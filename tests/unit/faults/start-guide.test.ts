import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startGuideIn } from '@/lib/background/start-guide';
import { openWelcomeOnce } from '@/lib/background/welcome';

/** The tab, its frame or the browser went away while the background answered the page. */
describe('a guide started in a tab that went away', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('starts the guide’s scripts in the asking frame, in one call: the shared engine and guide, then its playbooks', async () => {
    const run = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    await expect(startGuideIn('facebook', 12, 3)).resolves.toBe(true);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith({
      target: { tabId: 12, frameIds: [3] },
      files: ['/content-scripts/guide-engine.js', '/content-scripts/guide.js', '/content-scripts/facebook-guide.js'],
    });
  });

  it.each(['No tab with id: 12.', 'Frame with ID 3 was removed.', 'The browser is shutting down.', 'Invalid tab ID: 12'])(
    '"%s": not started, and no rejection',
    async (message) => {
      vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error(message));
      await expect(startGuideIn('instagram', 12, 0)).resolves.toBe(false);
    },
  );

  it('any other failure is still an error', async () => {
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Could not load file'));
    await expect(startGuideIn('facebook', 12, 0)).rejects.toThrow('Could not load file');
  });

  it('the welcome page, on a first start cut short by the browser quitting: remembered, no rejection', async () => {
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(new Error('The browser is shutting down.'));
    await expect(openWelcomeOnce()).resolves.toBe(true);
    await expect(openWelcomeOnce()).resolves.toBe(false);
  });
});

describe('a task started while the browser quits', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('keeps the task running, with no rejection', async () => {
    const { runningTask, startTask } = await import('@/lib/background/task-session');
    vi.spyOn(fakeBrowser.tabs, 'create').mockRejectedValue(new Error('The browser is shutting down.'));
    await expect(startTask('private-account')).resolves.toBeUndefined();
    await expect(runningTask()).resolves.toBe('private-account');
  });
});
