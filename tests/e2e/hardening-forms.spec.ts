/**
 * Hardening 4: the extension never sends the form. On every form variant, once the guide points
 * at Send, nothing is posted for 4 s and the page's own state says it was not sent.
 */
import type { Page } from '@playwright/test';
import { clickMarked, expect, test, type Browser } from './fixtures';
import type { ReplicaOptions } from '../replica';
import { chooseCountry } from './walk';

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

/** Each form variant, and what the user does on it before the guide points at Send. */
const CASES: ReadonlyArray<{ name: string; replica?: ReplicaOptions; url: string; userFirst?: (page: Page) => Promise<void>; submit: string }> = [
  { name: 'Facebook 2025 form', url: 'https://www.facebook.com/help/contact/712876720715583', submit: 'fb-form-submit' },
  { name: 'Instagram 2025 form', url: 'https://help.instagram.com/contact/767264225370182', submit: 'ig-form-submit' },
  {
    name: 'Facebook 2024 form, after the user chooses the required country',
    url: 'https://www.facebook.com/help/contact/6359191084165019',
    userFirst: (page) => chooseCountry(page, 'fb-form-country', 'FR'),
    submit: 'fb-form-submit',
  },
  {
    name: 'third-party form, e-mail typed by the user',
    url: 'https://www.facebook.com/help/contact/510058597920541',
    userFirst: async (page) => {
      const email = page.locator('[data-opposer-step="fb-form-email"]');
      await email.waitFor({ timeout: 12_000 });
      await email.pressSequentially('marie@example.org');
    },
    submit: 'fb-form-submit',
  },
  {
    name: 'yes/no form, after the user answers Yes',
    replica: { formVariant: 'yesno' },
    url: 'https://www.facebook.com/help/contact/712876720715583',
    userFirst: (page) => clickMarked(page, 'fb-form-yes'),
    submit: 'fb-form-submit',
  },
  {
    name: 'country form, after the user chooses a country',
    replica: { formVariant: 'country' },
    url: 'https://help.instagram.com/contact/767264225370182',
    userFirst: (page) => chooseCountry(page, 'ig-form-country', 'FR'),
    submit: 'ig-form-submit',
  },
];

for (const c of CASES) {
  test.describe(c.name, () => {
    test.use({ browserSetup: { replica: c.replica ?? {} } });
    test(`${c.name}: pointed at Send, never sent`, async ({ ext }) => {
      const page = await ext.context.newPage();
      await page.goto(c.url);
      await c.userFirst?.(page);
      await neverSent(ext, page, c.submit);
    });
  });
}
