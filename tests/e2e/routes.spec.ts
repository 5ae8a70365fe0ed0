import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { privacyCenterPath, privacyPolicyPath, submitStep } from './paths';
import { PopupPage } from './popup-page';
import { chooseCountry, confirmCode, followSteps, sendForm, startGuide, type Shot } from './walk';
import { ROUTE_TEXTS, TEXTS } from '../replica/i18n';

/**
 * Every route of meta-flow.md walked to Meta's confirmation, clicking only what the guide marks
 * (the country and the e-mailed code are the user's own input, into the fields it marks).
 */
const SHOTS = 'tests/e2e/.artifacts/routes';
/** German: every step of the route (issue 8 asks to look at them); the others: the chooser and the code. */
const shoot = (lang: string): Shot => async (name, page) => {
  if (lang === 'de' || name.endsWith('form-choice') || name.endsWith('form-code')) {
    mkdirSync(SHOTS, { recursive: true });
    await page.waitForTimeout(300); // the highlight settles
    await page.screenshot({ path: `${SHOTS}/${lang}-${name}.png` });
  }
};

// The Privacy Policy route is long (fourteen marked steps, the form, the code) on a shared machine.
test.describe.configure({ timeout: 150_000 });

/** From the form's chooser to the confirmation: choice, yes, the user's country, Send, the code. */
async function finishPolicyForm(page: Page, p: 'fb' | 'ig', country: string, sent: () => number, shot?: Shot): Promise<void> {
  await followSteps(page, [`${p}-form-choice`, `${p}-form-yes`], shot);
  await chooseCountry(page, `${p}-form-country`, country);
  await sendForm(page, `${p}-form-submit`, shot);
  await confirmCode(page, p, sent, shot);
}

// Each route in two languages per site, the four languages shared between them (every page of
// every route is matched in every language in tests/unit/guide/scenes-every-language.test.ts).
for (const lang of ['en', 'de'] as const) {
  test.describe(`Privacy Policy route (${lang})`, () => {
    // The settings submenu without the Privacy Center: the guide takes the Privacy Policy route.
    const confirmation = lang === 'en' ? 'applied' : 'honour'; // both of Meta's confirmations
    test.use({ browserSetup: { lang, replica: { lang, privacyCenterEntry: false, confirmation } } });

    test(`Facebook (${lang}): feed → Settings → Privacy Policy → chooser → code → confirmation`, async ({ ext }) => {
      const { popup, page } = await startGuide(ext, 'facebook');
      await followSteps(page, privacyPolicyPath('facebook'), shoot(lang));
      await expect(page).toHaveURL(/\/help\/contact\/6359191084165019\?entry_point=privacy_policy$/);
      // Never the third-party or "different objection" option.
      const chooser = page.locator('[data-opposer-step="fb-form-choice"]');
      await expect(chooser).toBeVisible({ timeout: 12_000 });
      await expect(chooser).toHaveAttribute('aria-checked', 'false');
      expect(await chooser.textContent()).toMatch(/^(I want to object to the use|Je souhaite m’opposer à l’utilisation|Ich möchte der Verwendung)/);
      await finishPolicyForm(page, 'fb', 'IE', () => ext.replica.submissions().length, shoot(lang));
      await expect.poll(() => ext.replica.submissions().length).toBe(1);
      const [sent] = ext.replica.submissions();
      expect(sent.code).toBe('123456');
      expect(sent.reason.length).toBeGreaterThanOrEqual(100);
      await PopupPage.of(popup).expectStatus('facebook:marie.dupont', 'sent');
      await shoot(lang)('fb-confirmation', page);
    });
  });
}

for (const lang of ['en-GB', 'fr'] as const) {
  test.describe(`Instagram Privacy Policy route (${lang})`, () => {
    test.use({ browserSetup: { lang, replica: { lang, privacyCenterEntry: false } } });
    test(`Instagram (${lang}): More → Settings → Privacy Policy → chooser → code → confirmation`, async ({ ext }) => {
      const { popup, page } = await startGuide(ext, 'instagram');
      await followSteps(page, privacyPolicyPath('instagram'));
      await finishPolicyForm(page, 'ig', 'FR', () => ext.replica.submissions().length);
      await expect.poll(() => ext.replica.submissions().length).toBe(1);
      await PopupPage.of(popup).expectStatus('instagram:marie_dupont', 'sent');
    });
  });
}

// The notice on the Privacy Center home itself, over both sites ("Privacy Centre" in en-GB).
for (const [lang, platform] of [['en-GB', 'facebook'], ['en-GB', 'instagram'], ['de', 'instagram']] as const) {
  test.describe(`the notice on the Privacy Center home (${lang})`, () => {
    test.use({ browserSetup: { lang, replica: { lang, noticeOnPrivacyCenterHome: true } } });
    test(`${platform} (${lang}): the object link on the Privacy Center home itself`, async ({ ext }) => {
      const p = platform === 'facebook' ? 'fb' : 'ig';
      const { popup, page } = await startGuide(ext, platform);
      // The main path up to the Privacy Center; the notice's link is then on its home, with no topic to open.
      await followSteps(page, privacyCenterPath(platform).slice(0, -2));
      if (lang === 'en-GB') await expect(page.getByRole('heading', { name: 'Privacy Centre' })).toBeVisible();
      await expect(page.locator(`[data-opposer-step="${p}-object-link"]`)).toBeVisible({ timeout: 12_000 });
      await expect(page.locator(`[data-opposer-step="${p}-genai-topic"]`)).toHaveCount(0);
      await followSteps(page, [`${p}-object-link`]);
      await sendForm(page, submitStep(platform));
      await expect.poll(() => ext.replica.submissions().length).toBe(1);
      await PopupPage.of(popup).expectStatus(platform === 'facebook' ? 'facebook:marie.dupont' : 'instagram:marie_dupont', 'sent');
    });
  });
}

// The older "Account" button beside the "Facebook menu", and "AI at Meta" linking to
// /privacy/guide/genai as Meta's apps do: one walk covers both.
for (const lang of ['en-GB', 'fr'] as const) {
  test.describe(`the older account button and "AI at Meta" to /privacy/guide/genai (${lang})`, () => {
    test.use({ browserSetup: { lang, replica: { lang, accountMenuLabel: 'old', topicLinksToGuide: true } } });
    test(`marks the account button, never the Facebook menu, then the topic's guide link, to the confirmation (${lang})`, async ({ ext }) => {
      const { popup, page } = await startGuide(ext, 'facebook');
      const banner = ROUTE_TEXTS[lang].banner;
      const marked = page.locator('[data-opposer-step="fb-account-menu"]');
      await expect(marked).toBeVisible({ timeout: 12_000 });
      await expect(marked).toHaveAttribute('aria-label', banner.accountOld);
      await expect(page.getByRole('button', { name: banner.facebookMenu })).not.toHaveAttribute('data-opposer-step');
      await followSteps(page, ['fb-account-menu', 'fb-settings-privacy', 'fb-privacy-center']);
      const topic = page.locator('[data-opposer-step="fb-genai-topic"]');
      await expect(topic).toBeVisible({ timeout: 12_000 });
      await expect(topic).toHaveAttribute('href', '/privacy/guide/genai');
      await followSteps(page, ['fb-genai-topic', 'fb-object-link']);
      await sendForm(page, submitStep('facebook'));
      await expect.poll(() => ext.replica.submissions().length).toBe(1);
      await PopupPage.of(popup).expectStatus('facebook:marie.dupont', 'sent');
    });
  });
}

// Instagram's main path in British English (Facebook's is walked above, with the older account
// button): the settings' "Privacy Centre" link, then "AI at Meta", the notice's link, Send.
test.describe('Instagram main path (en-GB)', () => {
  test.use({ browserSetup: { lang: 'en-GB', replica: { lang: 'en-GB' } } });
  test('Instagram (en-GB): feed → More → Settings → Privacy Centre → AI at Meta → Send → sent', async ({ ext }) => {
    const { popup, page } = await startGuide(ext, 'instagram');
    const path = privacyCenterPath('instagram');
    const toPrivacyCentre = path.indexOf('ig-privacy-center');
    await followSteps(page, path.slice(0, toPrivacyCentre));
    const privacyCentre = page.locator('[data-opposer-step="ig-privacy-center"]');
    await expect(privacyCentre).toBeVisible({ timeout: 12_000 });
    await expect(privacyCentre).toHaveText(TEXTS['en-GB'].common.privacyCenter);
    await followSteps(page, path.slice(toPrivacyCentre));
    await sendForm(page, submitStep('instagram'));
    await expect.poll(() => ext.replica.submissions().length).toBe(1);
    await PopupPage.of(popup).expectStatus('instagram:marie_dupont', 'sent');
  });
});

test.describe('the 2024 forms reached directly (it): country, explanation, code, Italian confirmation', () => {
  test.use({ browserSetup: { lang: 'it', replica: { lang: 'it' } } });
  for (const [url, p, country] of [
    ['https://www.facebook.com/help/contact/6359191084165019', 'fb', 'IT'],
    ['https://help.instagram.com/contact/233964459562201', 'ig', 'AT'],
  ] as const) {
    test(`${new URL(url).hostname}: no chooser, the code step is not a confirmation`, async ({ ext }) => {
      const page = await ext.context.newPage();
      await page.goto(url);
      await chooseCountry(page, `${p}-form-country`, country);
      await sendForm(page, `${p}-form-submit`);
      await confirmCode(page, p, () => ext.replica.submissions().length);
      await expect.poll(() => ext.replica.submissions().length).toBe(1);
      await expect(page.getByText('la tua richiesta verrà applicata d’ora in avanti')).toBeVisible();
      const popup = await PopupPage.open(ext);
      await expect(popup.account()).toHaveCount(0); // no account seen: nothing attributed to anyone
    });
  }
});

test.describe('only the logged-in person is recorded', () => {
  test.use({
    browserSetup: { replica: { facebookProfiles: [{ id: 'profile.php?id=1000999', name: "Marie's Bakery" }] } },
  });

  test('a friend’s profile, a group’s members and the settings record nobody; the feed records Marie', async ({ ext }) => {
    const pages = await Promise.all(
      ['/paul.martin', '/groups/123456/members', '/settings/'].map(async (path) => {
        const page = await ext.context.newPage();
        await page.goto(`https://www.facebook.com${path}`);
        return page;
      }),
    );
    await expect(pages[0].getByRole('heading', { name: 'Paul Martin' })).toBeVisible();
    await pages[0].waitForTimeout(8000); // past the account watcher's last look
    const popup = await PopupPage.open(ext);
    await expect(popup.account()).toHaveCount(0);
    await pages[0].goto('https://www.facebook.com/');
    await expect(popup.account()).toHaveCount(1, { timeout: 15_000 });
    await expect(popup.account('facebook:marie.dupont')).toBeVisible();
  });

  test('after "See all profiles" → another profile, the objection goes to the profile that was active', async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.goto('https://www.facebook.com/');
    const popup = await PopupPage.open(ext);
    await expect(popup.account('facebook:marie.dupont')).toBeVisible({ timeout: 15_000 });
    await page.bringToFront();
    await page.getByRole('button', { name: 'Your profile', exact: true }).click();
    await page.getByRole('button', { name: 'See all profiles' }).click();
    await page.getByRole('radio', { name: "Marie's Bakery" }).click();
    await expect(page.locator('[role="navigation"] a').first()).toHaveText("Marie's Bakery");
    await expect(popup.account('facebook:1000999')).toBeVisible({ timeout: 15_000 });
    await page.goto('https://www.facebook.com/help/contact/712876720715583');
    await sendForm(page, submitStep('facebook'));
    await expect.poll(() => ext.replica.submissions().length).toBe(1);
    await popup.expectStatus('facebook:1000999', 'sent');
    await expect(popup.account('facebook:marie.dupont')).toHaveAttribute('data-status', 'todo');
  });
});
