import { expect, launch, openPopup, test } from './fixtures';
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
  await expect(popup.locator('[data-group]')).toHaveCount(0);

  await page.goto('https://accountscenter.facebook.com/profiles');
  await expect(popup.locator('[data-group] [data-account]')).toHaveCount(2, { timeout: 15_000 });

  await page.goto('https://www.facebook.com/privacy/center/');
  await followSteps(page, ['fb-genai-topic', 'fb-object-link']);
  await sendForm(page, 'fb-form-submit');
  await expect(fbRow).toHaveAttribute('data-status', 'sent', { timeout: 15_000 });
  await expect(igRow).toHaveAttribute('data-status', 'covered');
  await expect(popup.locator('[data-summary]')).toHaveText('All your accounts are done.');

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
