/**
 * The menus as saved from Meta's pages (docs/meta-pages.md, "Real markup"), walked in Chromium
 * with the built extension, clicking only what is marked: Instagram's "More", whose icon is named
 * "Settings" (fr « Options »), opens a role-less layer at the end of <body> whose "Settings" row
 * holds a gear named "Settings"; Facebook's profile control is named only by its icon, and its
 * menu's entries are list items.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { followSteps, startGuide } from './walk';

const SHOTS = 'tests/e2e/.artifacts';

/** What carries the step's marker: its tag, role, href, and whether it is an icon. */
function marked(page: Page, step: string) {
  return page.locator(`[data-opposer-step="${step}"]`).evaluate((el) => ({
    tag: el.localName,
    href: el.getAttribute('href'),
    role: el.getAttribute('role'),
    ownName: el.getAttribute('aria-label'),
    inLastLayer: document.body.lastElementChild?.contains(el) ?? false,
  }));
}

for (const [lang, more, moreIcon, settings] of [
  ['en', 'More', 'Settings', 'Settings'],
  ['fr', 'Plus', 'Options', 'Paramètres'],
] as const) {
  test.describe(`menus (${lang})`, () => {
    test.use({ browserSetup: { lang, replica: { lang } } });

    test(`Instagram (${lang}): "${more}" (its icon named "${moreIcon}"), then the row "${settings}" of the role-less layer, not its gear; back to "${more}" when it closes`, async ({ ext }) => {
      const { page } = await startGuide(ext, 'instagram');
      await followSteps(page, ['ig-more-menu']);
      const row = page.locator('[data-opposer-step="ig-settings"]');
      await expect(row).toBeVisible({ timeout: 12_000 });
      // Two elements named "Settings" (the row's gear, and in English the icon of "More"): the link carries the marker.
      expect(await marked(page, 'ig-settings')).toEqual({ tag: 'a', href: '/accounts/edit/', role: 'link', ownName: null, inLastLayer: true });
      await expect(row.locator(`svg[aria-label="${settings}"]`)).toHaveCount(1);
      await expect(page.locator(`svg[aria-label="${moreIcon}"][data-opposer-step], svg[aria-label="${settings}"][data-opposer-step]`)).toHaveCount(0);
      await expect(page.locator('[data-opposer-step]')).toHaveCount(1);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: `${SHOTS}/menus-instagram-${lang}.png` });

      await page.keyboard.press('Escape');
      await expect(page.locator('[data-opposer-step="ig-more-menu"]')).toBeVisible({ timeout: 12_000 });
      expect((await marked(page, 'ig-more-menu')).tag).toBe('a');
      await expect(page.locator('[data-opposer-step="ig-more-menu"]')).toContainText(more);
      await followSteps(page, ['ig-more-menu', 'ig-settings', 'ig-privacy-center']);
      await expect(page.locator('[data-opposer-step="ig-genai-topic"]')).toBeVisible({ timeout: 12_000 });
    });

    test(`Facebook (${lang}): the nameless profile control through its icon, then the list item, on to the Privacy Center`, async ({ ext }) => {
      const { page } = await startGuide(ext, 'facebook');
      const button = page.locator('[data-opposer-step="fb-account-menu"]');
      await expect(button).toBeVisible({ timeout: 12_000 });
      // The wrapper takes the click: not its icon, and it has no name of its own.
      expect(await marked(page, 'fb-account-menu')).toMatchObject({ tag: 'div', role: 'button', ownName: null });
      await expect(button.locator('svg[role="img"][aria-label]')).toHaveCount(1);
      await followSteps(page, ['fb-account-menu']);
      await expect(page.locator('[data-opposer-step="fb-settings-privacy"]')).toBeVisible({ timeout: 12_000 });
      expect(await marked(page, 'fb-settings-privacy')).toMatchObject({ tag: 'div', role: 'listitem' });
      await page.screenshot({ path: `${SHOTS}/menus-facebook-${lang}.png` });
      await page.keyboard.press('Escape');
      await expect(button).toBeVisible({ timeout: 12_000 });
      await followSteps(page, ['fb-account-menu', 'fb-settings-privacy', 'fb-privacy-center']);
      await expect(page.locator('[data-opposer-step="fb-genai-topic"]')).toBeVisible({ timeout: 12_000 });
    });
  });
}
