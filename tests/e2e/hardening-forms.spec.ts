/**
 * Hardening 4: the extension never sends the form. On every form variant, once the guide points
 * at Send, nothing is posted for 4 s and the page's own state says it was not sent.
 */
import type { Page } from '@playwright/test';
import { clickMarked, expect, test, type Browser } from './fixtures';

interface FormState {
  sent: boolean;
  reason: string;
}

/** The guide points at Send, the reason is prefilled; 4 s later nothing was sent. */
async function neverSent(ext: Browser, page: Page, submitStep: string): Promise<void> {
  await expect(page.locator(`[data-opposer-step="${submitStep}"]`)).toBeVisible({ timeout: 12_000 });
  await expect(page.locator('textarea[data-opposer-prefilled="true"]')).toBeVisible();
  await page.waitForTimeout(4000);
  await expect(page.locator(`[data-opposer-step="${submitStep}"]`)).toBeVisible();
  expect(ext.replica.submissions()).toEqual([]);
  const state = await page.evaluate(() => (window as unknown as { __replicaState(): FormState }).__replicaState());
  expect(state.sent).toBe(false);
  // The prefill did reach the page's state: the form was ready to send, and still was not sent.
  expect(state.reason.length).toBeGreaterThan(20);
}

test.describe.configure({ mode: 'parallel' });

test.describe('plain forms', () => {
  for (const [name, url, submit] of [
    ['Facebook 2025 form', 'https://www.facebook.com/help/contact/712876720715583', 'fb-form-submit'],
    ['Instagram 2025 form', 'https://help.instagram.com/contact/767264225370182', 'ig-form-submit'],
  ] as const) {
    test(`${name}: pointed at Send, never sent`, async ({ ext }) => {
      const page = await ext.context.newPage();
      await page.goto(url);
      await neverSent(ext, page, submit);
    });
  }

  test('Facebook 2024 form, after the user chooses the required country: pointed at Send, never sent', async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto('https://www.facebook.com/help/contact/6359191084165019');
    const country = page.locator('[data-opposer-step="fb-form-country"]');
    await expect(country).toBeVisible({ timeout: 12_000 });
    await country.selectOption('FR');
    await neverSent(ext, page, 'fb-form-submit');
  });

  test('third-party form, e-mail typed by the user: pointed at Send, never sent', async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto('https://www.facebook.com/help/contact/510058597920541');
    const email = page.locator('[data-opposer-step="fb-form-email"]');
    await expect(email).toBeVisible({ timeout: 12_000 });
    await email.pressSequentially('marie@example.org');
    await neverSent(ext, page, 'fb-form-submit');
  });
});

test.describe('yes/no form', () => {
  test.use({ browserSetup: { replica: { formVariant: 'yesno' } } });
  test('after the user answers Yes: pointed at Send, never sent', async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto('https://www.facebook.com/help/contact/712876720715583');
    await clickMarked(page, 'fb-form-yes');
    await neverSent(ext, page, 'fb-form-submit');
  });
});

test.describe('country form', () => {
  test.use({ browserSetup: { replica: { formVariant: 'country' } } });
  test('after the user chooses a country: pointed at Send, never sent', async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto('https://help.instagram.com/contact/767264225370182');
    const country = page.locator('[data-opposer-step="ig-form-country"]');
    await expect(country).toBeVisible({ timeout: 12_000 });
    await country.selectOption('FR');
    await neverSent(ext, page, 'ig-form-submit');
  });
});
