/**
 * Issue 22 in Firefox, where it applies: the background page reloaded (as Firefox for Android
 * kills an idle one) before every click and right after Send, tabs closed while the guide
 * starts in them. Nothing lost, nothing recorded twice, no error in Firefox's log.
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { rng } from '../replica/perturb/rng';
import { extensionLinesBesidesStoppedScripts } from './extension-log';
import { openExtensionPage, poll } from './firefox';
import { firefoxForFile } from './firefox-per-file';
import { followSteps, sendForm, waitForAttribute, waitForMarked } from './walk';

const FB_ROW = '[data-account="facebook:marie.dupont"]';
/** The replica's 2025 objection form (lib/playbooks/facebook.ts, formUrl). */
const FB_FORM = 'https://www.facebook.com/help/contact/712876720715583';

interface ExtensionApi {
  extension: { getBackgroundPage(): Window | null };
  storage: { local: { get(key: string): Promise<Record<string, { objections: unknown[] } | undefined>> } };
}

/** Reloads the background page alone (its memory gone, storage kept), and waits until it runs again. */
async function reloadBackground(control: Page): Promise<void> {
  await control.evaluate(() => (globalThis as unknown as { browser: ExtensionApi }).browser.extension.getBackgroundPage()!.location.reload());
  await poll(
    () => control.evaluate(() => {
      const background = (globalThis as unknown as { browser: ExtensionApi }).browser.extension.getBackgroundPage();
      return background?.document.readyState === 'complete' ? true : undefined;
    }),
    'the background page to run again',
  );
}

function objections(control: Page): Promise<number> {
  return control.evaluate(async () => {
    const { opposer } = await (globalThis as unknown as { browser: ExtensionApi }).browser.storage.local.get('opposer');
    return opposer?.objections.length ?? 0;
  });
}

describe('Firefox: faults', () => {
  const firefox = firefoxForFile();
  let control: Page;

  beforeAll(async () => {
    control = await openExtensionPage(firefox(), 'popup.html');
  });

  test('tabs closed 0–150 ms after they opened: the next tab is still guided', async () => {
    const feed = await firefox().browser.newPage();
    await feed.goto('https://www.facebook.com/');
    await waitForAttribute(control, FB_ROW, 'data-status', 'todo');
    const random = rng(22);
    const pages = ['https://www.facebook.com/privacy/center/', 'https://www.facebook.com/privacy/genai/', FB_FORM];
    for (let i = 0; i < 10; i++) {
      const tab = await firefox().browser.newPage();
      tab.goto(pages[i % pages.length]).catch(() => undefined); // closed before it loads, on purpose
      await new Promise((resolve) => setTimeout(resolve, random.int(151)));
      await tab.close();
    }
    await feed.close();
    const next = await firefox().browser.newPage();
    await next.goto('https://www.facebook.com/privacy/center/');
    await waitForMarked(next, 'fb-genai-topic');
    await next.close();
  });

  test('the background page reloaded before every click and right after Send: every step marked, the objection recorded once', async () => {
    const page = await firefox().browser.newPage();
    await page.goto('https://www.facebook.com/privacy/center/');
    await followSteps(page, ['fb-genai-topic', 'fb-object-link'], () => reloadBackground(control));
    await reloadBackground(control);
    await sendForm(page, 'fb-form-submit');
    await reloadBackground(control);
    await poll(() => Promise.resolve(firefox().replica.submissions().length === 1 ? true : undefined), 'one submission');
    await poll(async () => ((await objections(control)) === 1 ? true : undefined), 'the objection recorded');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await objections(control)).toBe(1);
    // The popup was open throughout: a fresh one reads the record the reloaded background keeps.
    const popup = await openExtensionPage(firefox(), 'popup.html');
    await waitForAttribute(popup, FB_ROW, 'data-status', 'sent');
  });

  test('no error from the extension in Firefox’s log', () => {
    const output = firefox().output();
    expect(output.length).toBeGreaterThan(0);
    expect(extensionLinesBesidesStoppedScripts(output)).toEqual([]);
  });
});
