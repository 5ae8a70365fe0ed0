import type { Page } from '@playwright/test';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, launch, openExtensionPage, openPopup, test } from '../e2e/fixtures';
import { followSteps, sendForm, startGuide } from '../e2e/walk';
import { seedRecord } from '../bench/seed';
import { welcomeTabOfThisLaunch } from '../e2e/welcome-tab';
import { readFileSync } from 'node:fs';

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

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

/** The toolbar icon at 16 and 32 px on a light and a dark toolbar, with the badge Chrome draws. */
function toolbarHtml(): string {
  const icon = (size: number) => `data:image/png;base64,${readFileSync(`public/icon/${size}.png`).toString('base64')}`;
  const badge = '<span style="position:absolute;right:-7px;bottom:-5px;background:#d93025;color:#fff;font:bold 9px/11px Arial;border-radius:3px;padding:0 2px">2</span>';
  const bar = (bg: string, fg: string) => `<div style="background:${bg};color:${fg};display:flex;gap:28px;align-items:center;padding:12px 16px;font:12px system-ui">
    <img src="${icon(16)}" width="16" height="16">
    <span style="position:relative;width:16px;height:16px"><img src="${icon(16)}" width="16" height="16">${badge}</span>
    <img src="${icon(32)}" width="32" height="32">
    <span>16 px · 16 px + badge · 32 px</span></div>`;
  return `<body style="margin:0">${bar('#f1f3f4', '#202124')}${bar('#35363a', '#e8eaed')}</body>`;
}

test('the product: toolbar icon, welcome page, popup empty / half / all done, light and dark', async ({ userDataDir }) => {
  mkdirSync(OUT, { recursive: true });
  for (const lang of ['en', 'fr'] as const) {
    const dir = `${userDataDir}-${lang}`;
    const ext = await launch(dir, { lang, replica: { lang }, keepWelcome: true });
    try {
      const welcome = (await welcomeTabOfThisLaunch(ext.context, ext.serviceWorker, 0))!;
      await welcome.setViewportSize({ width: 1280, height: 800 });
      await shot(`welcome-${lang}`, welcome);
      if (lang === 'en') {
        const icons = await ext.context.newPage();
        await icons.setViewportSize({ width: 360, height: 112 });
        await icons.setContent(toolbarHtml());
        await shot('toolbar-icon', icons);
      }
      const popup = await openPopup(ext);
      await popup.setViewportSize({ width: 400, height: 600 });
      await expect(popup.locator('[data-empty]')).toBeVisible();
      await shot(`popup-empty-${lang}`, popup);
      const seed = async (linked: boolean) => {
        const record = seedRecord(3);
        if (!linked) record.groups = [];
        await ext.serviceWorker.evaluate((r) => chrome.storage.local.set({ opposer: r, 'opposer$': { v: 2 } }), record);
        await popup.reload();
        await expect(popup.locator('[data-account]')).toHaveCount(3);
      };
      await seed(false);
      await shot(`popup-half-${lang}`, popup);
      await seed(true);
      await shot(`popup-done-${lang}`, popup);
      await popup.emulateMedia({ colorScheme: 'dark' });
      await shot(`popup-done-dark-${lang}`, popup);
      await seed(false);
      await shot(`popup-half-dark-${lang}`, popup);
      await welcome.emulateMedia({ colorScheme: 'dark' });
      await shot(`welcome-dark-${lang}`, welcome);
    } finally {
      await ext.context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
});
