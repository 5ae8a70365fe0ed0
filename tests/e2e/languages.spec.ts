import { expect, test } from './fixtures';
import { PopupPage } from './popup-page';
import { followSteps, sendForm, startGuide } from './walk';

/** Every path, in each language the replicas speak, walked from the feed to Meta's confirmation. */
const LANGS = ['en', 'fr', 'de', 'es', 'it', 'nl'] as const;

for (const lang of LANGS) {
  test.describe(`in ${lang}`, () => {
    test.use({ browserSetup: { lang, replica: { lang } } });

    test(`Facebook (${lang}): feed → Send → sent`, async ({ ext }) => {
      const { popup, page } = await startGuide(ext, 'facebook');
      await followSteps(page, ['fb-account-menu', 'fb-settings-privacy', 'fb-privacy-center', 'fb-genai-topic', 'fb-object-link']);
      await sendForm(page, 'fb-form-submit');
      await expect.poll(() => ext.replica.submissions().length).toBe(1);
      await PopupPage.of(popup).expectStatus('facebook:marie.dupont', 'sent');
    });

    test(`Instagram (${lang}): feed → Send → sent`, async ({ ext }) => {
      const { popup, page } = await startGuide(ext, 'instagram');
      await followSteps(page, ['ig-more-menu', 'ig-settings', 'ig-privacy-center', 'ig-genai-topic', 'ig-object-link']);
      await sendForm(page, 'ig-form-submit');
      await expect.poll(() => ext.replica.submissions().length).toBe(1);
      await PopupPage.of(popup).expectStatus('instagram:marie_dupont', 'sent');
    });
  });
}

test.describe('localised host', () => {
  test('fr-fr.facebook.com with ?locale=fr_FR: the Privacy Center in French, the reason in French', async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto('https://fr-fr.facebook.com/privacy/center/?locale=fr_FR');
    await followSteps(page, ['fb-genai-topic']);
    await expect(page.locator('[data-opposer-step="fb-object-link"]')).toBeVisible({ timeout: 12_000 });
    await page.goto('https://fr-fr.facebook.com/help/contact/712876720715583');
    await expect(page.locator('textarea')).toHaveValue(/^Je m'oppose expressément/, { timeout: 12_000 });
    const popup = await PopupPage.open(ext);
    await expect(popup.account()).toHaveCount(0);
  });
});
