import { browser } from 'wxt/browser';
import type { GuideName } from '../domain';
import { unlessGone } from '../expected-failures';
import { guideScripts } from '../guide-scripts';

/**
 * Starts the guide `name` in one frame of a tab; whether it started. Its scripts
 * (lib/guide-scripts.ts) go in one call, which runs them in order in the page's isolated world.
 * The tab may have closed or moved on, or the browser be quitting, while the page's question
 * reached the background: then nothing started, and nothing is reported (expected-failures.ts).
 */
export async function startGuideIn(name: GuideName, tabId: number, frameId: number): Promise<boolean> {
  const ran = await unlessGone(browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: guideScripts(name) }));
  return ran !== undefined;
}
