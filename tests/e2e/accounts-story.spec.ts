import { expect, launch, test, type Browser } from './fixtures';
import { PopupPage } from './popup-page';
import { followSteps, sendForm } from './walk';

/** The extension's own API, as seen inside its service worker. */
declare const chrome: { action: { getBadgeText(details: object): Promise<string> } };
const badge = (ext: Browser) => ext.serviceWorker.evaluate(() => chrome.action.getBadgeText({}));

test('two accounts, one Accounts Center: send from Facebook, Instagram is covered, and it survives a restart', async ({ ext }) => {
  const { page, popup, row: fbRow } = await PopupPage.afterVisiting(ext, 'https://www.facebook.com/', 'facebook:marie.dupont');
  await page.goto('https://www.instagram.com/');
  const igRow = await popup.expectStatus('instagram:marie_dupont', 'todo');
  await expect(popup.summary).toHaveText('2 accounts still to do.');
  await expect.poll(() => badge(ext)).toBe('2');
  await expect(popup.groups).toHaveCount(0);

  await page.goto('https://accountscenter.facebook.com/profiles');
  await expect(popup.groupedAccounts).toHaveCount(2, { timeout: 15_000 });

  await page.goto('https://www.facebook.com/privacy/center/');
  await followSteps(page, ['fb-genai-topic', 'fb-object-link']);
  await sendForm(page, 'fb-form-submit');
  await expect(fbRow).toHaveAttribute('data-status', 'sent', { timeout: 15_000 });
  await expect(igRow).toHaveAttribute('data-status', 'covered');
  await expect(popup.summary).toHaveText('All your accounts are done.');
  await expect.poll(() => badge(ext)).toBe('');

  await ext.context.close();
  const again = await launch(ext.userDataDir);
  try {
    const popupAgain = await PopupPage.open(again);
    await expect(popupAgain.account('facebook:marie.dupont')).toHaveAttribute('data-status', 'sent');
    await expect(popupAgain.account('instagram:marie_dupont')).toHaveAttribute('data-status', 'covered');
  } finally {
    await again.context.close();
  }
});

test('the user ticks that Meta’s e-mail arrived: confirmed', async ({ ext }) => {
  const { page, row: igRow } = await PopupPage.afterVisiting(ext, 'https://www.instagram.com/', 'instagram:marie_dupont');
  await page.goto('https://help.instagram.com/contact/767264225370182');
  await sendForm(page, 'ig-form-submit');
  await expect(igRow).toHaveAttribute('data-status', 'sent', { timeout: 15_000 });
  await igRow.getByRole('checkbox').check();
  await expect(igRow).toHaveAttribute('data-status', 'confirmed');
});

test('the user adds an account by hand, renames it and links it to another', async ({ ext }) => {
  const { page, popup } = await PopupPage.afterVisiting(ext, 'https://www.facebook.com/', 'facebook:marie.dupont');

  await popup.addAccount('@Marie_Travel', 'instagram');
  const added = await popup.expectStatus('instagram:marie_travel', 'todo', 10_000);

  await added.getByText('Correct').click();
  await added.getByLabel('Name').fill('Travel <b>photos</b>');
  await added.getByRole('button', { name: 'Save' }).click();
  await expect(added.locator('.name')).toContainText('Travel <b>photos</b>');
  await expect(added.locator('.name b')).toHaveCount(0);

  await added.getByLabel('Same Accounts Center as').selectOption('facebook:marie.dupont');
  await expect(popup.groupedAccounts).toHaveCount(2);
  await page.goto('https://www.facebook.com/help/contact/712876720715583');
  await sendForm(page, 'fb-form-submit');
  await popup.expectStatus('instagram:marie_travel', 'covered');
});

test('a form that shows no account: the user moves the objection to the account it was sent from', async ({ ext }) => {
  const { page, popup, row: seen } = await PopupPage.afterVisiting(ext, 'https://www.facebook.com/', 'facebook:marie.dupont');
  await popup.addAccount('marie.pro');
  const other = await popup.expectStatus('facebook:marie.pro', 'todo', 10_000);

  await page.goto('https://www.facebook.com/help/contact/712876720715583');
  await sendForm(page, 'fb-form-submit');
  await expect(seen).toHaveAttribute('data-status', 'sent', { timeout: 15_000 });
  await seen.locator('details.editor > summary').click();
  await seen.getByLabel('Actually sent from').selectOption('facebook:marie.pro');
  await expect(other).toHaveAttribute('data-status', 'sent');
  await expect(seen).toHaveAttribute('data-status', 'todo');
});
