/**
 * Hardening 1 and 2: over every replica page, in English and French, the extension logs no
 * error or warning anywhere (pages, popup, options, service worker, content scripts), the
 * replica pages log none either, and the extension makes no request of its own.
 */
import type { Page } from '@playwright/test';
import { expect, openExtensionPage, test, type Browser } from './fixtures';
import { watchConsole, watchRequests } from './hardening-helpers';
import { privacyCenterPath, submitStep } from './paths';
import { PopupPage } from './popup-page';
import { followSteps, openAtStep, sendForm, startGuide } from './walk';

/** Every host the walk visits: a request to any other host is one no page asked for. */
const HOSTS = [
  'www.facebook.com',
  'accountscenter.facebook.com',
  'accountscenter.instagram.com',
  'accountscenter.meta.com',
  'www.instagram.com',
  'privacycenter.instagram.com',
  'help.instagram.com',
];

/** Waits until the content script has read the Accounts Center: the popup shows a new group. */
async function readAccountsCenter(page: Page, popup: PopupPage, url: string): Promise<void> {
  const group = popup.groups;
  const before = (await group.count()) ? await group.first().getAttribute('data-group') : null;
  await page.goto(url);
  await expect(page.getByRole('listitem').first()).toBeVisible();
  await expect.poll(async () => ((await group.count()) ? await group.first().getAttribute('data-group') : null), { timeout: 12_000 })
    .not.toBe(before);
}

/** Every replica page a user meets, with the extension at work on each. */
async function walkEverything(ext: Browser): Promise<void> {
  // The third-party form (no account needed): the user types the e-mail and sends it.
  const { page: thirdParty, marked: email } = await openAtStep(ext, 'https://www.facebook.com/help/contact/510058597920541', 'fb-form-email');
  await email.fill('marie@example.org');
  await sendForm(thirdParty, 'fb-form-submit');
  await expect.poll(() => ext.replica.submissions().length).toBe(1);
  await thirdParty.waitForTimeout(800);
  await thirdParty.close();

  // Facebook: a guided session from the feed through both menus to the form, sent.
  const guided = await startGuide(ext, 'facebook');
  const page = guided.page;
  const popup = PopupPage.of(guided.popup);
  await followSteps(page, privacyCenterPath('facebook'));
  await sendForm(page, submitStep('facebook'));
  await expect.poll(() => ext.replica.submissions().length).toBe(2);
  await popup.expectStatus('facebook:marie.dupont', 'sent');

  // The profile, the Privacy Center, the generative-AI page, the 2024 form.
  await page.goto('https://www.facebook.com/marie.dupont');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('https://www.facebook.com/privacy/center/');
  await expect(page.locator('h1')).toBeVisible();
  await page.goto('https://www.facebook.com/privacy/genai/');
  await expect(page.locator('h1')).toBeVisible();
  await page.goto('https://www.facebook.com/help/contact/6359191084165019');
  await expect(page.locator('textarea')).toBeVisible();
  await page.waitForTimeout(800);

  // The Accounts Center's profiles, on its three hosts.
  await readAccountsCenter(page, popup, 'https://accountscenter.facebook.com/profiles');
  await readAccountsCenter(page, popup, 'https://accountscenter.instagram.com/profiles');
  await readAccountsCenter(page, popup, 'https://accountscenter.meta.com/profiles');
  await page.close();

  // Instagram: a guided session from the feed through the More menu and Settings to the form.
  const instagram = await startGuide(ext, 'instagram');
  await followSteps(instagram.page, privacyCenterPath('instagram'));
  await expect(instagram.page.locator(`[data-opposer-step="${submitStep('instagram')}"]`)).toBeVisible({ timeout: 12_000 });
  // The 2024 form asks for the country before anything else can be sent.
  await instagram.page.goto('https://help.instagram.com/contact/233964459562201');
  await expect(instagram.page.locator('[data-opposer-step="ig-form-country"]')).toBeVisible({ timeout: 12_000 });
  await instagram.page.goto('https://www.instagram.com/marie_dupont/');
  await expect(instagram.page.getByRole('heading', { level: 2 })).toBeVisible();
  await instagram.page.waitForTimeout(1600);

  // The extension's own pages: the popup (shown above throughout), the options, the printable proof.
  const options = await openExtensionPage(ext, 'options.html');
  await options.locator('[data-action="print"]').click();
  await expect(options.locator('main.proof')).toBeVisible();
  await options.getByRole('button').first().click();
  await expect(options.locator('[data-action="import-json"]')).toBeAttached();
  const freshPopup = PopupPage.of(await openExtensionPage(ext, 'popup.html'));
  await expect(freshPopup.guideButton()).toHaveCount(2);
  await freshPopup.page.waitForTimeout(500);
}

test.describe.configure({ mode: 'parallel' });

for (const lang of ['en', 'fr'] as const) {
  test.describe(`every replica page (${lang})`, () => {
    test.use({ browserSetup: { lang, replica: { lang } } });
    test(`${lang}: no console error or warning, no uncaught error, no request of the extension's own`, async ({ ext }) => {
      test.setTimeout(120_000);
      const logs = await watchConsole(ext);
      const requests = watchRequests(ext);
      await walkEverything(ext);
      expect.soft(logs.extension(), `the extension logged:\n${logs.format(logs.extension())}`).toEqual([]);
      expect.soft(logs.pages(), `the replica pages logged:\n${logs.format(logs.pages())}`).toEqual([]);
      expect.soft(requests.offending(HOSTS), 'requests the extension made').toEqual([]);
      // The walk did reach the web it was meant to: the check above had something to look at.
      expect(requests.seen().filter((r) => r.navigation).length).toBeGreaterThan(10);
    });
  });
}
