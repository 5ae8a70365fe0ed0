import { storage } from '#imports';
import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { unlessGone } from '../expected-failures';

/**
 * The welcome page opens once, on the first install. `runtime.onInstalled` alone cannot decide:
 * Chromium reports reason `install` at every launch of an unpacked build loaded from the command
 * line. So the event only asks, and this stored flag (its own small versioned item, not part of
 * the record) answers.
 */
export const WELCOME_KEY = 'welcomeShown';
export const WelcomeShownSchema = z.object({ shownAt: z.iso.datetime() });

const welcomeItem = storage.defineItem<unknown>(`local:${WELCOME_KEY}`, { fallback: null, version: 1 });

/** Wires the first-install welcome: call once, synchronously, from the background's main. */
export function openWelcomeOnFirstInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void openWelcomeOnce();
  });
}

/**
 * Opens welcome.html unless it was opened before; returns whether it did. The flag is written
 * before the tab opens, so a second event racing this one finds it. Anything stored under the
 * key, even damaged, means Opposer was installed before: the damaged value is replaced, no tab.
 */
export async function openWelcomeOnce(now = new Date()): Promise<boolean> {
  const stored = await welcomeItem.getValue();
  if (stored !== null) {
    if (!WelcomeShownSchema.safeParse(stored).success) await welcomeItem.setValue({ shownAt: now.toISOString() });
    return false;
  }
  await welcomeItem.setValue({ shownAt: now.toISOString() });
  // The browser may be quitting already (a first start cut short): the flag stays, no error.
  await unlessGone(browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }));
  return true;
}
