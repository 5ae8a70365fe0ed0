/**
 * Meta's help forms as saved from the real pages (meta-flow.md, "Real markup"), walked clicking
 * only what the guide marks: the confirmation that opens in a window over the form left behind
 * it (the 2025 forms), and Instagram's country typeahead (the 2024 form).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Platform } from '@/lib/domain';
import { expect, test, type Browser } from './fixtures';
import { submitStep } from './paths';
import { PopupPage } from './popup-page';
import { chooseCountry, confirmCode, followSteps, openAtStep, REPLICA_ACCOUNT, sendForm } from './walk';
import { ROUTE_TEXTS, TEXTS, type ReplicaLang } from '../replica/i18n';

/** The extension's own API, as seen inside its service worker. */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

const SHOTS = 'tests/e2e/.artifacts/forms';

const storedObjections = (ext: Browser) =>
  ext.serviceWorker.evaluate(async () =>
    ((await chrome.storage.local.get('opposer')).opposer as { objections: Array<{ kind: string; accountKey: string | null }> } | undefined)?.objections ?? []);

const GENAI_PAGE = { facebook: 'https://www.facebook.com/privacy/genai/', instagram: 'https://privacycenter.instagram.com/privacy/genai/' } as const;
const HOME = { facebook: 'https://www.facebook.com/', instagram: 'https://www.instagram.com/' } as const;

/** The notice's one-word link, the form, Send; then Meta's confirmation opens in a window over the form. */
async function sendToWindow(ext: Browser, platform: Platform, lang: ReplicaLang, words: string, shot: string): Promise<{ page: Page; popup: PopupPage }> {
  const { page, popup } = await PopupPage.afterVisiting(ext, HOME[platform], REPLICA_ACCOUNT[platform]);
  await page.goto(GENAI_PAGE[platform]);
  const p = platform === 'facebook' ? 'fb' : 'ig';
  // The link is one word inside the notice's sentence ("object", « opposer », "opporti").
  await expect(page.locator(`[data-opposer-step="${p}-object-link"]`)).toHaveText(TEXTS[lang].genai.notice.link, { timeout: 12_000 });
  await followSteps(page, [`${p}-object-link`]);
  await expect(page.locator('form[method="post"]')).toBeVisible({ timeout: 12_000 });
  await sendForm(page, submitStep(platform));
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(words);
  await expect(page.locator('textarea')).toBeAttached(); // the form stays behind the window
  mkdirSync(SHOTS, { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}/${shot}.png` });
  return { page, popup };
}

for (const [platform, lang, confirmation] of [
  ['facebook', 'it', 'applied'],
  ['facebook', 'fr', 'honour'],
  ['instagram', 'en-GB', 'honour'],
  ['instagram', 'de', 'applied'],
] as const) {
  test.describe(`confirmation in a window (${platform}, ${lang})`, () => {
    test.use({ browserSetup: { lang, replica: { lang, confirmation, confirmationWindow: true } } });
    test(`${platform} (${lang}): recorded once, the row becomes sent`, async ({ ext }) => {
      const words = confirmation === 'applied' ? ROUTE_TEXTS[lang].confirmationApplied : TEXTS[lang].form.confirmation;
      const { page, popup } = await sendToWindow(ext, platform, lang, words, `window-${platform}-${lang}`);
      await popup.expectStatus(REPLICA_ACCOUNT[platform], 'sent');
      expect(ext.replica.submissions()).toHaveLength(1);
      await expect.poll(async () => (await storedObjections(ext)).length).toBe(1);
      // The user closes the window and the page keeps changing: still one record, nothing marked.
      await page.getByRole('dialog').getByRole('button').click();
      await page.waitForTimeout(1500);
      expect(await storedObjections(ext)).toHaveLength(1);
      expect((await storedObjections(ext))[0]).toMatchObject({ kind: 'own', accountKey: REPLICA_ACCOUNT[platform] });
      await expect(page.locator('[data-opposer-step]')).toHaveCount(0);
    });
  });
}

test.describe('Instagram’s country typeahead (fr), on the 2024 form', () => {
  test.use({ browserSetup: { lang: 'fr', replica: { lang: 'fr' } } });
  test('the typeahead is a step of its own; Send is pointed at only once a suggestion is chosen', async ({ ext }) => {
    const { page, marked: country } = await openAtStep(ext, 'https://help.instagram.com/contact/233964459562201', 'ig-form-country');
    await expect(country).toHaveAttribute('id', /^u_0_/);
    mkdirSync(SHOTS, { recursive: true });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/ig-typeahead-fr.png` });
    await expect(page.locator('[data-opposer-step="ig-form-submit"]')).toHaveCount(0);
    await chooseCountry(page, 'ig-form-country', 'FR');
    await expect(page.locator('input[type="hidden"][name$="_iso2_country_code"]')).toHaveValue('FR');
    await sendForm(page, 'ig-form-submit');
    await confirmCode(page, 'ig', () => ext.replica.submissions().length);
    await expect.poll(() => ext.replica.submissions().length).toBe(1);
    expect(ext.replica.submissions()[0]).toMatchObject({ country: 'FR', code: '123456' });
  });
});

test.describe('the mobile help form (nl), as Meta\'s apps open it on m.facebook.com', () => {
  test.use({ browserSetup: { lang: 'nl', replica: { lang: 'nl', confirmationWindow: true } } });
  test('the reason is prefilled, Send (a button[type=submit]) is marked, the confirmation window counts once', async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto('https://m.facebook.com/help/contact/712876720715583');
    await expect(page.locator('form[method="post"][action="/a/help/contact_us/"]')).toBeVisible({ timeout: 12_000 });
    await expect(page.locator('[data-opposer-step="fb-form-submit"]')).toHaveAttribute('type', 'submit', { timeout: 12_000 });
    await sendForm(page, 'fb-form-submit');
    await expect(page.getByRole('dialog')).toContainText(TEXTS.nl.form.confirmation);
    await expect.poll(async () => (await storedObjections(ext)).length).toBe(1);
    expect(ext.replica.submissions()).toHaveLength(1);
  });
});
