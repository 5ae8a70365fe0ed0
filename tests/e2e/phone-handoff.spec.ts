/**
 * The phone hand-off, for an account that lives only in Meta's app: "On my phone" on a todo row
 * shows a QR code that a reader decodes back to the platform's objection form, the way through
 * the app in the UI's language, the reason with Copy, and what no extension can do in the apps;
 * "I sent it from the app" brings the row to `sent`, recorded by hand, and the export, the
 * printable proof, the follow-up and the complaint kit follow. Shot at 390 px, light and dark.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { State } from '@/lib/record/schema';
import { readQr } from '../qr-reader';
import { expect, openExtensionPage, test, type Browser } from './fixtures';
import { PopupPage } from './popup-page';

declare const chrome: { storage: { local: { set(items: object): Promise<void> } } };

const ARTIFACTS = path.resolve('tests/e2e/.artifacts/phone-handoff');
const FB_FORM = 'https://www.facebook.com/help/contact/712876720715583';
const IG_FORM = 'https://help.instagram.com/contact/767264225370182';
const PHONE = { width: 390, height: 844 };
const DAY = 86_400_000;

/** The whole popup, and the account row alone (the one worth a look in README). */
async function shoot(page: Page, name: string, row?: Locator): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  await row?.screenshot({ path: path.join(ARTIFACTS, `${name}-row.png`) });
}

/** The user adds the app-only account by hand (or it was seen on Meta's site: `popup`), then opens its hand-off at phone width. */
async function openHandoff(ext: Browser, key: string, seen?: PopupPage): Promise<{ popup: PopupPage; row: Locator; handoff: Locator }> {
  const [platform, id] = key.split(':') as ['facebook' | 'instagram', string];
  const popup = seen ?? (await PopupPage.open(ext));
  await popup.page.setViewportSize(PHONE);
  if (!seen) await popup.addAccount(id, platform);
  const row = await popup.expectStatus(key, 'todo');
  await expect(row.locator('[data-phone-handoff]')).toHaveCount(0);
  await row.locator('[data-action="phone"]').click();
  const handoff = row.locator('[data-phone-handoff]');
  await expect(handoff).toBeVisible();
  return { popup, row, handoff };
}

/** Every control of the hand-off is a touch target (40 px tall at least) and inside the phone's width. */
async function expectTouchSized(page: Page, scope: Locator): Promise<void> {
  const boxes = await scope.locator('button').evaluateAll((buttons) => buttons.map((b) => {
    const r = b.getBoundingClientRect();
    return { text: b.textContent, height: r.height, right: r.right };
  }));
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) {
    expect(box.height, `${box.text} is ${box.height} px tall`).toBeGreaterThanOrEqual(40);
    expect(box.right, `${box.text} ends at ${box.right} px`).toBeLessThanOrEqual(PHONE.width);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

test.describe('phone hand-off (en)', () => {
  test('the QR code reads back to the form, the app steps and Copy; then sent from the app, by hand, in the popup, export and proof', async ({ ext }) => {
    test.setTimeout(90_000);
    const { popup, row, handoff } = await openHandoff(ext, 'instagram:marie_app');
    const page = popup.page;

    // A phone's camera reads the code: Instagram's objection form, from lib/domain.ts.
    expect(readQr(await handoff.locator('[data-qr]').screenshot())).toBe(IG_FORM);
    await expect(handoff.locator('[data-app-steps] li')).toHaveText([
      'Open your profile, tap ☰, then “Settings”.',
      'Tap “About”, then “Privacy Policy”.',
      'Search the policy for “object” and tap that link.',
      'If asked “Is your request about AI at Meta?”, answer “Yes”.',
      'Check your e-mail address, paste the reason below and tap “Send”. The app may ask you to log in again.',
    ]);
    await expect(handoff).toContainText("open in Meta's own browser, where no extension runs");
    await expectTouchSized(page, row);
    await shoot(page, 'handoff-en', row);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(readQr(await handoff.locator('[data-qr]').screenshot()), 'the code reads in dark mode too').toBe(IG_FORM);
    await shoot(page, 'handoff-en-dark', row);
    await page.emulateMedia({ colorScheme: 'light' });

    // Copy puts the reason shown (the default English one) on the clipboard.
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const reason = (await handoff.locator('[data-reason]').textContent()) ?? '';
    expect(reason.length).toBeGreaterThan(50);
    await handoff.locator('[data-action="copy-reason"]').click();
    await expect(handoff.locator('[data-action="copy-reason"]')).toHaveText('Reason copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reason);
    await ext.context.clearPermissions(); // the browser serves the next test too

    // Back from the app: recorded by hand, dated today; the follow-up starts; no more hand-off.
    const before = Date.now();
    await row.locator('[data-action="mark-sent"]').click();
    await popup.expectStatus('instagram:marie_app', 'sent');
    await expect(row).toHaveAttribute('data-recorded', 'by-hand');
    await expect(row).toContainText('Recorded by hand on');
    await expect(row.locator('[data-action="phone"], [data-action="mark-sent"], [data-phone-handoff]')).toHaveCount(0);
    await popup.expectFollowUp('instagram:marie_app', 'waiting', 0);
    await shoot(page, 'handoff-sent-en');

    // The export says how it was recorded, and when.
    const options = await openExtensionPage(ext, 'options.html');
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export-json"]').click()]);
    const record = JSON.parse(readFileSync(await download.path(), 'utf8')) as { version: number; state: State };
    expect(record.version).toBe(4);
    expect(record.state.objections).toHaveLength(1);
    const objection = record.state.objections[0];
    expect(objection).toMatchObject({ accountKey: 'instagram:marie_app', platform: 'instagram', kind: 'own', formUrl: IG_FORM, recorded: 'by-hand', confirmationText: '' });
    expect(Date.parse(objection.sentAt)).toBeGreaterThanOrEqual(before - 1000);

    // The printable proof says "by hand", and nothing of a confirmation seen.
    await options.locator('[data-action="print"]').click();
    const proof = options.locator('.proof');
    await expect(proof.locator('[data-recorded="by-hand"]')).toHaveText(
      "Recorded by hand: sent outside this browser (in Meta's app or on another device). Opposer did not see Meta's confirmation.",
    );
    await expect(proof).toContainText(IG_FORM);
    await expect(proof).not.toContainText("Confirmed by Meta's e-mail");
    await expect(proof.locator('blockquote')).toHaveCount(0);
  });

  test('a mistaken "I sent it from the app" is undone, and the row is to do again', async ({ ext }) => {
    const popup = await PopupPage.open(ext);
    await popup.addAccount('marie.dupont', 'facebook');
    const row = await popup.expectStatus('facebook:marie.dupont', 'todo');
    await row.locator('[data-action="mark-sent"]').click();
    await popup.expectStatus('facebook:marie.dupont', 'sent');
    await row.locator('[data-action="undo-by-hand"]').click();
    await popup.expectStatus('facebook:marie.dupont', 'todo');
    await expect(row).not.toHaveAttribute('data-recorded');
  });

  test('after a month, the complaint kit takes an objection recorded by hand like any other', async ({ ext }) => {
    const sentAt = new Date(Date.now() - 35 * DAY).toISOString();
    await ext.serviceWorker.evaluate((value) => chrome.storage.local.set({ opposer: value, opposer$: { v: 4 } }), {
      accounts: [{ key: 'facebook:marie.dupont', platform: 'facebook', id: 'marie.dupont', name: 'Marie Dupont', firstSeen: sentAt, lastSeen: sentAt, origin: 'manual' }],
      groups: [],
      objections: [{
        id: 'by-hand-35d', accountKey: 'facebook:marie.dupont', platform: 'facebook', kind: 'own', formUrl: FB_FORM, sentAt,
        confirmationText: '', emailConfirmedAt: null, followUp: { genuineCheckedAt: null, complaintPreparedAt: null, complaintAuthority: null }, recorded: 'by-hand',
      }],
      lastSeen: {}, session: null, templates: {}, thirdPartyTemplates: {}, notices: [], tasks: [],
    });
    const popup = await PopupPage.open(ext);
    const row = await popup.expectStatus('facebook:marie.dupont', 'sent');
    await expect(row).toHaveAttribute('data-recorded', 'by-hand');
    await popup.expectFollowUp('facebook:marie.dupont', 'complaint', 35);
    const kit = await openExtensionPage(ext, 'complaint.html');
    await expect(kit.locator('[data-letter]')).toContainText(FB_FORM);
    await expect(kit.locator('[data-letter]')).toContainText('Marie Dupont');
    // Its record, enclosed with the letter, says how it was recorded.
    await expect(kit.locator('[data-objection="by-hand-35d"] [data-recorded="by-hand"]')).toContainText('Recorded by hand');
  });
});

test.describe('phone hand-off (fr)', () => {
  test.use({ browserSetup: { lang: 'fr', replica: { lang: 'fr' } } });
  test('the code reads back to Facebook’s form; the app steps and the reason are in French', async ({ ext }) => {
    const seen = await PopupPage.afterVisiting(ext, 'https://www.facebook.com/', 'facebook:marie.dupont');
    const { popup, row, handoff } = await openHandoff(ext, 'facebook:marie.dupont', seen.popup);
    expect(readQr(await handoff.locator('[data-qr]').screenshot())).toBe(FB_FORM);
    await expect(handoff.locator('[data-app-steps] li')).toHaveCount(6);
    await expect(handoff.locator('[data-app-steps] li').first()).toHaveText('Touchez ☰ Menu.');
    await expect(handoff.locator('[data-app-steps] li').nth(3)).toHaveText('Cherchez « opposer » dans la politique et touchez ce lien.');
    await expect(handoff.locator('[data-reason]')).toContainText('Je m');
    await expect(handoff.locator('[data-action="copy-reason"]')).toHaveText('Copier la raison');
    await expect(row.locator('[data-action="mark-sent"]')).toHaveText('Je l’ai envoyée depuis l’appli');
    await expectTouchSized(popup.page, row);
    await shoot(popup.page, 'handoff-fr', row);
    await popup.page.emulateMedia({ colorScheme: 'dark' });
    await shoot(popup.page, 'handoff-fr-dark', row);
  });
});
