import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Platform } from '@/lib/domain';
import { pathLength, stepNumber } from '@/lib/engine/current-step';
import { PLAYBOOKS } from '@/lib/playbooks/registry';
import { expect, test, type Browser } from './fixtures';
import { privacyCenterPath, privacyPolicyPath, submitStep } from './paths';
import { PopupPage } from './popup-page';
import { chooseCountry, confirmCode, followSteps, REPLICA_ACCOUNT, sendForm, startGuide, type Shot } from './walk';
import { ROUTE_TEXTS, TEXTS, type CountryCode } from '../replica/i18n';

/**
 * Every route of meta-flow.md walked to Meta's confirmation, clicking only what the guide marks
 * (the country and the e-mailed code are the user's own input, into the fields it marks).
 */
const SHOTS = 'tests/e2e/.artifacts/routes';
/** German Facebook: every step of the route (issue 8 asks to look at them); the others: the chooser and the code. */
const shoot = (lang: RouteLang, platform: Platform): Shot => async (name, page) => {
  if ((lang === 'de' && platform === 'facebook') || name.endsWith('form-choice') || name.endsWith('form-code')) {
    mkdirSync(SHOTS, { recursive: true });
    await page.waitForTimeout(300); // the highlight settles
    await page.screenshot({ path: `${SHOTS}/${lang}-${name}.png` });
  }
};

// The Privacy Policy route is long (fourteen marked steps, the form, the code) on a shared machine.
test.describe.configure({ timeout: 150_000 });

/** From the form's chooser to the confirmation: choice, yes, the user's country, Send, the code. */
async function finishPolicyForm(page: Page, p: string, country: CountryCode, sent: () => number, shot?: Shot): Promise<void> {
  await followSteps(page, [`${p}-form-choice`, `${p}-form-yes`], shot);
  await chooseCountry(page, `${p}-form-country`, country);
  await sendForm(page, `${p}-form-submit`, shot);
  await confirmCode(page, p, sent, shot);
}

/** The four languages issue 8 names: Meta's en-US ('en') and en-GB spellings, French, German. */
const ROUTE_LANGS = ['en', 'en-GB', 'fr', 'de'] as const;
type RouteLang = (typeof ROUTE_LANGS)[number];
const PLATFORMS = ['facebook', 'instagram'] as const;
/** Meta's two on-page confirmations ("we'll honour your objection", the Italian-style "applied going forward"), in turn. */
const CONFIRMATION = { en: 'applied', 'en-GB': 'honour', fr: 'applied', de: 'honour' } as const satisfies Record<RouteLang, string>;
/** The country the user picks on the 2024 forms. */
const COUNTRY = { en: 'IE', 'en-GB': 'IE', fr: 'FR', de: 'DE' } as const satisfies Record<RouteLang, CountryCode>;

const marked = (page: Page, step: string) => page.locator(`[data-opposer-step="${step}"]`);

/** The end of every walk: the form sent once, Meta's confirmation on the page, the account sent in the popup. */
async function expectConfirmed(ext: Browser, popup: Page, page: Page, platform: Platform, lang: RouteLang): Promise<void> {
  await expect.poll(() => ext.replica.submissions().length).toBe(1);
  const words = CONFIRMATION[lang] === 'applied' ? ROUTE_TEXTS[lang].confirmationApplied : TEXTS[lang].form.confirmation;
  await expect(page.getByText(words)).toBeVisible();
  await PopupPage.of(popup).expectStatus(REPLICA_ACCOUNT[platform], 'sent');
}

// Every route on both sites in each of the four languages (the older account button is
// Facebook's own). Every page of every route is also matched in every replica language,
// without a browser, in tests/unit/content/scenes-every-language.test.ts.
for (const lang of ROUTE_LANGS) {
  const confirmation = CONFIRMATION[lang];
  const { common } = TEXTS[lang];

  test.describe(`main path (${lang})`, () => {
    test.use({ browserSetup: { lang, replica: { lang, confirmation } } });
    for (const platform of PLATFORMS) {
      test(`${platform} (${lang}): feed → settings → ${common.privacyCenter} → AI at Meta → Send → confirmation`, async ({ ext }) => {
        const p = PLAYBOOKS[platform].prefix;
        const { popup, page } = await startGuide(ext, platform);
        const path = privacyCenterPath(platform);
        const toPrivacyCenter = path.indexOf(`${p}-privacy-center`);
        await followSteps(page, path.slice(0, toPrivacyCenter));
        // The settings' link in the page's own spelling ("Privacy Centre" in en-GB).
        await expect(marked(page, `${p}-privacy-center`)).toHaveText(common.privacyCenter, { timeout: 12_000 });
        await followSteps(page, path.slice(toPrivacyCenter));
        await sendForm(page, submitStep(platform));
        await expectConfirmed(ext, popup, page, platform, lang);
      });
    }
  });

  test.describe(`Privacy Policy route (${lang})`, () => {
    // Neither site's settings link to the Privacy Center: the guide takes the Privacy Policy route.
    test.use({ browserSetup: { lang, replica: { lang, privacyCenterEntry: false, confirmation } } });
    for (const platform of PLATFORMS) {
      test(`${platform} (${lang}): feed → settings → Privacy Policy → chooser → code → confirmation`, async ({ ext }) => {
        const p = PLAYBOOKS[platform].prefix;
        const shot = shoot(lang, platform);
        const { popup, page } = await startGuide(ext, platform);
        // Each click to the form shows where the user is: no two in a row read the same, the
        // detour's steps each with their place on it ("Step 3 of 7", then "Privacy Policy: 4 of 5").
        const counters = new Map<string, string>();
        await followSteps(page, privacyPolicyPath(platform), async (step, on) => {
          counters.set(step, (await on.locator('[data-opposer-ui] [role="status"] .count').textContent()) ?? '');
          await shot(step, on);
        });
        const seen = [...counters.values()];
        expect(seen.filter((counter, i) => counter === seen[i - 1]), seen.join(' | ')).toEqual([]);
        if (lang.startsWith('en')) {
          const playbook = PLAYBOOKS[platform];
          const object = playbook.steps.find((s) => s.id === `${p}-policy-object`)!;
          expect(counters.get(object.id)).toBe(`Step ${stepNumber(playbook, object)} of ${pathLength(playbook)}\nPrivacy Policy: 4 of 5`);
        }
        await expect(page).toHaveURL(/\/(help\/contact|contact)\/\d+\?entry_point=privacy_policy$/);
        // Never the third-party or "different objection" option.
        const chooser = marked(page, `${p}-form-choice`);
        await expect(chooser).toBeVisible({ timeout: 12_000 });
        await expect(chooser).toHaveAttribute('aria-checked', 'false');
        expect(await chooser.textContent()).toMatch(/^(I want to object to the use|Je souhaite m’opposer à l’utilisation|Ich möchte der Verwendung)/);
        await finishPolicyForm(page, p, COUNTRY[lang], () => ext.replica.submissions().length, shot);
        await expectConfirmed(ext, popup, page, platform, lang);
        const [sent] = ext.replica.submissions();
        expect(sent.code).toBe('123456');
        expect(sent.reason.length).toBeGreaterThanOrEqual(100);
        await shot(`${p}-confirmation`, page);
      });
    }
  });

  test.describe(`the notice on the Privacy Center home (${lang})`, () => {
    test.use({ browserSetup: { lang, replica: { lang, noticeOnPrivacyCenterHome: true, confirmation } } });
    for (const platform of PLATFORMS) {
      test(`${platform} (${lang}): the object link on the Privacy Center home itself`, async ({ ext }) => {
        const p = PLAYBOOKS[platform].prefix;
        const { popup, page } = await startGuide(ext, platform);
        // The main path up to the Privacy Center; the notice's link is then on its home, with no topic to open.
        await followSteps(page, privacyCenterPath(platform).slice(0, -2));
        await expect(page.getByRole('heading', { level: 1, name: common.privacyCenter })).toBeVisible();
        await expect(marked(page, `${p}-object-link`)).toBeVisible({ timeout: 12_000 });
        await expect(marked(page, `${p}-genai-topic`)).toHaveCount(0);
        await followSteps(page, [`${p}-object-link`]);
        await sendForm(page, submitStep(platform));
        await expectConfirmed(ext, popup, page, platform, lang);
      });
    }
  });

  // Facebook's older "Account" button beside the "Facebook menu", and "AI at Meta" linking to
  // /privacy/guide/genai as Meta's apps do: one walk covers both.
  test.describe(`the older account button and "AI at Meta" to /privacy/guide/genai (${lang})`, () => {
    test.use({ browserSetup: { lang, replica: { lang, accountMenuLabel: 'old', topicLinksToGuide: true, confirmation } } });
    test(`facebook (${lang}): marks the account button, never the Facebook menu, then the topic's guide link, to the confirmation`, async ({ ext }) => {
      const { popup, page } = await startGuide(ext, 'facebook');
      const { banner } = ROUTE_TEXTS[lang];
      const account = marked(page, 'fb-account-menu');
      await expect(account).toBeVisible({ timeout: 12_000 });
      await expect(account).toHaveAttribute('aria-label', banner.accountOld);
      await expect(page.getByRole('button', { name: banner.facebookMenu })).not.toHaveAttribute('data-opposer-step');
      await followSteps(page, ['fb-account-menu', 'fb-settings-privacy', 'fb-privacy-center']);
      const topic = marked(page, 'fb-genai-topic');
      await expect(topic).toBeVisible({ timeout: 12_000 });
      await expect(topic).toHaveAttribute('href', '/privacy/guide/genai');
      await followSteps(page, ['fb-genai-topic', 'fb-object-link']);
      await sendForm(page, submitStep('facebook'));
      await expectConfirmed(ext, popup, page, 'facebook', lang);
    });
  });
}

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
