import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { load } from 'js-yaml';
import { clickMarked, expect, markedStep, openExtensionPage, test, type Browser } from './fixtures';
import type { ReplicaOptions } from '../replica';
import { PopupPage } from './popup-page';

/**
 * The tasks beyond the objection (issue 11, docs/test-hooks.md "Beyond the objection"):
 * each started from the popup, walked by clicking only the elements the guide marks, in English
 * and French, until the account row (or the popup's WhatsApp entry) shows it done.
 */

// Outside Playwright's output folder, which each run empties (gitignored, like it).
const SHOTS = 'tests/.reports/tasks';
mkdirSync(SHOTS, { recursive: true });
const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });

/** The extension's own storage, as seen inside its service worker. */
declare const chrome: {
  storage: { local: { get(key: null): Promise<Record<string, unknown>> } };
  action: { getBadgeText(details: object): Promise<string> };
};
const storedJson = async (ext: Browser) => JSON.stringify(await ext.serviceWorker.evaluate(() => chrome.storage.local.get(null)));
const badge = (ext: Browser) => ext.serviceWorker.evaluate(() => chrome.action.getBadgeText({}));

/** The popup's control for a task opens its page in a new tab. */
async function startTask(ext: Browser, popup: PopupPage, task: string): Promise<Page> {
  const [page] = await Promise.all([ext.context.waitForEvent('page'), popup.taskButton(task).click()]);
  return page;
}

/** Waits until the guide marks `step`, checks it is the only marked element, shoots it. */
async function expectMarked(page: Page, step: string, name: string): Promise<void> {
  await expect(page.locator(`[data-opposer-step="${step}"]`)).toBeVisible({ timeout: 12_000 });
  // The page may re-render right after (React's second pass): the guide marks the new element.
  await expect.poll(() => markedStep(page)).toBe(step);
  await shot(page, name);
}

/** Facebook's Posts settings: "Limit past posts", then the dialog's confirm button. */
async function walkLimitPastPosts(ext: Browser, popup: PopupPage, name: string): Promise<Page> {
  const page = await startTask(ext, popup, 'limit-past-posts');
  await expect(page).toHaveURL(/facebook\.com\/settings\/\?tab=posts$/);
  await expectMarked(page, 'fb-limit-past-posts', `${name}-1-limit`);
  // The audience buttons ("Edit privacy. Sharing with …") are never the target.
  await expect(page.locator('[role="button"][aria-label][data-opposer-step]')).toHaveCount(0);
  await clickMarked(page, 'fb-limit-past-posts');
  await expectMarked(page, 'fb-limit-confirm', `${name}-2-confirm`);
  await expect(page.locator('[role="dialog"] [data-opposer-step="fb-limit-confirm"]')).toBeVisible();
  return page;
}

/** Instagram's account privacy: the switch while off, then "Switch to private". */
async function walkPrivateAccount(ext: Browser, popup: PopupPage, name: string): Promise<Page> {
  const page = await startTask(ext, popup, 'private-account');
  await expect(page).toHaveURL(/instagram\.com\/accounts\/who_can_see_your_content\/$/);
  await expectMarked(page, 'ig-private-switch', `${name}-1-switch`);
  await expect(page.locator('input[role="switch"]')).toHaveAttribute('aria-checked', 'false');
  await clickMarked(page, 'ig-private-switch');
  await expectMarked(page, 'ig-private-confirm', `${name}-2-confirm`);
  await clickMarked(page, 'ig-private-confirm');
  await expect(page.locator('input[role="switch"]')).toHaveAttribute('aria-checked', 'true', { timeout: 5000 });
  return page;
}

/** WhatsApp's form: the objection choice, e-mail and phone typed by the user where marked, Send. */
async function walkWhatsApp(ext: Browser, popup: PopupPage, name: string): Promise<Page> {
  const page = await startTask(ext, popup, 'whatsapp');
  await expect(page).toHaveURL('https://www.whatsapp.com/contact/forms/382532939919295/');
  await expectMarked(page, 'wa-objection-option', `${name}-1-option`);
  await clickMarked(page, 'wa-objection-option');
  await expectMarked(page, 'wa-form-email', `${name}-2-email`);
  await page.locator('[data-opposer-step="wa-form-email"]').fill('marie@example.org');
  await expectMarked(page, 'wa-form-phone', `${name}-3-phone`);
  await page.locator('[data-opposer-step="wa-form-phone"]').fill('+33 6 12 34 56 78');
  await expectMarked(page, 'wa-form-submit', `${name}-4-submit`);
  const state = await page.evaluate(() => (window as unknown as { __replicaState(): { email: string; phone: string } }).__replicaState());
  expect(state).toMatchObject({ email: 'marie@example.org', phone: '+33 6 12 34 56 78' });
  await clickMarked(page, 'wa-form-submit');
  return page;
}

/** The logged-in accounts of the replica, and a page of their site where the guide sees them. */
const FACEBOOK = { url: 'https://www.facebook.com/', key: 'facebook:marie.dupont' };
const INSTAGRAM = { url: 'https://www.instagram.com/', key: 'instagram:marie_dupont' };

/** Opens the popup, then each account's site in a tab of its own until the popup lists the account. */
async function popupSeeing(ext: Browser, ...accounts: { url: string; key: string }[]): Promise<PopupPage> {
  const popup = await PopupPage.open(ext);
  for (const { url, key } of accounts) {
    const page = await ext.context.newPage();
    await page.goto(url);
    await expect(popup.account(key)).toBeVisible({ timeout: 15_000 });
    await page.close();
  }
  return popup;
}

type Lang = 'en' | 'fr';

/** A describe block whose browser and Meta's pages (the replica, as `replica` sets it up) speak `replica.lang`. */
function describeIn(title: string, replica: ReplicaOptions & { lang: Lang }, body: (lang: Lang) => void): void {
  const { lang } = replica;
  test.describe(`${title}, in ${lang}`, () => {
    test.use({ browserSetup: { lang, replica } });
    body(lang);
  });
}

// Each task walked on its own in English; all three in one story in French, to the proof.
describeIn('each task on its own', { lang: 'en' }, (lang) => {
  test('Facebook: limit past posts, confirmed in the dialog, is done on the row', async ({ ext }) => {
    const popup = await popupSeeing(ext, FACEBOOK);
    const chip = popup.taskChip(FACEBOOK.key, 'limit-past-posts');
    await expect(chip).toHaveAttribute('data-status', 'todo');
    const page = await walkLimitPastPosts(ext, popup, `fb-${lang}`);
    // Not done until the change took effect: the open dialog is not enough.
    await expect(chip).toHaveAttribute('data-status', 'todo');
    await clickMarked(page, 'fb-limit-confirm');
    await expect(page.locator('[role="dialog"]')).toHaveCount(0);
    await expect(chip).toHaveAttribute('data-status', 'done', { timeout: 15_000 });
    // Tasks are optional: the account is still to do for the objection, and the badge says so.
    await expect(popup.account(FACEBOOK.key)).toHaveAttribute('data-status', 'todo');
    await expect.poll(() => badge(ext)).toBe('1');
    await expect.poll(() => markedStep(page)).toBeNull();
    await shot(page, `fb-${lang}-3-done`);
  });

  test('Facebook: closing the dialog without confirming leaves the task to do', async ({ ext }) => {
    const popup = await popupSeeing(ext, FACEBOOK);
    const chip = popup.taskChip(FACEBOOK.key, 'limit-past-posts');
    const page = await walkLimitPastPosts(ext, popup, `fb-cancel-${lang}`);
    await page.keyboard.press('Escape');
    await expect(page.locator('[role="dialog"]')).toHaveCount(0);
    await expectMarked(page, 'fb-limit-past-posts', `fb-cancel-${lang}-3-back`);
    await page.waitForTimeout(1500);
    await expect(chip).toHaveAttribute('data-status', 'todo');
  });

  test('Instagram: private account, switched on, is done on the row', async ({ ext }) => {
    const popup = await popupSeeing(ext, INSTAGRAM);
    const chip = popup.taskChip(INSTAGRAM.key, 'private-account');
    await expect(chip).toHaveAttribute('data-status', 'todo');
    // Each row holds only its platform's task.
    await expect(popup.taskChip(INSTAGRAM.key, 'limit-past-posts')).toHaveCount(0);
    const page = await walkPrivateAccount(ext, popup, `ig-${lang}`);
    await expect(chip).toHaveAttribute('data-status', 'done', { timeout: 15_000 });
    await expect.poll(() => markedStep(page)).toBeNull();
    await shot(page, `ig-${lang}-3-done`);
  });

  test('WhatsApp: the request is recorded with its date, never the phone number or e-mail', async ({ ext }) => {
    const popup = await PopupPage.open(ext);
    await expect(popup.taskRecord('whatsapp')).toHaveCount(0);
    const page = await walkWhatsApp(ext, popup, `wa-${lang}`);
    await expect.poll(() => ext.replica.submissions().at(-1)).toMatchObject({ email: 'marie@example.org' });
    await expect(popup.taskRecord('whatsapp')).toHaveCount(1, { timeout: 15_000 });
    await expect.poll(() => markedStep(page)).toBeNull();
    await shot(page, `wa-${lang}-5-sent`);
    const stored = await storedJson(ext);
    expect(stored).toContain('"task":"whatsapp"');
    expect(stored).not.toMatch(/12 ?34 ?56 ?78/);
    expect(stored).not.toContain('marie@example.org');
  });
});

describeIn('the three tasks in one story', { lang: 'fr' }, (lang) => {
  test('the popup and the printable proof show the tasks with their dates', async ({ ext }) => {
    test.setTimeout(180_000); // three walks in one story
    const popup = await popupSeeing(ext, FACEBOOK, INSTAGRAM);
    await (await walkLimitPastPosts(ext, popup, `story-fb-${lang}`)).locator('[data-opposer-step="fb-limit-confirm"]').click();
    await walkPrivateAccount(ext, popup, `story-ig-${lang}`);
    await walkWhatsApp(ext, popup, `story-wa-${lang}`);
    await expect(popup.page.locator('[data-task][data-status="done"]')).toHaveCount(2, { timeout: 15_000 });
    await expect(popup.taskRecord('whatsapp')).toHaveCount(1, { timeout: 15_000 });
    const today = new Date().toLocaleDateString(lang, { day: 'numeric', month: 'long', year: 'numeric' });
    await expect(popup.page.locator('[data-task="limit-past-posts"][data-status="done"]')).toContainText(today);
    await expect(popup.taskRecord('whatsapp')).toContainText(today);
    // What to know first, above each control: what cannot be undone, what changes, what the form covers.
    const ui = load(readFileSync(`locales/${lang}.yml`, 'utf8')) as Record<string, string>;
    for (const [task, key] of [['limit-past-posts', 'task_fb_limit_before'], ['private-account', 'task_ig_private_before'], ['whatsapp', 'task_wa_before']]) {
      await expect(popup.page.locator('.task-row', { has: popup.taskButton(task) }).locator('.before')).toHaveText(ui[key]);
    }
    // Optional: both accounts are still to do for the objection itself.
    await expect(popup.page.locator('[data-account][data-status="todo"]')).toHaveCount(2);
    await popup.page.setViewportSize({ width: 400, height: 1100 });
    await popup.page.screenshot({ path: `${SHOTS}/popup-tasks-${lang}.png`, fullPage: true });

    const options = await openExtensionPage(ext, 'options.html');
    await options.locator('[data-action="print"]').click();
    const proof = options.locator('[data-proof="tasks"]');
    await expect(proof.locator('[data-task-record]')).toHaveCount(3);
    await expect(proof.locator('[data-task-record="whatsapp"]')).toContainText('https://www.whatsapp.com/contact/forms/382532939919295/');
    await options.screenshot({ path: `${SHOTS}/proof-${lang}.png`, fullPage: true });
  });
});

describeIn('a Facebook Page', { lang: 'en' }, (lang) => {
  test('the user says a row is a Page: the row says it cannot object through the form, and it is no longer to do', async ({ ext }) => {
    const popup = await popupSeeing(ext, FACEBOOK);
    const row = popup.account(FACEBOOK.key);
    await expect(row).toHaveAttribute('data-status', 'todo');
    await expect.poll(() => badge(ext)).toBe('1');
    await row.locator('details.editor > summary').click();
    await row.locator('[data-action="account-is-page"]').check();
    await expect(row).toHaveAttribute('data-status', 'page');
    await expect(row.locator('[data-note="facebook-page"]')).toBeVisible();
    await expect(row.locator('[data-task="limit-past-posts"]')).toHaveCount(0);
    await expect.poll(() => badge(ext)).toBe('');
    await popup.page.screenshot({ path: `${SHOTS}/popup-page-${lang}.png`, fullPage: true });
    await row.locator('[data-action="account-is-page"]').uncheck();
    await expect(row).toHaveAttribute('data-status', 'todo');
  });
});

for (const lang of ['en', 'fr'] as const) {
  describeIn('the ways round to "Limit past posts"', { lang }, () => {
    test('the older Privacy tab and Privacy Checkup show the same control, marked', async ({ ext }) => {
      const popup = await PopupPage.open(ext);
      const page = await startTask(ext, popup, 'limit-past-posts');
      await expectMarked(page, 'fb-limit-past-posts', `fb-ways-${lang}-1-posts`);
      await page.goto('https://www.facebook.com/settings?tab=privacy');
      await expectMarked(page, 'fb-limit-past-posts', `fb-ways-${lang}-2-privacy-tab`);
      await page.goto('https://www.facebook.com/privacy/checkup/');
      await expectMarked(page, 'fb-limit-past-posts', `fb-ways-${lang}-3-checkup`);
      await clickMarked(page, 'fb-limit-past-posts');
      await expectMarked(page, 'fb-limit-confirm', `fb-ways-${lang}-4-confirm`);
    });
  });

  describeIn('a professional Instagram account', { lang, instagramProfessional: true }, () => {
    test('is told it cannot be private, and nothing is pointed at', async ({ ext }) => {
      const popup = await popupSeeing(ext, INSTAGRAM);
      const chip = popup.taskChip(INSTAGRAM.key, 'private-account');
      const page = await startTask(ext, popup, 'private-account');
      await expect(chip).toHaveAttribute('data-reason', 'professional-account', { timeout: 15_000 });
      await expect(chip).toHaveAttribute('data-status', 'todo');
      await expect(page.locator('[data-opposer-ui]')).toBeAttached();
      const panel = await page.locator('[data-opposer-ui]').evaluate((host) => host.shadowRoot?.textContent ?? '');
      expect(panel).toMatch(lang === 'fr' ? /compte professionnel/ : /professional/);
      await page.waitForTimeout(1000);
      expect(await markedStep(page)).toBeNull();
      await shot(page, `ig-professional-${lang}`);
    });
  });
}
