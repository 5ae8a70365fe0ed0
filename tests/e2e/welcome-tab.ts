import type { BrowserContext, Page, Worker } from '@playwright/test';

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

/** The welcome tab, when the extension opened one in this launch (first install); else null. */
export async function welcomeTabOfThisLaunch(context: BrowserContext, serviceWorker: Worker, launchedAt: number): Promise<Page | null> {
  // The background writes the flag before it opens the tab: wait for the flag, then for the tab.
  let shownAt: string | undefined;
  for (const deadline = Date.now() + 10_000; !shownAt && Date.now() < deadline; ) {
    const stored = await serviceWorker.evaluate(() => chrome.storage.local.get('welcomeShown'));
    shownAt = (stored.welcomeShown as { shownAt?: string } | undefined)?.shownAt;
    if (!shownAt) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!shownAt) throw new Error('the background never recorded the welcome flag');
  if (Date.parse(shownAt) < launchedAt) return null;
  const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
  return context.pages().find(isWelcome) ?? context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 });
}
