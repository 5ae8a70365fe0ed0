/**
 * After sending: the follow-up prompts at the right ages (seeded records), the toolbar badge and
 * its tooltip, and the complaint kit in several languages with the right authority, the record's
 * facts, 0 axe violations, and a look at it printed to PDF.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { State } from '@/lib/record/schema';
import { clickMarked, expect, markedStep, openExtensionPage, test, type Browser } from './fixtures';
import { axeViolations } from './keyboard-and-axe';
import { PopupPage } from './popup-page';

declare const chrome: {
  action: { getBadgeText(details: object): Promise<string>; getTitle(details: object): Promise<string> };
  storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
};

const ARTIFACTS = path.resolve('tests/e2e/.artifacts/followup');
const DAY = 86_400_000;
const FB_FORM = 'https://www.facebook.com/help/contact/712876720715583';
const IG_FORM = 'https://help.instagram.com/contact/767264225370182';
interface FollowUp { genuineCheckedAt: string | null; complaintPreparedAt: string | null; complaintAuthority: string | null }
const EMPTY_FOLLOW_UP: FollowUp = { genuineCheckedAt: null, complaintPreparedAt: null, complaintAuthority: null };

/** A stored record (schema v3): objections sent 3 days, 35 days and 1 day ago, one confirmed, one third-party, one account to do. */
function seededRecord(now: number) {
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY - 3_600_000).toISOString();
  const account = (platform: string, id: string, name: string) => ({
    key: `${platform}:${id}`, platform, id, name, firstSeen: at(40), lastSeen: at(1), origin: 'seen',
  });
  const objection = (id: string, accountKey: string, platform: string, formUrl: string, daysAgo: number, confirmedDaysAgo: number | null = null) => ({
    id, accountKey, platform, kind: 'own', formUrl, sentAt: at(daysAgo),
    confirmationText: platform === 'facebook' ? 'We’ll honour your objection.' : 'Your request will be applied going forward to developing and improving AI at Meta.',
    emailConfirmedAt: confirmedDaysAgo === null ? null : at(confirmedDaysAgo),
    followUp: EMPTY_FOLLOW_UP,
  });
  return {
    accounts: [
      account('facebook', 'marie.dupont', 'Marie Dupont'),
      account('instagram', 'marie_d', 'marie_d'),
      account('facebook', 'jean.martin', 'Jean Martin'),
      account('instagram', 'jean_m', 'jean_m'),
      account('facebook', 'paul.durand', 'Paul Durand'),
    ],
    groups: [],
    objections: [
      objection('o-3d', 'facebook:marie.dupont', 'facebook', FB_FORM, 3),
      objection('o-35d', 'instagram:marie_d', 'instagram', IG_FORM, 35),
      objection('o-1d', 'facebook:jean.martin', 'facebook', FB_FORM, 1),
      objection('o-confirmed', 'instagram:jean_m', 'instagram', IG_FORM, 40, 38),
      // The third-party information form: another request, no account, never in the complaint.
      { ...objection('o-third-party', 'facebook:paul.durand', 'facebook', 'https://www.facebook.com/help/contact/510058597920541', 40), accountKey: null, kind: 'third-party' },
    ],
    lastSeen: {}, session: null, templates: {}, thirdPartyTemplates: {}, notices: [],
  };
}

async function seed(ext: Browser): Promise<ReturnType<typeof seededRecord>> {
  const record = seededRecord(Date.now());
  await ext.serviceWorker.evaluate((value) => chrome.storage.local.set({ opposer: value, opposer$: { v: 3 } }), record);
  return record;
}

const stored = (ext: Browser) =>
  ext.serviceWorker.evaluate(async () => (await chrome.storage.local.get('opposer')).opposer) as Promise<ReturnType<typeof seededRecord>>;

async function openKit(ext: Browser, query = ''): Promise<Page> {
  const kit = await openExtensionPage(ext, `complaint.html${query}`);
  await expect(kit.locator('[data-letter]')).toBeVisible();
  return kit;
}

/** Prints the page to PDF with Chromium and turns each page into a PNG to look at. */
async function printToPng(page: Page, name: string): Promise<string[]> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const pdf = path.join(ARTIFACTS, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', margin: { top: '18mm', bottom: '18mm', left: '18mm', right: '18mm' } });
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(ARTIFACTS, name)]);
  return [pdf];
}

test.describe('follow-up in the popup (en)', () => {
  test('seeded at 1, 3 and 35 days: waiting, check the e-mail, complaint; the badge and its tooltip say why', async ({ ext }) => {
    test.setTimeout(120_000);
    await seed(ext);
    const popup = await PopupPage.open(ext);
    const row = (key: string) => popup.account(key);

    const waiting = await popup.expectFollowUp('facebook:jean.martin', 'waiting', 1);
    await expect(waiting).toContainText("Waiting for Meta's e-mail for 1 day.");
    await expect(waiting.locator('[data-action="complaint"]')).toHaveCount(0);

    const check = await popup.expectFollowUp('facebook:marie.dupont', 'check-email', 3);
    await expect(check).toContainText('spam');
    await expect(check).toContainText('address typed on the form');
    await expect(check.locator('[data-action="check-email"][data-platform="facebook"]')).toHaveCount(1);
    await expect(check.locator('[data-action="complaint"]')).toHaveCount(0);

    const complaint = await popup.expectFollowUp('instagram:marie_d', 'complaint', 35);
    await expect(complaint.locator('[data-action="complaint"]')).toBeVisible();

    await expect(row('instagram:jean_m')).toHaveAttribute('data-status', 'confirmed');
    await expect(popup.followUp('instagram:jean_m')).toHaveCount(0);
    await expect(popup.followUp('facebook:paul.durand')).toHaveCount(0);
    await expect(popup.followUp()).toHaveCount(3);

    // The honest words sit by the status of every sent objection.
    await expect(row('facebook:marie.dupont').locator('[data-covers]')).toContainText('What an objection covers');

    // Badge: 1 account to do + 2 objections waiting too long; the tooltip tells them apart.
    await expect.poll(() => ext.serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('3');
    const title = await ext.serviceWorker.evaluate(() => chrome.action.getTitle({}));
    expect(title).toContain('1 account still to do');
    expect(title).toContain("2 objections waiting too long for Meta's e-mail");

    // The genuine-e-mail check is recorded with its date; the badge does not count it twice.
    await row('facebook:marie.dupont').locator('.genuine summary').click();
    await row('facebook:marie.dupont').getByLabel('I found it there: it is genuine').check();
    await expect.poll(async () => (await stored(ext)).objections.find((o) => o.id === 'o-3d')?.followUp.genuineCheckedAt).toMatch(/^\d{4}-/);
    await expect(row('facebook:marie.dupont').locator('.genuine')).toContainText('Checked genuine on');

    await row('instagram:marie_d').locator('.genuine summary').click();
    await popup.page.setViewportSize({ width: 400, height: 1100 });
    for (const key of ['facebook:marie.dupont', 'instagram:marie_d', 'facebook:jean.martin']) {
      await row(key).screenshot({ path: path.join(ARTIFACTS, `popup-${key.replace(':', '-')}.png`) });
    }
    for (const summary of await popup.page.locator('summary').all()) await summary.click().catch(() => undefined);
    expect(await axeViolations(popup.page)).toEqual([]);

    // From the row after one month, the complaint kit opens; preparing it is recorded.
    const [kit] = await Promise.all([ext.context.waitForEvent('page'), complaint.locator('[data-action="complaint"]').click()]);
    await expect(kit).toHaveURL(/\/complaint\.html$/);
    await expect(kit.locator('[data-authority="IE"]')).toContainText('Data Protection Commission');
    await expect(kit.locator('[data-objection]')).toHaveCount(1);
    const [download] = await Promise.all([kit.waitForEvent('download'), kit.locator('[data-action="download-letter"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^opposer-complaint-\d{4}-\d{2}-\d{2}\.txt$/);
    await expect.poll(async () => (await stored(ext)).objections.find((o) => o.id === 'o-35d')?.followUp.complaintAuthority).toBe('IE');
    await expect(complaint.locator('[data-complaint-prepared]')).toContainText('Complaint prepared on');
    // Prepared for the objection past its month only: the one at 3 days still needs attention.
    expect((await stored(ext)).objections.find((o) => o.id === 'o-3d')?.followUp.complaintPreparedAt).toBeNull();
    await expect.poll(() => ext.serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('2');
  });
});

test('is that e-mail genuine? A guided trip to Accounts Center → Password and security → "Recent emails"', async ({ ext }) => {
  await seed(ext);
  const popup = await PopupPage.open(ext);
  const row = popup.account('facebook:marie.dupont');
  await row.locator('.genuine summary').click();
  const [page] = await Promise.all([ext.context.waitForEvent('page'), row.locator('[data-action="check-email"][data-platform="facebook"]').click()]);
  await expect(page).toHaveURL('https://accountscenter.facebook.com/');
  await expect(page.locator('[data-opposer-step="fb-ac-password-security"]')).toBeVisible({ timeout: 12_000 });
  const tooltip = page.locator('[data-opposer-ui]').locator('[role="status"]');
  await expect(tooltip).toContainText('Step 1 of 2');
  await expect(tooltip).toContainText('Password and security');
  await clickMarked(page, 'fb-ac-password-security');
  await expect(page).toHaveURL(/\/password_and_security\/?$/);
  await expect(page.locator('[data-opposer-step="fb-ac-recent-emails"]')).toBeVisible({ timeout: 12_000 });
  await expect(tooltip).toContainText('Step 2 of 2');
  await expect(tooltip).toContainText('Recent emails');
  expect(await markedStep(page)).toBe('fb-ac-recent-emails');
  await page.screenshot({ path: path.join(ARTIFACTS, 'trip-recent-emails.png') });
});

test('the genuine-e-mail steps stay hidden in Accounts Center when no check was asked for', async ({ ext }) => {
  await seed(ext);
  const page = await ext.context.newPage();
  await page.goto('https://accountscenter.facebook.com/password_and_security/');
  await expect(page.getByText('Recent emails')).toBeVisible();
  await page.waitForTimeout(1500);
  expect(await markedStep(page)).toBeNull();
});

const KIT_LANGS = [
  { lang: 'fr', authority: 'FR', name: 'CNIL', url: /^https:\/\/www\.cnil\.fr\//, words: ['article 21', 'article 12, paragraphe 3', 'article 77'], title: 'Plainte auprès de votre autorité de protection des données', waiting: 'En attente de l’e-mail de Meta depuis 35\u00a0jours.' },
  { lang: 'de', authority: 'DE-BY', name: 'Bayerisches Landesamt für Datenschutzaufsicht', url: /^https:\/\/www\.lda\.bayern\.de\//, words: ['Art. 21 DSGVO', 'Art. 12 Abs. 3 DSGVO', 'Art. 77'], title: 'Beschwerde bei Ihrer Datenschutzaufsicht', waiting: 'Seit 35 Tagen warten auf die E-Mail von Meta.' },
] as const;

for (const k of KIT_LANGS) {
  test.describe(`complaint kit (${k.lang})`, () => {
    test.use({ browserSetup: { lang: k.lang, replica: { lang: k.lang } } });

    test(`in ${k.lang}: the right authority, the record's facts, 0 axe violations, printed`, async ({ ext }) => {
      test.setTimeout(120_000); // a kit, a PDF and a popup, on a shared machine
      const record = await seed(ext);
      const kit = await openKit(ext);
      await expect(kit.locator('html')).toHaveAttribute('lang', new RegExp(`^${k.lang}`));
      await expect(kit.getByRole('heading', { level: 1 })).toHaveText(k.title);
      if (k.lang === 'de') {
        // Germany goes by Land: nothing is addressed until the user picks one.
        await expect(kit.locator('[data-authority]')).toHaveCount(0);
        await kit.locator('select[data-choice="land"]').selectOption('BY');
      }
      const authority = kit.locator(`[data-authority="${k.authority}"]`);
      await expect(authority).toContainText(k.name);
      await expect(authority.locator('a')).toHaveAttribute('href', k.url);

      const letter = kit.locator('[data-letter]');
      await expect(letter).toContainText(k.name);
      for (const words of k.words) await expect(letter).toContainText(words);
      // The objection's date and form address, from the record, in the letter.
      const sent = record.objections.find((o) => o.id === 'o-35d')!;
      const date = new Date(sent.sentAt).toLocaleDateString(k.lang, { day: 'numeric', month: 'long', year: 'numeric' });
      await expect(letter).toContainText(date);
      await expect(letter).toContainText(IG_FORM);
      // The dated record: the objection past its month, with its account, date, form and Meta's
      // words; those still within their month, and the confirmed one, are not complained about.
      await expect(kit.locator('[data-objection]')).toHaveCount(1);
      const facts = kit.locator('[data-objection="o-35d"]');
      await expect(facts).toContainText('Instagram · marie_d');
      await expect(facts).toContainText(IG_FORM);
      await expect(facts.locator(`[data-sent-at="${sent.sentAt}"]`)).toHaveCount(1);
      await expect(facts.locator('blockquote')).toContainText('applied going forward');
      await expect(letter).not.toContainText(FB_FORM);
      await expect(kit.locator('.kit-covers li')).toHaveCount(4);

      expect(await axeViolations(kit)).toEqual([]);
      await kit.setViewportSize({ width: 900, height: 1400 });
      await kit.screenshot({ path: path.join(ARTIFACTS, `kit-${k.lang}.png`), fullPage: true });
      await printToPng(kit, `kit-${k.lang}`);

      // The popup's prompts in the same language, and 0 axe violations there too.
      const popup = await PopupPage.open(ext);
      const row = popup.account('instagram:marie_d');
      await expect(row.locator('[data-followup="complaint"][data-days="35"]')).toContainText(k.waiting);
      await row.locator('.genuine summary').click();
      await row.locator('.covers summary').click();
      await popup.page.setViewportSize({ width: 400, height: 1100 });
      await row.screenshot({ path: path.join(ARTIFACTS, `popup-complaint-${k.lang}.png`) });
      expect(await axeViolations(popup.page)).toEqual([]);
    });
  });
}

test('the kit names the right authority for IE, IT, ES, NL, and a Land asked for in the address', async ({ ext }) => {
  await seed(ext);
  const kit = await openKit(ext);
  const expected = [
    ['IE', 'Data Protection Commission', /^https:\/\/www\.dataprotection\.ie\//],
    ['IT', 'Garante per la protezione dei dati personali', /^https:\/\/www\.garanteprivacy\.it\//],
    ['ES', 'Agencia Española de Protección de Datos', /^https:\/\/sedeagpd\.gob\.es\//],
    ['NL', 'Autoriteit Persoonsgegevens', /^https:\/\/www\.autoriteitpersoonsgegevens\.nl\//],
    ['FR', 'CNIL', /^https:\/\/www\.cnil\.fr\//],
  ] as const;
  for (const [code, name, url] of expected) {
    await kit.locator('select[data-choice="country"]').selectOption(code);
    await expect(kit.locator(`[data-authority="${code}"]`)).toContainText(name);
    await expect(kit.locator(`[data-authority="${code}"] a`)).toHaveAttribute('href', url);
    await expect(kit.locator('[data-letter]')).toContainText(name);
  }
  // The letter's language can differ from the UI's: an Italian letter to the Garante.
  await kit.locator('select[data-choice="country"]').selectOption('IT');
  await kit.locator('select[data-choice="letter-language"]').selectOption('it');
  await expect(kit.locator('[data-letter]')).toContainText('articolo 12, paragrafo 3');

  const berlin = await openKit(ext, '?authority=DE-BE');
  await expect(berlin.locator('[data-authority="DE-BE"]')).toContainText('Berliner Beauftragte');
  await expect(berlin.locator('select[data-choice="land"]')).toHaveValue('BE');
  await expect(berlin.locator('[data-letter]')).not.toContainText('510058597920541');
});

test('sooner, at the user\'s request: the options page opens the kit, which says Meta\'s month is not over', async ({ ext }) => {
  const now = Date.now();
  const record = seededRecord(now);
  record.objections = record.objections.filter((o) => o.id === 'o-3d');
  await ext.serviceWorker.evaluate((value) => chrome.storage.local.set({ opposer: value, opposer$: { v: 3 } }), record);
  const options = await openExtensionPage(ext, 'options.html');
  const [kit] = await Promise.all([ext.context.waitForEvent('page'), options.locator('[data-action="complaint"]').click()]);
  await expect(kit.locator('[data-letter]')).toBeVisible();
  await expect(kit.locator('.kit-early')).toContainText("Meta's month is not over yet");
  await expect(kit.locator('[data-objection]')).toHaveCount(1);
});

test('the proof carries the follow-up: JSON export (v4) and import, and the printable page', async ({ ext }) => {
  const record = seededRecord(Date.now());
  const checked = new Date(Date.now() - DAY).toISOString();
  const prepared = new Date().toISOString();
  record.objections[0].followUp = { genuineCheckedAt: checked, complaintPreparedAt: null, complaintAuthority: null };
  record.objections[1].followUp = { genuineCheckedAt: null, complaintPreparedAt: prepared, complaintAuthority: 'DE-BY' };
  await ext.serviceWorker.evaluate((value) => chrome.storage.local.set({ opposer: value, opposer$: { v: 3 } }), record);

  const options = await openExtensionPage(ext, 'options.html');
  const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export-json"]').click()]);
  const exported = readFileSync(await download.path(), 'utf8');
  const file = JSON.parse(exported) as { version: number; state: State };
  expect(file.version).toBe(4); // 3 added the follow-up; 4 may mark an objection recorded by hand
  expect(file.state.objections.find((o) => o.id === 'o-3d')?.followUp.genuineCheckedAt).toBe(checked);
  expect(file.state.objections.find((o) => o.id === 'o-35d')?.followUp).toEqual({ genuineCheckedAt: null, complaintPreparedAt: prepared, complaintAuthority: 'DE-BY' });

  // Reimported as it was; an unknown authority is refused with the reason.
  await ext.serviceWorker.evaluate(() => chrome.storage.local.set({ opposer: { accounts: [], groups: [], objections: [], lastSeen: {}, session: null, templates: {}, thirdPartyTemplates: {}, notices: [] } }));
  const input = options.locator('input[type="file"][data-action="import-json"]');
  await input.setInputFiles({ name: 'record.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(options.locator('[data-import-result]')).toHaveAttribute('data-import-result', 'ok');
  expect((await stored(ext)).objections.find((o) => o.id === 'o-35d')?.followUp.complaintAuthority).toBe('DE-BY');
  const bad = structuredClone(file);
  bad.state.objections[1].followUp.complaintAuthority = 'XX';
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(options.locator('[data-import-result]')).toHaveAttribute('data-import-result', 'error');
  await expect(options.locator('[data-import-result]')).toContainText('unknown authority XX');

  await options.locator('[data-action="print"]').click();
  await expect(options.locator('.proof [data-proof-check]')).toHaveCount(1);
  await expect(options.locator('.proof [data-proof-check]')).toContainText('Checked genuine on');
  await expect(options.locator('.proof [data-proof-complaint]')).toContainText('Bayerisches Landesamt für Datenschutzaufsicht');
  await expect(options.locator('.proof [data-proof-email="none"]')).toHaveCount(4);
});
