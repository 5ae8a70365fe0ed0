import { expect, test } from './fixtures';
import { privacyCenterPath, submitStep } from './paths';
import { PopupPage } from './popup-page';
import { followSteps, sendForm, startGuide } from './walk';

for (const [platform, name, home, account] of [
  ['facebook', 'Facebook', 'https://www.facebook.com/', 'facebook:marie.dupont'],
  ['instagram', 'Instagram', 'https://www.instagram.com/', 'instagram:marie_dupont'],
] as const) {
  test(`${name}: "Guide me" teaches the whole path from the feed to Send`, async ({ ext }) => {
    const { popup, page } = await startGuide(ext, platform);
    await expect(page).toHaveURL(home);
    await followSteps(page, privacyCenterPath(platform));
    await sendForm(page, submitStep(platform));
    await expect.poll(() => ext.replica.submissions().length).toBe(1);
    await PopupPage.of(popup).expectStatus(account, 'sent');
  });
}

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
