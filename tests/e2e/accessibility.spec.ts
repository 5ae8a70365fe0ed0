import { expect, openExtensionPage, test } from './fixtures';
import { axeViolations, tabToPlatform } from './keyboard-and-axe';
import { PopupPage } from './popup-page';
import { startGuide } from './walk';

for (const lang of ['en', 'fr'] as const) {
  test.describe(`accessibility (${lang})`, () => {
    test.use({ browserSetup: { lang, replica: { lang } } });

    test(`popup and options: no axe violations (${lang})`, async ({ ext }) => {
      const popupPage = await PopupPage.open(ext);
      const popup = popupPage.page;
      const page = await ext.context.newPage();
      await page.goto('https://www.facebook.com/');
      await expect(popupPage.account()).toHaveCount(1, { timeout: 15_000 });
      await page.goto('https://www.instagram.com/');
      await expect(popupPage.account()).toHaveCount(2, { timeout: 15_000 });
      await popup.bringToFront();
      await expect(popup.locator('html')).toHaveAttribute('lang', new RegExp(`^${lang}`));
      // Open every disclosure so that its content is checked too.
      for (const summary of await popup.locator('summary').all()) await summary.click();
      expect(await axeViolations(popup)).toEqual([]);

      const options = await openExtensionPage(ext, 'options.html');
      await expect(options.locator('textarea')).toBeVisible();
      expect(await axeViolations(options)).toEqual([]);
    });
  });
}

test('the popup works with the keyboard alone', async ({ ext }) => {
  const popupPage = await PopupPage.open(ext);
  const popup = popupPage.page;
  await expect(popupPage.guideButton('facebook')).toBeVisible();
  expect(await tabToPlatform(popup, 'facebook', 10)).toBe('facebook');
  const [page] = await Promise.all([ext.context.waitForEvent('page'), popup.keyboard.press('Enter')]);
  await expect(page).toHaveURL('https://www.facebook.com/');
});

test('the on-page tooltip is announced and its button works from the keyboard', async ({ ext }) => {
  const { page } = await startGuide(ext, 'facebook');
  await expect(page.locator('[data-opposer-step="fb-account-menu"]')).toBeVisible({ timeout: 12_000 });
  const tooltip = page.locator('[data-opposer-ui]').locator('[role="status"]');
  await expect(tooltip).toContainText('Step 1 of 7');
  await expect(tooltip).toHaveAttribute('aria-live', 'polite');
  const stop = page.locator('[data-opposer-ui]').getByRole('button', { name: 'Stop guiding' });
  await stop.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-opposer-step]')).toHaveCount(0);
});
