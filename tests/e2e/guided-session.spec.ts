import { expect, test } from './fixtures';
import { followSteps, sendForm, startGuide } from './walk';

test('Facebook: "Guide me" teaches the whole path from the feed to Send', async ({ ext }) => {
  const { popup, page } = await startGuide(ext, 'facebook');
  await expect(page).toHaveURL('https://www.facebook.com/');
  await followSteps(page, ['fb-account-menu', 'fb-settings-privacy', 'fb-privacy-center', 'fb-genai-topic', 'fb-object-link']);
  await sendForm(page, 'fb-form-submit');
  await expect.poll(() => ext.replica.submissions().length).toBe(1);
  await expect(popup.locator('[data-account="facebook:marie.dupont"]')).toHaveAttribute('data-status', 'sent', { timeout: 15_000 });
});

test('Instagram: "Guide me" teaches the whole path from the feed to Send', async ({ ext }) => {
  const { popup, page } = await startGuide(ext, 'instagram');
  await expect(page).toHaveURL('https://www.instagram.com/');
  await followSteps(page, ['ig-more-menu', 'ig-settings', 'ig-privacy-center', 'ig-genai-topic', 'ig-object-link']);
  await sendForm(page, 'ig-form-submit');
  await expect.poll(() => ext.replica.submissions().length).toBe(1);
  await expect(popup.locator('[data-account="instagram:marie_dupont"]')).toHaveAttribute('data-status', 'sent', { timeout: 15_000 });
});

test('the feed shows no guide without a session', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto('https://www.facebook.com/');
  await expect(page.getByRole('button', { name: 'Your profile' })).toBeVisible();
  await page.waitForTimeout(1500);
  await expect(page.locator('[data-opposer-step]')).toHaveCount(0);
});

test('the marker goes back to the account menu when the menu closes, and follows Back', async ({ ext }) => {
  const { page } = await startGuide(ext, 'facebook');
  await followSteps(page, ['fb-account-menu']);
  await expect(page.locator('[data-opposer-step="fb-settings-privacy"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-opposer-step="fb-account-menu"]')).toBeVisible();
  await followSteps(page, ['fb-account-menu', 'fb-settings-privacy', 'fb-privacy-center', 'fb-genai-topic']);
  await expect(page.locator('[data-opposer-step="fb-object-link"]')).toBeVisible({ timeout: 12_000 });
  await page.goBack();
  await expect(page).toHaveURL(/\/privacy\/center\//);
  await expect(page.locator('[data-opposer-step="fb-genai-topic"]')).toBeVisible({ timeout: 12_000 });
  await page.goForward();
  await expect(page.locator('[data-opposer-step="fb-object-link"]')).toBeVisible({ timeout: 12_000 });
});
