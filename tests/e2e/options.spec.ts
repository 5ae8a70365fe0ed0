import { readFileSync } from 'node:fs';
import type { State } from '@/lib/record/schema';
import { expect, openExtensionPage, test } from './fixtures';
import { PopupPage } from './popup-page';
import { sendForm } from './walk';

test('the proof: export as JSON and as a printable page', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto('https://www.facebook.com/');
  const popup = await PopupPage.open(ext);
  await expect(popup.account('facebook:marie.dupont')).toBeVisible({ timeout: 15_000 });
  await page.goto('https://www.facebook.com/help/contact/712876720715583');
  await sendForm(page, 'fb-form-submit');
  await popup.expectStatus('facebook:marie.dupont', 'sent');

  const options = await openExtensionPage(ext, 'options.html');
  const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-action="export-json"]').click()]);
  const record = JSON.parse(readFileSync(await download.path(), 'utf8')) as { format: string; state: State };
  expect(record.format).toBe('opposer-record');
  expect(record.state.accounts.map((a: { key: string }) => a.key)).toEqual(['facebook:marie.dupont']);
  expect(record.state.objections[0]).toMatchObject({ accountKey: 'facebook:marie.dupont', formUrl: 'https://www.facebook.com/help/contact/712876720715583' });
  expect(record.state.objections[0].confirmationText).toMatch(/honour your objection/);
  expect(JSON.stringify(record)).not.toContain('marie@example.org');

  await options.locator('[data-action="print"]').click();
  await expect(options.getByRole('heading', { level: 1 })).toHaveText("Objections to Meta's use of my data for AI");
  await expect(options.locator('.proof')).toContainText('Marie Dupont');
  await expect(options.locator('.proof blockquote')).toContainText('honour your objection');
});

test.describe('reason templates', () => {
  test.use({ browserSetup: { replica: { lang: 'fr' } } });
  test('an edited template is what the form gets; reset brings the default back', async ({ ext }) => {
    const options = await openExtensionPage(ext, 'options.html');
    await options.getByLabel('Language').selectOption('fr');
    const editor = options.locator('textarea[data-template="fr"]');
    await expect(editor).toHaveValue(/^Je m'oppose expressément/);
    await editor.fill('Je refuse que mes contenus entraînent l’IA de Meta.');
    await options.getByRole('button', { name: 'Save' }).click();

    const page = await ext.context.newPage();
    await page.goto('https://www.facebook.com/help/contact/712876720715583');
    await expect(page.locator('textarea')).toHaveValue('Je refuse que mes contenus entraînent l’IA de Meta.', { timeout: 12_000 });

    await options.getByRole('button', { name: 'Back to the default text' }).click();
    await expect(editor).toHaveValue(/^Je m'oppose expressément/);
    await page.reload();
    await expect(page.locator('textarea')).toHaveValue(/^Je m'oppose expressément/, { timeout: 12_000 });
  });
});

test('reset erases everything after confirmation', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto('https://www.instagram.com/');
  const popup = await PopupPage.open(ext);
  await expect(popup.account()).toHaveCount(1, { timeout: 15_000 });
  const options = await openExtensionPage(ext, 'options.html');
  options.once('dialog', (dialog) => void dialog.dismiss());
  await options.locator('[data-action="reset"]').click();
  await page.waitForTimeout(500);
  await expect(popup.account()).toHaveCount(1);
  options.once('dialog', (dialog) => void dialog.accept());
  await options.locator('[data-action="reset"]').click();
  await expect(popup.account()).toHaveCount(0);
});
