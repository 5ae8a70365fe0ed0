/**
 * Firefox as a phone (issue 20): Firefox for Android's user agent and a 390 × 844 window. The
 * manifest declares Android; the popup fits the screen; "Guide me" opens the site's Privacy
 * Center and the popup closes itself; the guide walks from there to Send on both sites with the
 * target, ring and tooltip inside the screen, the tooltip off the target.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { PLAYBOOKS } from '../../lib/playbooks/registry';
import { MIN_CONTROL_PX, PHONE_VIEWPORT } from '../phone';
import { guideProblems, readGuideBoxes, readPageProblems } from '../phone-fit';
import { EXTENSION_PATH, openExtensionPage, poll } from './firefox';
import { ARTIFACTS, firefoxForFile } from './firefox-per-file';
import { followSteps, sendForm, tabOpenedAt, waitForMarked } from './walk';


/** After each step's mark: the phone rules hold on real boxes (after the tooltip's next frame). */
const checked = (page: Page, shot?: { step: string; file: string }) => async (step: string) => {
  const boxes = await poll(async () => {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    return page.evaluate(readGuideBoxes, step);
  }, `${step}'s boxes`);
  expect(guideProblems(boxes), step).toEqual([]);
  if (shot?.step === step) await page.screenshot({ path: path.join(ARTIFACTS, shot.file) });
};

/** The popup's page is closed: Firefox no longer knows its browsing context (puppeteer's isClosed() is not told). */
function popupGone(popup: Page): Promise<true | undefined> {
  return popup.evaluate(() => 'open').then(
    () => undefined,
    (error: unknown) => (/no such frame|not found/i.test(String(error)) ? true : undefined),
  );
}

describe('Firefox as a phone: Android declared, the popup fits, the guide from the Privacy Center to Send', () => {
  const firefox = firefoxForFile({ phone: true });

  test('the manifest declares Firefox for Android', () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_PATH, 'manifest.json'), 'utf8')) as { browser_specific_settings: Record<string, unknown> };
    const android = manifest.browser_specific_settings.gecko_android as { strict_min_version?: string } | undefined;
    expect(android?.strict_min_version).toMatch(/^\d+\.\d+$/);
  });

  for (const platform of ['facebook', 'instagram'] as const) {
    test(`${platform}: the popup fits the phone, Guide me opens the Privacy Center and closes the popup, the guide walks to Send`, async () => {
      const popup = await openExtensionPage(firefox(), 'popup.html');
      await popup.waitForSelector('[data-summary]');
      expect(await popup.evaluate(readPageProblems, MIN_CONTROL_PX)).toEqual([]);
      if (platform === 'facebook') await popup.screenshot({ path: path.join(ARTIFACTS, 'phone-popup.png'), fullPage: true });
      // The popup closes itself once the tab is on its way, perhaps before the click returns.
      await popup.click(`[data-action="guide"][data-platform="${platform}"]:not([data-task])`).catch((error: unknown) => {
        if (!/no such frame|not found|closed/i.test(String(error))) throw error;
      });
      const page = await tabOpenedAt(firefox(), PLAYBOOKS[platform].privacyCenterUrl);
      // puppeteer sizes only the tabs it opens itself: the one the add-on opened gets the phone's size here.
      await page.setViewport(PHONE_VIEWPORT);
      await poll(() => popupGone(popup), 'the popup to close itself');
      const prefix = PLAYBOOKS[platform].prefix;
      await followSteps(page, [`${prefix}-genai-topic`, `${prefix}-object-link`], checked(page, { step: `${prefix}-object-link`, file: `phone-${platform}.png` }));
      await waitForMarked(page, `${prefix}-form-submit`);
      await checked(page)(`${prefix}-form-submit`);
      await sendForm(page, `${prefix}-form-submit`);
      await poll(() => Promise.resolve(firefox().replica.submissions().length === (platform === 'facebook' ? 1 : 2) ? true : undefined), 'the submission');
    });
  }
});
