/**
 * Hardening 3: names the pages provide are text. A Facebook name and Accounts Center entries
 * that contain markup show literally in the popup, its editor and the printable proof; no
 * element is made of them and no script of theirs runs.
 */
import type { Page } from '@playwright/test';
import { expect, openExtensionPage, test } from './fixtures';
import { PopupPage } from './popup-page';
import { watchConsole } from './hardening-helpers';

const FB_NAME = '<img src=x onerror="window.__pwned=1">Marie <b>Dupont</b>';
/** Listed only on the Accounts Center page: known by that name, never seen logged in. */
const AC_NAME = '<svg onload="window.__pwned=2"></svg><i>Jean</i> <script>window.__pwned=3</script>Martin';

/**
 * Elements the names above would become if they were ever parsed as markup. (The popup draws
 * its own icons as `svg` and has links of its own: the injected `svg` is the one with `onload`.)
 */
const INJECTED = 'img, b, i, svg[onload], script, iframe, style, object, embed';

async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

test.describe.configure({ mode: 'parallel' });

test.describe('names containing markup', () => {
  test.use({
    browserSetup: {
      replica: {
        facebookAccount: { id: 'marie.dupont', name: FB_NAME },
        accountsCenter: [
          { platform: 'Facebook', name: FB_NAME },
          { platform: 'Facebook', name: AC_NAME },
          { platform: 'Instagram', name: 'marie_dupont' },
        ],
      },
    },
  });

  test('show as text in the popup and the printable proof, and never run', async ({ ext }) => {
    const logs = await watchConsole(ext);
    const page = await ext.context.newPage();
    await page.goto('https://www.facebook.com/');
    const popup = await PopupPage.open(ext);
    const fbRow = await popup.expectStatus('facebook:marie.dupont', 'todo');

    await page.goto('https://accountscenter.facebook.com/profiles');
    await expect(popup.groupedAccounts).toHaveCount(3, { timeout: 15_000 });

    // The popup: each name is shown literally, in its row and in the editor's lists.
    await expect(fbRow.locator('.name')).toContainText(FB_NAME);
    // Known from the Accounts Center by its name only: a placeholder key "facebook:~<slug>".
    const acRow = popup.page.locator('[data-account^="facebook:~"]');
    await expect(acRow).toHaveCount(1);
    await expect(acRow.locator('.name')).toContainText(AC_NAME);
    // The editor's lists are built when it is opened.
    await acRow.locator('details.editor > summary').click();
    await expect(acRow.locator('option').filter({ hasText: FB_NAME }).first()).toBeAttached();
    expect(await popup.account().locator(`:is(${INJECTED})`).count()).toBe(0);
    expect(await pwned(popup.page)).toBeUndefined();

    // A fresh popup (first render straight from the stored record) shows the same.
    const again = await PopupPage.open(ext);
    await expect(again.account('facebook:marie.dupont').locator('.name')).toContainText(FB_NAME);
    expect(await again.account().locator(`:is(${INJECTED})`).count()).toBe(0);
    expect(await pwned(again.page)).toBeUndefined();

    // The printable proof.
    const options = await openExtensionPage(ext, 'options.html');
    await options.locator('[data-action="print"]').click();
    const table = options.locator('main.proof table');
    await expect(table.getByRole('cell', { name: FB_NAME, exact: true })).toBeVisible();
    await expect(table.getByRole('cell', { name: AC_NAME, exact: true })).toBeVisible();
    expect(await options.locator(`main.proof :is(${INJECTED})`).count()).toBe(0);
    expect(await pwned(options)).toBeUndefined();

    // Nor did anything run on Meta's page because of the extension.
    expect(await pwned(page)).toBeUndefined();
    expect(logs.extension(), logs.format(logs.extension())).toEqual([]);
  });
});
