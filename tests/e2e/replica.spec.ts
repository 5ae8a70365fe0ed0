/**
 * Checks the replica of Meta's pages itself, in plain Chromium without the extension: what
 * the extension's e2e tests rely on must really be there (late rendering, pushState
 * navigation, mounted menus, React-controlled inputs, recorded submissions).
 *
 *   npx playwright test tests/e2e/replica.spec.ts --config=tests/replica/playwright.replica.config.ts
 */
import { CHROMIUM_PATH } from '../chromium';
import { chromium, expect, test as base, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { installReplica, type ReplicaHandle, type ReplicaOptions } from '../replica';

interface Opened {
  page: Page;
  context: BrowserContext;
  replica: ReplicaHandle;
}

const test = base.extend<{ open: (options?: ReplicaOptions) => Promise<Opened> }, { chromiumBrowser: Browser }>({
  chromiumBrowser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: ['--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  /** A fresh context with the replica installed (delayMs 50 unless told otherwise). */
  open: async ({ chromiumBrowser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (options = {}) => {
      const context = await chromiumBrowser.newContext({ viewport: { width: 1280, height: 800 } });
      contexts.push(context);
      const replica = await installReplica(context, { delayMs: 50, ...options });
      return { context, replica, page: await context.newPage() };
    });
    for (const context of contexts) await context.close();
  },
});

const FB_FORM = 'https://www.facebook.com/help/contact/712876720715583';
const IG_FORM = 'https://help.instagram.com/contact/767264225370182';
const NBSP = '\u00a0';

type ReplicaState = { email: string; reason: string; country?: string; answer: string | null; sent: boolean };
const formState = (page: Page) => page.evaluate(() => (window as unknown as { __replicaState(): ReplicaState }).__replicaState());

/** Send with a required field left empty: the field's alert, and nothing posted. */
async function expectSendRefused(page: Page, replica: ReplicaHandle, send: string, alert: string): Promise<void> {
  await page.getByRole('button', { name: send }).click();
  await expect(page.getByRole('alert')).toHaveText(alert);
  await page.waitForTimeout(200);
  expect(replica.submissions()).toHaveLength(0);
}

/** A marker that only survives if the document is not reloaded. */
const setMarker = (page: Page) => page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));
const marker = (page: Page) => page.evaluate(() => (window as unknown as { __marker?: number }).__marker ?? null);

/** Attribute names present anywhere in the document that match `prefix`. */
const attributesStartingWith = (page: Page, prefix: string) =>
  page.evaluate((p) => [...document.querySelectorAll('*')].flatMap((e) => e.getAttributeNames().filter((n) => n.startsWith(p))), prefix);

test.describe('Facebook feed and account menu', () => {
  test('content renders late, in the page language, with generated class names that change per load', async ({ open }) => {
    const { page } = await open({ delayMs: 1000 });
    // Whether the button exists when the document has loaded, read in the page at that moment
    // (a look from the test afterwards would depend on how busy the machine is).
    await page.addInitScript(() =>
      addEventListener('load', () => {
        (window as unknown as { __atLoad: boolean }).__atLoad = document.querySelector('[aria-label="Your profile"]') !== null;
      }));
    await page.goto('https://www.facebook.com/');
    const button = page.getByRole('button', { name: 'Your profile', exact: true });
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await page.evaluate(() => (window as unknown as { __atLoad?: boolean }).__atLoad)).toBe(false);
    await expect(button).toBeVisible();
    expect(await page.evaluate(() => document.querySelector('[aria-label="Your profile"]') !== null), 'the look at load used the right selector').toBe(true);
    expect(await button.evaluate((e) => [...e.children].map((c) => c.tagName.toLowerCase()))).toEqual(['svg']);
    const firstClass = await button.getAttribute('class');
    expect(firstClass).toMatch(/^x[0-9a-z]{7}( x[0-9a-z]{7})+$/);

    // The left navigation starts with the user's profile.
    const first = page.locator('[role="navigation"] a[role="link"]').first();
    await expect(first).toHaveAttribute('href', '/marie.dupont');
    await expect(first).toHaveText('Marie Dupont');
    // Nothing the page renders carries the extension's hooks or the fixture's own hints.
    expect(await attributesStartingWith(page, 'data-opposer')).toEqual([]);
    expect(await attributesStartingWith(page, 'data-r-')).toEqual([]);

    await page.reload();
    await expect(button).toBeVisible();
    expect(await button.getAttribute('class')).not.toBe(firstClass);
  });

  test('a localised host renders French; profile.php ids and names are escaped', async ({ open }) => {
    const { page } = await open({ facebookAccount: { id: 'profile.php?id=1000123', name: 'Marie <b>& Co' } });
    await page.goto('https://fr-fr.facebook.com/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('button', { name: 'Votre profil', exact: true })).toBeVisible();
    const first = page.locator('[role="navigation"] a[role="link"]').first();
    await expect(first).toHaveAttribute('href', '/profile.php?id=1000123');
    await expect(first).toHaveText('Marie <b>& Co');
    expect(await page.locator('b').count()).toBe(0);
  });

  test('the feed has about 50 posts and keeps growing', async ({ open }) => {
    const { page } = await open();
    // How many posts the feed's first render holds, counted in the page as it happens (a look
    // from the test afterwards would depend on how busy the machine is: the feed grows meanwhile).
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        const posts = document.querySelectorAll('[role="feed"] [role="article"]').length;
        if (posts === 0) return;
        (window as unknown as { __firstPosts: number }).__firstPosts = posts;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('https://www.facebook.com/');
    const posts = page.locator('[role="feed"] [role="article"]');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __firstPosts?: number }).__firstPosts)).toBe(50);
    await expect.poll(() => posts.count(), { timeout: 5000 }).toBeGreaterThan(51);
  });

  test('the account menu mounts on click, has the Settings & privacy submenu, unmounts on Escape, outside click and toggle', async ({ open }) => {
    const { page } = await open();
    await page.goto('https://www.facebook.com/');
    const button = page.getByRole('button', { name: 'Your profile', exact: true });
    const menu = page.locator('[role="menu"]');
    await expect(button).toBeVisible();
    await page.waitForTimeout(300); // past the second render pass
    expect(await menu.count()).toBe(0);

    // As saved from Meta: the clickable wrapper has no name of its own, its icon has (with a mask and the avatar as an SVG image).
    expect(await button.getAttribute('aria-label')).toBeNull();
    await expect(button.locator('svg[role="img"][aria-label="Your profile"] mask')).toHaveCount(1);
    await expect(button.locator('svg[role="img"][aria-label="Your profile"] image')).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: 'Account Controls and Settings', exact: true })).toBeVisible();

    await button.click();
    await expect(menu).toBeVisible();
    // Entries are list items holding a span with the words.
    for (const item of ['Settings & privacy', 'Help & support', 'Display & accessibility', 'Log out']) {
      await expect(menu.locator('div[role="listitem"]', { has: page.locator('span', { hasText: item }) }).first()).toBeVisible();
    }
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);

    await button.click();
    await expect(menu).toBeVisible();
    await page.mouse.click(640, 500); // the feed
    await expect(menu).toHaveCount(0);

    await button.click();
    await expect(menu).toBeVisible();
    await button.click();
    await expect(menu).toHaveCount(0);

    await button.click();
    await menu.getByRole('listitem').filter({ hasText: 'Settings & privacy' }).click();
    const privacyCenter = menu.getByRole('menuitem', { name: 'Privacy Center' });
    await expect(privacyCenter).toHaveAttribute('href', '/privacy/center/');
    await expect(menu.getByRole('menuitem', { name: 'Settings', exact: true })).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: 'Activity log' })).toBeVisible();
    await menu.getByRole('button', { name: 'Back' }).click();
    await expect(menu.getByRole('listitem').filter({ hasText: 'Settings & privacy' })).toBeVisible();
  });

  test('French menu path reaches the Privacy Center with a full navigation', async ({ open }) => {
    const { page } = await open({ lang: 'fr' });
    await page.goto('https://www.facebook.com/');
    await page.getByRole('button', { name: 'Votre profil', exact: true }).click();
    await page.getByRole('listitem').filter({ hasText: 'Paramètres et confidentialité' }).click();
    await setMarker(page);
    await page.getByRole('menuitem', { name: 'Centre de confidentialité' }).click();
    await page.waitForURL('https://www.facebook.com/privacy/center/');
    await expect(page.getByRole('link', { name: 'L’IA chez Meta' })).toBeVisible();
    expect(await marker(page)).toBeNull();
  });
});

test.describe('Privacy Center', () => {
  test('AI at Meta is a pushState navigation; Back and Forward re-render without a reload', async ({ open }) => {
    const { page, replica } = await open();
    await page.goto('https://www.facebook.com/privacy/center/');
    const topic = page.getByRole('link', { name: 'AI at Meta' });
    await expect(topic).toBeVisible();
    await page.waitForTimeout(300); // past the second render pass
    const before = await topic.elementHandle();
    const documents = replica.requests().filter((u) => u.includes('/privacy/')).length;
    await setMarker(page);

    await topic.click();
    await expect(page).toHaveURL('https://www.facebook.com/privacy/genai/');
    const link = page.getByRole('link', { name: 'object', exact: true });
    await expect(link).toHaveAttribute('href', FB_FORM);
    await expect(page.getByText("You have the right to object to Meta using the information you've shared")).toBeVisible();
    expect(await marker(page)).toBe(42);
    expect(replica.requests().filter((u) => u.includes('/privacy/')).length).toBe(documents);

    await page.goBack();
    await expect(page).toHaveURL('https://www.facebook.com/privacy/center/');
    await expect(topic).toBeVisible();
    expect(await before.evaluate((e) => e.isConnected)).toBe(false); // re-created, not reused
    await page.goForward();
    await expect(link).toBeVisible();
    expect(await marker(page)).toBe(42);
  });

  test('every render is done twice, with new elements', async ({ open }) => {
    const { page } = await open({ delayMs: 200 });
    // Collect every "AI at Meta" link the page ever inserts, from before the first render: a
    // loaded machine must not let the test miss the first one.
    await page.addInitScript(() => {
      const seen: Element[] = [];
      Object.assign(window, { seenTopics: seen });
      new MutationObserver(() => {
        for (const a of Array.from(document.querySelectorAll('a[href*="/privacy/genai"]'))) if (!seen.includes(a)) seen.push(a);
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('https://www.facebook.com/privacy/center/');
    const topic = page.getByRole('link', { name: 'AI at Meta' });
    await expect(topic).toBeVisible();
    const renders = () =>
      page.evaluate(() => {
        const seen = (window as unknown as { seenTopics: Element[] }).seenTopics;
        return { count: seen.length, firstConnected: seen[0]?.isConnected ?? null };
      });
    await expect.poll(renders).toEqual({ count: 2, firstConnected: false });
    await expect(topic).toBeVisible();
  });

  test('topic, notice and link words in every language', async ({ open }) => {
    const { page } = await open();
    const expected = {
      en: ['AI at Meta', 'You have the right to object to Meta', 'object'],
      fr: ['L’IA chez Meta', 'Vous avez le droit de vous opposer à l’utilisation de vos informations à ces fins', 'vous opposer'],
      de: ['KI bei Meta', 'Du hast das Recht, der Verwendung deiner Informationen für diese Zwecke zu widersprechen', 'widersprechen'],
      es: ['IA en Meta', 'Tienes derecho a oponerte', 'oponerte'],
      it: ['IA di Meta', 'Hai diritto di opporti all’uso delle tue informazioni per tali finalità', 'opporti'],
      nl: ['AI bij Meta', 'Je hebt het recht om bezwaar te maken', 'bezwaar maken'],
    };
    for (const [lang, [topic, notice, link]] of Object.entries(expected)) {
      await page.goto(`https://www.facebook.com/privacy/center/?locale=${lang}_${lang.toUpperCase()}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // A click while the second render pass replaces the link can be lost (mouse down on the old
      // element, up on the new one): click again, as a person would, until the page changes.
      const topicLink = page.getByRole('link', { name: topic, exact: true });
      await expect(async () => {
        if (await topicLink.count()) await topicLink.click({ timeout: 2_000 });
        await expect(page).toHaveURL(/\/privacy\/genai\/$/, { timeout: 2_000 });
      }).toPass({ timeout: 15_000 });
      await expect(page.getByText(notice)).toBeVisible();
      await expect(page.getByRole('link', { name: link, exact: true })).toHaveAttribute('href', FB_FORM);
      if (lang === 'fr') await expect(page.getByRole('heading', { name: `Qu’est-ce que l’IA générative${NBSP}?` })).toBeVisible();
    }
  });

  test('stepsAsButtons: Privacy Center and AI at Meta are div buttons that navigate', async ({ open }) => {
    const { page } = await open({ stepsAsButtons: true });
    await page.goto('https://www.facebook.com/');
    await page.getByRole('button', { name: 'Your profile', exact: true }).click();
    await page.getByRole('listitem').filter({ hasText: 'Settings & privacy' }).click();
    const item = page.locator('[role="menu"]').getByRole('button', { name: 'Privacy Center' });
    expect(await item.evaluate((e) => e.tagName)).toBe('DIV');
    await item.click();
    await page.waitForURL('https://www.facebook.com/privacy/center/');

    const topic = page.getByRole('button', { name: 'AI at Meta' });
    await expect(topic).toBeVisible();
    expect(await page.getByRole('link', { name: 'AI at Meta' }).count()).toBe(0);
    await setMarker(page);
    await topic.click();
    await expect(page).toHaveURL('https://www.facebook.com/privacy/genai/');
    await expect(page.getByRole('link', { name: 'object', exact: true })).toBeVisible();
    expect(await marker(page)).toBe(42);
  });

  test('noticeInDialog: the notice and its link show in a dialog, late', async ({ open }) => {
    const { page } = await open({ noticeInDialog: true });
    await page.goto('https://www.facebook.com/privacy/guide/genai/');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('link', { name: 'object', exact: true })).toHaveAttribute('href', FB_FORM);
    expect(await page.locator(`a[href="${FB_FORM}"]`).count()).toBe(1);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);
  });
});

test.describe('objection form', () => {
  test('React-controlled: a plain value set is ignored and reset, the native setter counts; Send posts the state', async ({ open }) => {
    const { page, replica } = await open();
    await page.goto(FB_FORM);
    await expect(page.getByRole('heading', { name: 'Object to your information being used for AI at Meta' })).toBeVisible();
    const email = page.getByLabel('Email address');
    const reason = page.getByLabel('Please tell us how this processing impacts you');
    await expect(email).toHaveValue('marie@example.org');
    expect(await email.getAttribute('type')).toBe('email');

    // What a naive script does: React's tracker sees the write, the event changes nothing…
    await reason.evaluate((e: HTMLTextAreaElement) => {
      e.value = 'plain write';
      e.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect((await formState(page)).reason).toBe('');
    // …and the next re-render puts the state back.
    await expect(reason).toHaveValue('');

    // A non-bubbling event never reaches React's root listener.
    await reason.evaluate((e: HTMLTextAreaElement) => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(e, 'not bubbling');
      e.dispatchEvent(new Event('input'));
    });
    await expect(reason).toHaveValue('');

    await reason.evaluate((e: HTMLTextAreaElement) => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(e, 'Je m’oppose.');
      e.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect((await formState(page)).reason).toBe('Je m’oppose.');
    await page.waitForTimeout(400);
    await expect(reason).toHaveValue('Je m’oppose.');

    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page.getByText("We'll honour your objection. This means that from now on, we won't use your information")).toBeVisible();
    expect(replica.submissions()).toEqual([{ url: FB_FORM, email: 'marie@example.org', reason: 'Je m’oppose.' }]);
    await expect(page).toHaveURL(FB_FORM);
    expect(await page.getByRole('button', { name: 'Send' }).count()).toBe(0);
    expect((await formState(page)).sent).toBe(true);
  });

  test('an empty e-mail blocks Send until typed', async ({ open }) => {
    const { page, replica } = await open({ emailPrefilled: false });
    await page.goto(FB_FORM);
    const email = page.getByLabel('Email address');
    await expect(email).toHaveValue('');
    await expectSendRefused(page, replica, 'Send', 'Please enter your email address.');

    await email.fill('someone@example.org');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByText("We'll honour your objection.")).toBeVisible();
    expect(replica.submissions()).toMatchObject([{ email: 'someone@example.org', reason: '' }]);
  });

  test('2024 form: country and a 100-character explanation required, then the e-mailed code before anything is sent', async ({ open }) => {
    const { page, replica } = await open();
    const url = 'https://www.facebook.com/help/contact/6359191084165019';
    await page.goto(url);
    await expect(page.getByRole('heading', { name: 'Your right to object to your information being used for AI at Meta' })).toBeVisible();
    expect(await page.getByRole('radio').count()).toBe(0); // a direct link: no chooser, no yes/no
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByRole('alert')).toHaveText(['Your explanation is too short. Please tell us more (at least 100 characters).', 'Please select your country of residence.']);
    await page.getByLabel('Please tell us how this processing impacts you').fill('x'.repeat(99));
    await page.getByLabel('Country of residence').selectOption('IE');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByRole('alert')).toHaveText('Your explanation is too short. Please tell us more (at least 100 characters).');
    await page.getByLabel('Please tell us how this processing impacts you').fill('x'.repeat(100));
    await page.getByRole('button', { name: 'Send' }).click();
    const dialog = page.getByRole('dialog', { name: 'Check your email' });
    await expect(dialog.getByLabel('Confirmation code')).toBeVisible();
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('That code isn’t right. Enter the 6-digit code from the email.');
    await page.waitForTimeout(200);
    expect(replica.submissions()).toHaveLength(0);
    await dialog.getByLabel('Confirmation code').fill('123456');
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await expect(page.getByText("We'll honour your objection.")).toBeVisible();
    await expect(dialog).toHaveCount(0);
    expect(replica.submissions()).toEqual([{ url, email: 'marie@example.org', reason: 'x'.repeat(100), country: 'IE', code: '123456' }]);
  });

  test('Privacy Policy route (de): the accordions, the chooser, then the yes/no question and the fields', async ({ open }) => {
    const { page } = await open({ lang: 'de' });
    await page.goto('https://www.facebook.com/settings/');
    await page.getByRole('link', { name: 'Datenschutzrichtlinie' }).click();
    const other = page.getByRole('button', { name: 'Weitere Richtlinien und Artikel' });
    await expect(other).toBeVisible();
    await page.waitForTimeout(300); // past the second render pass, which re-creates the accordion
    await other.click();
    await expect(other).toHaveAttribute('aria-expanded', 'true');
    await page.getByRole('link', { name: 'Wie Meta Informationen für generative KI-Modelle und -Funktionen verwendet' }).click();
    await expect(page).toHaveURL('https://www.facebook.com/privacy/policy/generative-ai/');
    const object = page.getByRole('button', { name: 'Dein Widerspruchsrecht' });
    await expect(object).toHaveAttribute('aria-expanded', 'false');
    await page.waitForTimeout(300);
    await object.click();
    await expect(page.getByRole('link', { name: 'mehr dazu' })).toHaveAttribute('href', 'https://www.facebook.com/help/contact/510058597920541');
    await page.getByRole('link', { name: 'Hier erfährst du mehr und kannst Anfragen einreichen' }).click();
    await page.waitForURL('https://www.facebook.com/help/contact/6359191084165019?entry_point=privacy_policy');
    await page.getByRole('radio', { name: /^Ich möchte der Verarbeitung/ }).click();
    await expect(page.getByRole('link', { name: /Informationen Dritter/ })).toBeVisible();
    expect(await page.getByText('Bezieht sich deine Anfrage auf KI bei Meta?').count()).toBe(0);
    await page.getByRole('radio', { name: 'Ich möchte der Verwendung meiner Informationen für KI bei Meta widersprechen' }).click();
    await page.getByRole('radio', { name: 'Ja' }).click();
    await expect(page.getByLabel('Wohnsitzland')).toBeVisible();
    expect((await formState(page)).answer).toBe('yes');
  });

  test('yesno variant (de): only the question, the fields appear late after Ja', async ({ open }) => {
    const { page } = await open({ formVariant: 'yesno', lang: 'de', delayMs: 300 });
    await page.goto(FB_FORM);
    await expect(page.getByText('Bezieht sich deine Anfrage auf KI bei Meta?')).toBeVisible();
    expect(await page.locator('textarea, input[type="email"]').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Senden' }).count()).toBe(0);

    await page.getByRole('radio', { name: 'Nein' }).click();
    await expect(page.getByText('Dieses Formular ist nur für Anfragen zu KI bei Meta gedacht.')).toBeVisible();
    await page.waitForTimeout(400);
    expect(await page.locator('textarea').count()).toBe(0);

    // Clicked and counted in one task, so that how busy the machine is cannot let the 300 ms pass in between.
    const fieldsAtOnce = await page.getByRole('radio', { name: 'Ja' }).evaluate((radio) => {
      (radio as HTMLElement).click();
      return document.querySelectorAll('textarea').length;
    });
    await expect(page.getByRole('radio', { name: 'Ja' })).toBeChecked(); // a real radio, as saved
    expect(fieldsAtOnce).toBe(0); // not yet: late
    await expect(page.getByLabel('Bitte teile uns mit, wie sich diese Verarbeitung auf dich auswirkt')).toBeVisible();
    await expect(page.getByLabel('E-Mail-Adresse')).toHaveValue('marie@example.org');
    await expect(page.getByRole('button', { name: 'Senden' })).toBeVisible();
    expect((await formState(page)).answer).toBe('yes');

    await page.getByRole('radio', { name: 'Nein' }).click();
    await expect(page.locator('textarea')).toHaveCount(0);
  });

  test('country variant (fr): Send is blocked until a country is chosen', async ({ open }) => {
    const { page, replica } = await open({ formVariant: 'country', lang: 'fr' });
    await page.goto(FB_FORM);
    const country = page.getByLabel('Pays de résidence');
    await expect(country).toHaveValue('');
    await expectSendRefused(page, replica, 'Envoyer', 'Veuillez sélectionner votre pays de résidence.');

    await country.selectOption('FR');
    expect((await formState(page)).country).toBe('FR');
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await expect(page.getByText('Nous honorerons votre opposition.')).toBeVisible();
    expect(replica.submissions()).toEqual([{ url: FB_FORM, email: 'marie@example.org', reason: '', country: 'FR' }]);
  });

  test('help forms as saved: form[method=post] to Meta\'s endpoint, hidden support_form_* inputs, rows and bare field ids, a <button> holding a span', async ({ open }) => {
    const { page } = await open({ lang: 'it' });
    await page.goto(FB_FORM);
    const form = page.locator('form[method="post"][action="/ajax/help/contact/submit/page"]');
    await expect(form).toBeVisible();
    for (const name of ['support_form_id', 'support_form_locale_id', 'support_form_hidden_fields', 'support_form_fact_false_fields']) {
      await expect(form.locator(`input[type="hidden"][name="${name}"]`)).toHaveCount(1);
    }
    await expect(form.locator('input[name="support_form_id"]')).toHaveValue('712876720715583');
    const hidden = JSON.parse(await form.locator('input[name="support_form_hidden_fields"]').inputValue()) as Record<string, string>;
    const email = page.getByLabel('Indirizzo e-mail');
    // The control carries the bare field id, its row the same id after "SupportFormRow.".
    await expect(email).toHaveAttribute('id', hidden.email);
    await expect(email).toHaveAttribute('name', 'email');
    expect(await email.evaluate((el) => el.parentElement?.id)).toBe(`SupportFormRow.${hidden.email}`);
    await expect(form.locator('input[type="hidden"][name="confirm_email"]')).toHaveValue('marie@example.org');
    const send = form.locator('button');
    await expect(send).toHaveAttribute('value', 'Invia');
    await expect(send.locator('span')).toHaveText('Invia');
    // Enter in a field goes through the app, never a native POST that leaves the page.
    await email.press('Enter');
    await expect(page.getByText('Abbiamo accolto la tua opposizione')).toBeVisible();
    await expect(page).toHaveURL(FB_FORM);
  });

  test('mobile help form: posts to /a/help/contact_us/, Send is a button[type=submit]', async ({ open }) => {
    const { page } = await open();
    await page.goto('https://m.facebook.com/help/contact/712876720715583');
    await expect(page.locator('form[method="post"][action="/a/help/contact_us/"] button[type="submit"]')).toHaveText('Send');
  });

  test('Instagram\'s country typeahead (fr): text typed but not chosen is refused; choosing a suggestion sets the hidden ISO code', async ({ open }) => {
    const { page, replica } = await open({ formVariant: 'country', lang: 'fr' });
    await page.goto(IG_FORM);
    const country = page.getByLabel('Pays de résidence');
    await expect(country).toHaveAttribute('id', /^u_0_[a-z0-9]$/);
    expect(await country.evaluate((el) => el.tagName)).toBe('INPUT');
    const code = page.locator('input[type="hidden"][name$="_iso2_country_code"]');
    await expect(code).toHaveValue('');
    await country.pressSequentially('Fra');
    await expect(page.getByRole('option')).toHaveText(['France']);
    await expectSendRefused(page, replica, 'Envoyer', 'Veuillez sélectionner votre pays de résidence.');
    // Visible text set from outside the list: still no country.
    await country.fill('France');
    expect((await formState(page)).country).toBe('');
    await page.getByRole('option', { name: 'France' }).click();
    await expect(country).toHaveValue('France');
    await expect(code).toHaveValue('FR');
    expect((await formState(page)).country).toBe('FR');
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await expect(page.getByText('Nous honorerons votre opposition.')).toBeVisible();
    expect(replica.submissions()).toEqual([{ url: IG_FORM, email: 'marie@example.org', reason: '', country: 'FR' }]);
  });

  test('confirmation window: after Send, Meta\'s confirmation opens in a dialog over the form, which stays behind it', async ({ open }) => {
    const { page, replica } = await open({ confirmationWindow: true, confirmation: 'applied', lang: 'it' });
    await page.goto(IG_FORM);
    await page.getByRole('button', { name: 'Invia' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('la tua richiesta verrà applicata d’ora in avanti');
    await expect(page.locator('textarea')).toBeAttached();
    await expect(page.getByRole('button', { name: 'Invia' })).toBeAttached();
    expect(replica.submissions()).toHaveLength(1);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toHaveCount(0);
  });

  test('labels, Send and confirmation in every language', async ({ open }) => {
    const { page } = await open();
    const expected = {
      en: ['Email address', 'Please tell us how this processing impacts you', 'Send', "We'll honour your objection."],
      fr: ['Adresse e-mail', 'Veuillez nous indiquer l’impact de ce traitement sur vous', 'Envoyer', 'Nous honorerons votre opposition'],
      de: ['E-Mail-Adresse', 'Bitte teile uns mit, wie sich diese Verarbeitung auf dich auswirkt', 'Senden', 'Wir werden deinem Widerspruch nachkommen'],
      es: ['Dirección de correo electrónico', 'Indícanos cómo te afecta este tratamiento', 'Enviar', 'Respetaremos tu oposición'],
      it: ['Indirizzo e-mail', 'Indicaci in che modo questo trattamento ti riguarda', 'Invia', 'la tua richiesta verrà applicata d’ora in avanti'],
      nl: ['E-mailadres', 'Laat ons weten welke invloed deze verwerking op je heeft', 'Verzenden', 'We zullen je bezwaar honoreren'],
    };
    for (const [lang, [email, reason, send, confirmation]] of Object.entries(expected)) {
      await page.goto(`${FB_FORM}?locale=${lang}`);
      await expect(page.getByLabel(email)).toHaveValue('marie@example.org');
      await expect(page.getByLabel(reason)).toHaveValue('');
      await page.getByRole('button', { name: send, exact: true }).click();
      await expect(page.getByText(confirmation)).toBeVisible();
    }
  });

  test('third-party form: no account, empty e-mail, its own confirmation', async ({ open }) => {
    const { page, replica } = await open();
    await page.goto('https://www.facebook.com/help/contact/510058597920541');
    await expect(page.getByRole('heading', { name: 'Data subject rights for third-party information used for AI at Meta' })).toBeVisible();
    expect(await page.getByText('Marie Dupont').count()).toBe(0);
    await expect(page.getByLabel('Email address')).toHaveValue('');
    await page.getByLabel('Email address').fill('marie@example.org');
    await page.getByLabel('Details of your request').fill('Photos of me posted by others.');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByText("Thanks for contacting us. We've received your request")).toBeVisible();
    expect(replica.submissions()).toEqual([
      { url: 'https://www.facebook.com/help/contact/510058597920541', email: 'marie@example.org', reason: 'Photos of me posted by others.' },
    ]);
  });
});

test.describe('Accounts Center', () => {
  test('profiles list every entry with its name and platform, on all three hosts', async ({ open }) => {
    const { page } = await open({ lang: 'fr' });
    for (const host of ['accountscenter.facebook.com', 'accountscenter.instagram.com', 'accountscenter.meta.com']) {
      await page.goto(`https://${host}/profiles`);
      await expect(page.getByRole('heading', { name: 'Profils' })).toBeVisible();
      const items = page.getByRole('listitem');
      await expect(items).toHaveCount(2);
      await expect(items.nth(0).locator('span > span')).toHaveText(['Marie Dupont', 'Facebook']);
      await expect(items.nth(1).locator('span > span')).toHaveText(['marie_dupont', 'Instagram']);
    }
  });
});

test.describe('Instagram', () => {
  test('More → Settings (pushState) → Privacy Center link; the menu unmounts on Escape', async ({ open }) => {
    const { page } = await open({ lang: 'fr' });
    await page.goto('https://www.instagram.com/');
    await expect(page.getByRole('link', { name: 'Profil', exact: true })).toHaveAttribute('href', '/marie_dupont/');
    await expect(page.locator('[role="article"]').first()).toBeVisible();
    // As saved from Meta: the icon of "Plus" is named « Options »; the menu is a role-less layer
    // mounted at the end of <body> after the click, its « Paramètres » row holding a gear of that name.
    const more = page.getByRole('link', { name: 'Options Plus', exact: true });
    await expect(more.locator('svg[role="img"][aria-label="Options"] title')).toHaveText('Options');
    const settings = page.locator('a[href="/accounts/edit/"]');
    const lastLayer = () => page.evaluate(() => document.body.lastElementChild?.querySelector('a[href="/accounts/edit/"]') ? document.body.lastElementChild.getAttribute('role') ?? 'no role' : 'not last');
    expect(await settings.count()).toBe(0);
    await more.click();
    await expect(settings).toBeVisible();
    expect(await lastLayer()).toBe('no role');
    await expect(page.locator('[role="menu"]')).toHaveCount(0);
    await expect(settings.locator('svg[aria-label="Paramètres"][width="18"]')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(settings).toHaveCount(0);

    await more.click();
    await setMarker(page);
    await page.getByRole('link', { name: 'Paramètres Paramètres' }).click();
    await expect(page).toHaveURL('https://www.instagram.com/accounts/edit/');
    await expect(page.locator('a[href="/accounts/edit/"] svg[width="18"]')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Plus d’infos et assistance' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Centre de confidentialité' })).toHaveAttribute('href', 'https://privacycenter.instagram.com/');
    expect(await marker(page)).toBe(42);
    expect(page.url()).toBe('https://www.instagram.com/accounts/edit/');
  });

  test('Privacy Center → AI at Meta (pushState) → form on help.instagram.com, recorded on Send', async ({ open }) => {
    const { page, replica } = await open();
    await page.goto('https://privacycenter.instagram.com/');
    await setMarker(page);
    await page.getByRole('link', { name: 'AI at Meta' }).click();
    await expect(page).toHaveURL('https://privacycenter.instagram.com/privacy/genai/');
    expect(await marker(page)).toBe(42);
    await page.getByRole('link', { name: 'object', exact: true }).click();
    await page.waitForURL(IG_FORM);
    await expect(page.getByRole('heading', { name: 'Object to your information being used for AI at Meta' })).toBeVisible();
    await page.getByLabel('Please tell us how this processing impacts you').fill('No.');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByText("We'll honour your objection.")).toBeVisible();
    expect(replica.submissions()).toEqual([{ url: IG_FORM, email: 'marie@example.org', reason: 'No.' }]);
    expect(replica.requests()).toContain('https://help.instagram.com/__replica/submit');

    await page.goto('https://help.instagram.com/contact/233964459562201');
    await expect(page.getByRole('heading', { name: 'Your right to object to your information being used for AI at Meta' })).toBeVisible();
  });
});

test('router: other hosts are aborted and every request is recorded', async ({ open }) => {
  const { page, replica } = await open();
  await page.goto('https://www.facebook.com/help/contact/712876720715583');
  const outcome = await page.evaluate(() => fetch('https://example.com/beacon').then(() => 'loaded', () => 'failed'));
  expect(outcome).toBe('failed');
  expect(replica.requests()).toEqual(
    expect.arrayContaining(['https://www.facebook.com/help/contact/712876720715583', 'https://example.com/beacon']),
  );
  expect(replica.requests().some((u) => u.endsWith('/__replica/assets/form.js'))).toBe(true);
});
