import { expect, test } from './fixtures';
import { privacyCenterPath, submitStep } from './paths';
import { PopupPage } from './popup-page';
import { chooseCountry, followSteps, openAtStep, sendForm, startGuide } from './walk';

/** The extension's own API, as seen inside its service worker. */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

test.describe('yes/no opening question (de)', () => {
  test.use({ browserSetup: { lang: 'de', replica: { lang: 'de', formVariant: 'yesno' } } });
  test('"Ja" is a step of its own, then the fields and Send', async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto('https://www.facebook.com/privacy/genai/');
    await followSteps(page, ['fb-object-link', 'fb-form-yes']);
    await sendForm(page, 'fb-form-submit');
    await expect.poll(() => ext.replica.submissions().length).toBe(1);
    expect(ext.replica.submissions()[0].reason).toMatch(/widerspreche/i);
  });
});

test.describe('country of residence (fr)', () => {
  test.use({ browserSetup: { lang: 'fr', replica: { lang: 'fr', formVariant: 'country' } } });
  test('points at the empty country list, leaves the choice to the user, then points at Send', async ({ ext }) => {
    const { page, marked: country } = await openAtStep(ext, 'https://help.instagram.com/contact/767264225370182', 'ig-form-country');
    await page.waitForTimeout(1000);
    expect(await country.inputValue()).toBe(''); // never chosen for the user
    await chooseCountry(page, 'ig-form-country', 'DE'); // Instagram's typeahead: typed, then picked
    await sendForm(page, 'ig-form-submit');
    await expect.poll(() => ext.replica.submissions().length).toBe(1);
    expect(ext.replica.submissions()[0].country).toBeTruthy();
  });
});

test.describe('empty e-mail (it)', () => {
  test.use({ browserSetup: { lang: 'it', replica: { lang: 'it', emailPrefilled: false } } });
  test('points at the e-mail field until the user types it', async ({ ext }) => {
    const { page, marked: email } = await openAtStep(ext, 'https://www.facebook.com/help/contact/712876720715583', 'fb-form-email');
    await expect(page.locator('textarea')).toHaveAttribute('data-opposer-prefilled', 'true');
    await email.pressSequentially('marie@example.org');
    await sendForm(page, 'fb-form-submit');
    await expect.poll(() => ext.replica.submissions().length).toBe(1);
    expect(ext.replica.submissions()[0].email).toBe('marie@example.org');
  });
});

// The 2024 forms (country, explanation, e-mailed code) are walked in routes.spec.ts.

test.describe('notice inside a dialog (es)', () => {
  test.use({ browserSetup: { lang: 'es', replica: { lang: 'es', noticeInDialog: true } } });
  test('finds the link in the dialog', async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto('https://www.facebook.com/privacy/center/');
    await followSteps(page, ['fb-genai-topic', 'fb-object-link']);
    await expect(page).toHaveURL(/\/help\/contact\/712876720715583/);
  });
});

test.describe('steps rendered as buttons (nl)', () => {
  test.use({ browserSetup: { lang: 'nl', replica: { lang: 'nl', stepsAsButtons: true } } });
  for (const platform of ['facebook', 'instagram'] as const) {
    test(`${platform}: Privacy Center and "AI bij Meta" as div[role=button]`, async ({ ext }) => {
      const { page } = await startGuide(ext, platform);
      await followSteps(page, privacyCenterPath(platform));
      await expect(page.locator(`[data-opposer-step="${submitStep(platform)}"]`)).toBeVisible({ timeout: 12_000 });
    });
  }
});

test.describe('pages rendering 3 s late', () => {
  test.use({ browserSetup: { replica: { delayMs: 3000 } } });
  test('the guide waits for each target', async ({ ext }) => {
    test.setTimeout(120_000);
    const { page } = await startGuide(ext, 'facebook');
    await followSteps(page, privacyCenterPath('facebook'));
    await sendForm(page, submitStep('facebook'));
    await expect.poll(() => ext.replica.submissions().length, { timeout: 15_000 }).toBe(1);
  });
});

test('third-party information form: prefilled, recorded apart, the account stays to do', async ({ ext }) => {
  const { page, row } = await PopupPage.afterVisiting(ext, 'https://www.facebook.com/', 'facebook:marie.dupont');
  await page.goto('https://www.facebook.com/help/contact/510058597920541');
  const email = page.locator('[data-opposer-step="fb-form-email"]');
  await expect(email).toBeVisible({ timeout: 12_000 });
  // Its own reason: information shared by others, not the account's own posts.
  await expect(page.locator('textarea')).toHaveValue(/shared by other people/);
  await email.fill('marie@example.org');
  await sendForm(page, 'fb-form-submit');
  await expect.poll(() => ext.replica.submissions().length).toBe(1);
  const storedObjections = () =>
    ext.serviceWorker.evaluate(async () =>
      ((await chrome.storage.local.get('opposer')).opposer as { objections: Array<{ kind: string; accountKey: string | null }> }).objections);
  await expect.poll(async () => (await storedObjections()).length).toBe(1);
  expect((await storedObjections())[0]).toMatchObject({ kind: 'third-party', accountKey: null });
  await expect(row).toHaveAttribute('data-status', 'todo');
});

test('the user stops guiding: the marker goes away and the session ends', async ({ ext }) => {
  const { page } = await startGuide(ext, 'facebook');
  await expect(page.locator('[data-opposer-step="fb-account-menu"]')).toBeVisible({ timeout: 12_000 });
  await page.locator('[data-opposer-ui]').getByRole('button', { name: 'Stop guiding' }).click();
  await expect(page.locator('[data-opposer-step]')).toHaveCount(0);
  await page.reload();
  await page.waitForTimeout(2000);
  await expect(page.locator('[data-opposer-step]')).toHaveCount(0);
});

test.describe('a page in another language than the browser', () => {
  test.use({ browserSetup: { lang: 'en', replica: { lang: 'fr' } } });
  test('the tooltip quotes the words the page shows', async ({ ext }) => {
    const { page } = await openAtStep(ext, 'https://www.facebook.com/privacy/center/', 'fb-genai-topic');
    const tooltip = page.locator('[data-opposer-ui] [role="status"]');
    await expect(tooltip).toContainText('Click “AI at Meta”. On this page: “L’IA chez Meta”');
  });
});
