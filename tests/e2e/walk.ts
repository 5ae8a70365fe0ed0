import type { Locator, Page } from '@playwright/test';
import { clickMarked, expect, nextMark, openPopup, type Browser } from './fixtures';
import { TEXTS, type CountryCode, type ReplicaLang } from '../replica/i18n';

export type Shot = (name: string, page: Page) => Promise<void>;

/**
 * Waits until the step's marked element is visible, as an assertion: it looks again every
 * 500 ms after its first tries, which leaves the page's second render pass behind before the
 * click (a locator's waitFor clicked into it: the click hit a replaced element, measured).
 */
async function markShown(page: Page, step: string, timeout = 12_000): Promise<void> {
  await expect(page.locator(`[data-opposer-step="${step}"]`)).toBeVisible({ timeout });
}

/**
 * A person following the guide: waits for the marked element of each step, checks it is the
 * step expected, and clicks it — and only it. `shot` takes a picture at every step.
 */
export async function followSteps(page: Page, steps: readonly string[], shot?: Shot): Promise<void> {
  for (const step of steps) {
    await markShown(page, step);
    // The page may re-render between the two looks (the marked element replaced by a new one,
    // marked again on the next scan): wait for a mark, then it must be this step's, and only one.
    expect(await nextMark(page)).toBe(step);
    await shot?.(step, page);
    await clickMarked(page, step);
  }
}

/** On the form: the reason is prefilled in the page's own state, Send is pointed at, the user clicks it. */
export async function sendForm(page: Page, submitStep: string, shot?: Shot): Promise<void> {
  await markShown(page, submitStep);
  await expect(page.locator('textarea[data-opposer-prefilled="true"]')).toBeVisible();
  await shot?.(submitStep, page);
  await clickMarked(page, submitStep);
}

/** The user opens `url` in a new tab, where the guide marks `step`: the tab and the marked element. */
export async function openAtStep(ext: Browser, url: string, step: string): Promise<{ page: Page; marked: Locator }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  await markShown(page, step);
  return { page, marked: page.locator(`[data-opposer-step="${step}"]`) };
}

/** The account each site's replica shows as logged in (tests/replica/options.ts), as the popup keys it. */
export const REPLICA_ACCOUNT = { facebook: 'facebook:marie.dupont', instagram: 'instagram:marie_dupont' } as const;

/** "Guide me" in the popup opens the site's feed in a new tab, where the guide starts. */
export async function startGuide(ext: Browser, platform: 'facebook' | 'instagram'): Promise<{ popup: Page; page: Page }> {
  const popup = await openPopup(ext);
  const [page] = await Promise.all([
    ext.context.waitForEvent('page'),
    popup.locator(`[data-action="guide"][data-platform="${platform}"]:not([data-task])`).click(),
  ]);
  return { popup, page };
}


/**
 * The user's own choice on the country the guide points at, never made by Opposer: Facebook's
 * list, or Instagram's typeahead (the user types the start of the name and picks the suggestion;
 * the mark stays on the field until then).
 */
export async function chooseCountry(page: Page, step: string, value: CountryCode): Promise<void> {
  const country = page.locator(`[data-opposer-step="${step}"]`);
  await markShown(page, step);
  expect(await country.inputValue()).toBe('');
  if ((await country.evaluate((el) => el.localName)) === 'select') {
    await country.selectOption(value);
    return;
  }
  const lang = (await page.evaluate(() => document.documentElement.lang)) as ReplicaLang;
  const name = TEXTS[lang].form.countries[value];
  await country.pressSequentially(name.slice(0, 3));
  // Typed, not chosen: the country is still empty, the mark stays on it.
  await page.waitForTimeout(300);
  await expect(country).toHaveAttribute('data-opposer-step', step);
  await page.getByRole('option', { name }).click();
}

/**
 * The 2024 forms' code step: the guide points at the empty code field (the objection is not
 * sent yet), the user types the code Meta e-mailed, then clicks the confirm button it points at.
 */
export async function confirmCode(page: Page, prefix: string, sentSoFar: () => number, shot?: Shot): Promise<void> {
  const code = page.locator(`[data-opposer-step="${prefix}-form-code"]`);
  await markShown(page, `${prefix}-form-code`);
  await shot?.(`${prefix}-form-code`, page);
  expect(sentSoFar()).toBe(0);
  await code.pressSequentially('123456');
  await followSteps(page, [`${prefix}-form-code-confirm`]);
}
