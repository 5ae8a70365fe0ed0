/**
 * On a phone (issue 20), with Chromium's phone emulation (tests/phone.ts: 390 × 844, touch, a
 * phone's user agent): the popup's "Guide me" opens the site's Privacy Center and the popup
 * closes itself; from there the guide walks to Send with the target, ring and tooltip inside
 * the viewport, the tooltip off the target and a tap on the target reaching it. Opposer's own
 * pages fit 360 px: no sideways scrolling, no control under 40 px. On Meta's phone site
 * (m.facebook.com) the guide marks nothing. OPPOSER_PHONE_SHOTS=1 keeps a screenshot of each
 * page and step in demo-screenshots/phone/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Platform } from '@/lib/domain';
import { PLAYBOOKS } from '@/lib/playbooks/registry';
import { MIN_CONTROL_PX, NARROW_PHONE_WIDTH, PHONE_VIEWPORT } from '../phone';
import { guideProblems, readGuideBoxes, readPageProblems, readUiBoxes, uiProblems } from '../phone-fit';
import { expect, markedStep, openExtensionPage, openPopup, test, type Browser } from './fixtures';
import { privacyCenterPath, submitStep } from './paths';
import { followSteps, sendForm } from './walk';

test.use({ browserSetup: { phone: true } });

const SHOTS = process.env.OPPOSER_PHONE_SHOTS ? path.resolve('demo-screenshots/phone') : null;

async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** The walk from the Privacy Center on: the counted steps of the desktop path that a phone keeps. */
function phonePath(platform: Platform): string[] {
  const desktopOnly = new Set(PLAYBOOKS[platform].steps.filter((s) => s.desktopOnly).map((s) => s.id));
  return privacyCenterPath(platform).filter((id) => !desktopOnly.has(id));
}

/** At each step: the phone rules hold on real boxes. */
const checkedStep = (lang: string) => async (step: string, page: Page) => {
  // The tooltip follows a scroll on the next frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(guideProblems(await page.evaluate(readGuideBoxes, step)), step).toEqual([]);
  await shoot(page, `${lang}-${step}`);
};

/**
 * A click on a control of the popup that opens a tab: on a phone the popup then closes itself,
 * which may happen before Playwright's click has returned. Its closing is what the caller waits
 * for; a click that fails for any other reason still fails.
 */
async function clickClosingPopup(control: Locator): Promise<void> {
  await control.click({ noWaitAfter: true }).catch((error: unknown) => {
    if (!/Target page, context or browser has been closed/.test(String(error))) throw error;
  });
}

/** Guide me in the popup: the Privacy Center opens in a new tab and the popup closes itself. */
async function guideFromPopup(ext: Browser, platform: Platform): Promise<Page> {
  const popup = await openPopup(ext);
  const closed = popup.waitForEvent('close', { timeout: 5_000 });
  const [page] = await Promise.all([
    ext.context.waitForEvent('page'),
    clickClosingPopup(popup.locator(`[data-action="guide"][data-platform="${platform}"]:not([data-task])`)),
  ]);
  await closed;
  await expect(page).toHaveURL(PLAYBOOKS[platform].privacyCenterUrl);
  return page;
}

/** Opposer's own pages at 360 and 390 px: no sideways scrolling, every control 40 px tall at least. */
async function ownPagesFit(ext: Browser, lang: string): Promise<void> {
  for (const file of ['popup.html', 'options.html', 'welcome.html', 'complaint.html']) {
    const page = await openExtensionPage(ext, file);
    await expect(page.locator('main')).toBeVisible();
    await page.waitForLoadState('networkidle');
    for (const width of [NARROW_PHONE_WIDTH, PHONE_VIEWPORT.width]) {
      await page.setViewportSize({ width, height: PHONE_VIEWPORT.height });
      expect(await page.evaluate(readPageProblems, MIN_CONTROL_PX), `${file} at ${width} px`).toEqual([]);
      if (SHOTS) {
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: path.join(SHOTS, `${lang}-${file.replace('.html', '')}-${width}.png`), fullPage: true });
      }
    }
    await page.close();
  }
}

for (const { platform, lang } of [{ platform: 'facebook', lang: 'en' }, { platform: 'instagram', lang: 'fr' }] as const) {
  test.describe(lang, () => {
    test.use({ browserSetup: { phone: true, lang, replica: { lang } } });

    test(`${platform}: Guide me opens the Privacy Center, the guide walks to Send inside a phone's screen; Opposer's pages fit 360 px; a popup link closes the popup (${lang})`, async ({ ext }) => {
      const page = await guideFromPopup(ext, platform);
      await followSteps(page, phonePath(platform), checkedStep(lang));
      await sendForm(page, submitStep(platform), checkedStep(lang));
      await expect.poll(() => ext.replica.submissions().length).toBe(1);
      await ownPagesFit(ext, lang);
      // A link of the popup that opens a tab closes it too.
      const popup = await openPopup(ext);
      const closed = popup.waitForEvent('close', { timeout: 5_000 });
      await Promise.all([ext.context.waitForEvent('page'), clickClosingPopup(popup.locator('a[href="https://accountscenter.facebook.com/profiles"]'))]);
      await closed;
    });
  });
}

/** Meta's notice with two equally likely "object" links: the guide marks neither, and the fallback panel speaks. */
const TWO_LINKS = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>AI at Meta</title></head>
  <body><div role="main" style="margin:16px;font:16px sans-serif"><h1>AI at Meta</h1>
  <p>You have the right to <a href="https://www.facebook.com/help/contact/111111111111111">object</a> to this.</p>
  <p>You have the right to <a href="https://www.facebook.com/help/contact/222222222222222">object</a> to that.</p></div></body></html>`;

test('m.facebook.com, during a guided session: nothing marked, no panel, on its home and its menu of nameless boxes; the fallback panel fits 360 px', async ({ ext }) => {
  await (await guideFromPopup(ext, 'facebook')).close();
  // Both pages wait out the fallback's 8 s side by side.
  const unsure = await ext.context.newPage();
  await unsure.setViewportSize({ width: NARROW_PHONE_WIDTH, height: PHONE_VIEWPORT.height });
  await unsure.route('https://www.facebook.com/privacy/genai/', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: TWO_LINKS }));
  await unsure.goto('https://www.facebook.com/privacy/genai/');

  // A phone's user agent asking for Facebook's feed is sent to Meta's phone site.
  const page = await ext.context.newPage();
  await page.goto('https://www.facebook.com/');
  await expect(page).toHaveURL('https://m.facebook.com/');
  await page.locator('[data-mcomponent="MContainer"][role="button"]').last().click();
  await expect(page).toHaveURL('https://m.facebook.com/bookmarks/');
  await expect(page.locator('[role="button"][data-mcomponent="MContainer"]').filter({ hasText: 'Settings & privacy' })).toBeVisible();
  const menuShownAt = Date.now();

  await expect(unsure.locator('[data-opposer-ui] .panel')).toBeVisible({ timeout: 14_000 });
  expect(await unsure.locator('[data-opposer-step]').count()).toBe(0);
  expect(uiProblems(await unsure.evaluate(readUiBoxes))).toEqual([]);
  await shoot(unsure, 'en-fallback-360');
  // Longer than the fallback waits (8 s) on the menu: it would have spoken there, had the guide tried a step.
  await page.waitForTimeout(Math.max(0, menuShownAt + 9_000 - Date.now()));
  expect(await markedStep(page)).toBeNull();
  await expect(page.locator('[data-opposer-ui]')).toHaveCount(0);
});
