import type { Page } from '@playwright/test';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, launch, openExtensionPage, openPopup, test } from '../e2e/fixtures';
import { followSteps, sendForm, startGuide } from '../e2e/walk';

const OUT = path.resolve('demo-screenshots');
let n = 0;

/** Saves the page as demo-screenshots/NN-name.png (1280×800 for Meta's pages: store-ready). */
async function shot(name: string, page: Page) {
  await page.waitForTimeout(250); // let the highlight settle where the person would see it
  const file = path.join(OUT, `${String(++n).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file });
  console.log(`  saved ${path.relative(process.cwd(), file)}`);
}

test('the demo: both sites, from the feed to a recorded objection', async ({ userDataDir }) => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const ext = await launch(userDataDir, { lang: 'en' });
  try {
    // The person has used both sites in this browser, and opened the Accounts Center once.
    const visit = await ext.context.newPage();
    await visit.goto('https://www.instagram.com/');
    await visit.waitForTimeout(2500);
    await visit.goto('https://accountscenter.facebook.com/profiles');
    await visit.waitForTimeout(3000);
    await visit.close();

    const { popup, page } = await startGuide(ext, 'facebook');
    await popup.setViewportSize({ width: 420, height: 640 });
    await followSteps(page, ['fb-account-menu', 'fb-settings-privacy', 'fb-privacy-center', 'fb-genai-topic', 'fb-object-link'],
      (step, p) => shot(`facebook-${step}`, p));
    await sendForm(page, 'fb-form-submit', (step, p) => shot(`facebook-${step}`, p));
    await expect(page.getByText(/honour your objection/i)).toBeVisible();
    await shot('facebook-confirmation', page);

    await popup.reload();
    await expect(popup.locator('[data-account="facebook:marie.dupont"]')).toHaveAttribute('data-status', 'sent');
    await shot('popup-en', popup);

    const options = await openExtensionPage(ext, 'options.html');
    await options.setViewportSize({ width: 1280, height: 800 });
    await shot('options-en', options);
  } finally {
    await ext.context.close();
  }

  const fr = await launch(userDataDir, { lang: 'fr', replica: { lang: 'fr' } });
  try {
    const popup = await openPopup(fr);
    await popup.setViewportSize({ width: 420, height: 640 });
    await expect(popup.locator('[data-account]').first()).toBeVisible();
    await shot('popup-fr', popup);
    const { page } = await startGuide(fr, 'instagram');
    await followSteps(page, ['ig-more-menu', 'ig-settings', 'ig-privacy-center', 'ig-genai-topic', 'ig-object-link'],
      (step, p) => shot(`instagram-${step}`, p));
    await expect(page.locator('[data-opposer-step="ig-form-submit"]')).toBeVisible({ timeout: 12_000 });
    await shot('instagram-ig-form-submit', page);
  } finally {
    await fr.context.close();
  }
});
