import { expect, launch, openPopup, test, type Browser } from './fixtures';

/** The extension's own API, as seen inside its service worker. */
declare const chrome: { action: { getBadgeText(details: object): Promise<string> } };
const badge = (ext: Browser) => ext.serviceWorker.evaluate(() => chrome.action.getBadgeText({}));
import { followSteps, sendForm } from './walk';

test('two accounts, one Accounts Center: send from Facebook, Instagram is covered, and it survives a restart', async ({ ext, userDataDir }) => {
  const page = await ext.context.newPage();
  await page.goto('https://www.facebook.com/');
  const popup = await openPopup(ext);
  const fbRow = popup.locator('[data-account="facebook:marie.dupont"]');
  const igRow = popup.locator('[data-account="instagram:marie_dupont"]');
  await expect(fbRow).toHaveAttribute('data-status', 'todo', { timeout: 15_000 });
  await page.goto('https://www.instagram.com/');
  await expect(igRow).toHaveAttribute('data-status', 'todo', { timeout: 15_000 });
  await expect(popup.locator('[data-summary]')).toHaveText('2 accounts still to do.');
  await expect.poll(() => badge(ext)).toBe('2');
  await expect(popup.locator('[data-group]')).toHaveCount(0);

  await page.goto('https://accountscenter.facebook.com/profiles');
  await expect(popup.locator('[data-group] [data-account]')).toHaveCount(2, { timeout: 15_000 });

  await page.goto('https://www.facebook.com/privacy/center/');
  await followSteps(page, ['fb-genai-topic', 'fb-object-link']);
  await sendForm(page, 'fb-form-submit');
  await expect(fbRow).toHaveAttribute('data-status', 'sent', { timeout: 15_000 });
  await expect(igRow).toHaveAttribute('data-status', 'covered');
  await expect(popup.locator('[data-summary]')).toHaveText('All your accounts are done.');
  await expect.poll(() => badge(ext)).toBe('');

  await ext.context.close();
  const again = await launch(userDataDir);
  try {
    const popupAgain = await openPopup(again);
    await expect(popupAgain.locator('[data-account="facebook:marie.dupont"]')).toHaveAttribute('data-status', 'sent');
    await expect(popupAgain.locator('[data-account="instagram:marie_dupont"]')).toHaveAttribute('data-status', 'covered');
  } finally {
    await again.context.close();
  }
});

test('the user ticks that Meta’s e-mail arrived: confirmed', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto('https://www.instagram.com/');
  const popup = await openPopup(ext);
  const igRow = popup.locator('[data-account="instagram:marie_dupont"]');
  await expect(igRow).toHaveAttribute('data-status', 'todo', { timeout: 15_000 });
  await page.goto('https://help.instagram.com/contact/767264225370182');
  await sendForm(page, 'ig-form-submit');
  await expect(igRow).toHaveAttribute('data-status', 'sent', { timeout: 15_000 });
  await igRow.getByRole('checkbox').check();
  await expect(igRow).toHaveAttribute('data-status', 'confirmed');
});

test('the user adds an account by hand, renames it and links it to another', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto('https://www.facebook.com/');
  const popup = await openPopup(ext);
  await expect(popup.locator('[data-account="facebook:marie.dupont"]')).toBeVisible({ timeout: 15_000 });

  await popup.getByText('Add an account by hand').click();
  await popup.getByLabel('Platform').selectOption('instagram');
  await popup.getByLabel('Username or profile id').fill('@Marie_Travel');
  await popup.getByRole('button', { name: 'Add', exact: true }).click();
  const added = popup.locator('[data-account="instagram:marie_travel"]');
  await expect(added).toHaveAttribute('data-status', 'todo');

  await added.getByText('Correct').click();
  await added.getByLabel('Name').fill('Travel <b>photos</b>');
  await added.getByRole('button', { name: 'Save' }).click();
  await expect(added.locator('.name')).toContainText('Travel <b>photos</b>');
  await expect(added.locator('.name b')).toHaveCount(0);

  await added.getByLabel('Same Accounts Center as').selectOption('facebook:marie.dupont');
  await expect(popup.locator('[data-group] [data-account]')).toHaveCount(2);
  await page.goto('https://www.facebook.com/help/contact/712876720715583');
  await sendForm(page, 'fb-form-submit');
  await expect(popup.locator('[data-account="instagram:marie_travel"]')).toHaveAttribute('data-status', 'covered', { timeout: 15_000 });
});

test('a form that shows no account: the user moves the objection to the account it was sent from', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto('https://www.facebook.com/');
  const popup = await openPopup(ext);
  const seen = popup.locator('[data-account="facebook:marie.dupont"]');
  await expect(seen).toBeVisible({ timeout: 15_000 });
  await popup.getByText('Add an account by hand').click();
  await popup.getByLabel('Username or profile id').fill('marie.pro');
  await popup.getByRole('button', { name: 'Add', exact: true }).click();
  const other = popup.locator('[data-account="facebook:marie.pro"]');
  await expect(other).toHaveAttribute('data-status', 'todo');

  await page.goto('https://www.facebook.com/help/contact/712876720715583');
  await sendForm(page, 'fb-form-submit');
  await expect(seen).toHaveAttribute('data-status', 'sent', { timeout: 15_000 });
  await seen.locator('summary').click();
  await seen.getByLabel('Actually sent from').selectOption('facebook:marie.pro');
  await expect(other).toHaveAttribute('data-status', 'sent');
  await expect(seen).toHaveAttribute('data-status', 'todo');
});
