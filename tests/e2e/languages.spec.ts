import { expect, test } from './fixtures';
import { privacyCenterPath, submitStep } from './paths';
import { PopupPage } from './popup-page';
import { followSteps, REPLICA_ACCOUNT, sendForm, startGuide } from './walk';

/**
 * The replica languages routes.spec.ts does not walk (it walks every route in en, en-GB, fr and
 * de), each walked once from the feed to Meta's confirmation, the two sites taking turns. Every
 * page of both paths is matched in every language, without a browser, in
 * tests/unit/content/scenes-every-language.test.ts.
 */
const WALKS = [
  ['es', 'instagram'],
  ['it', 'facebook'],
  ['nl', 'instagram'],
] as const;

for (const [lang, platform] of WALKS) {
  test.describe(`in ${lang}`, () => {
    test.use({ browserSetup: { lang, replica: { lang } } });
    test(`${platform} (${lang}): feed → Send → sent`, async ({ ext }) => {
      const { popup, page } = await startGuide(ext, platform);
      await followSteps(page, privacyCenterPath(platform));
      await sendForm(page, submitStep(platform));
      await expect.poll(() => ext.replica.submissions().length).toBe(1);
      await PopupPage.of(popup).expectStatus(REPLICA_ACCOUNT[platform], 'sent');
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
