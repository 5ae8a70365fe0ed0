import { expect, launch, test } from './fixtures';
import { PopupPage } from './popup-page';
import { followSteps, sendForm } from './walk';

// In French, on the French Privacy Center (English is walked, with a restart, in accounts-story.spec.ts).
const lang = 'fr';

test.describe(`Facebook in ${lang}, from the Privacy Center to a recorded objection`, () => {
  // Meta shows every page in the account's language; the popup follows the browser's.
  test.use({ browserSetup: { lang, replica: { lang } } });
  test(`${lang}: guides, prefills through React state, never submits, records the account as sent`, async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto('https://www.facebook.com/');
    // The account is seen on the feed; with no guided session the feed shows no guide.
    const popup = await PopupPage.open(ext);
    await popup.expectStatus('facebook:marie.dupont', 'todo');
    expect(await page.locator('[data-opposer-step]').count()).toBe(0);

    await page.goto('https://www.facebook.com/privacy/center/?locale=fr_FR');
    await followSteps(page, ['fb-genai-topic', 'fb-object-link']);
    await page.waitForURL(/\/help\/contact\/712876720715583/);

    const reason = page.locator('textarea');
    await expect(reason).toHaveAttribute('data-opposer-prefilled', 'true', { timeout: 12_000 });
    const state = await page.evaluate(() => (window as unknown as { __replicaState(): { reason: string } }).__replicaState());
    expect(state.reason).toBe(await reason.inputValue());
    expect(state.reason.length).toBeGreaterThan(100);
    expect(state.reason).toMatch(/^Je m'oppose expressément/);

    await expect(page.locator('[data-opposer-step="fb-form-submit"]')).toBeVisible();
    await page.waitForTimeout(1500);
    expect(ext.replica.submissions()).toHaveLength(0);
    await sendForm(page, 'fb-form-submit');
    await expect.poll(() => ext.replica.submissions().length).toBe(1);
    expect(ext.replica.submissions()[0].reason).toBe(state.reason);

    await popup.expectStatus('facebook:marie.dupont', 'sent');
    await expect(page.locator('[data-opposer-step]')).toHaveCount(0);

    // After a browser restart the record is still there.
    await ext.context.close();
    const again = await launch(ext.userDataDir, { lang, replica: { lang } });
    try {
      const popupAgain = await PopupPage.open(again);
      await expect(popupAgain.account('facebook:marie.dupont')).toHaveAttribute('data-status', 'sent');
    } finally {
      await again.context.close();
    }
  });
});
