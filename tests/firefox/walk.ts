/**
 * A person following the guide in Firefox, through puppeteer-core: wait for the marked element
 * of each step, check it is the one expected, click it and only it. Evaluations are retried
 * (poll) because they fail while a page navigates.
 */
import { TargetType, type Page } from 'puppeteer-core';
import type { Firefox } from './firefox';
import { poll } from './firefox';

const marked = (step: string) => `[data-opposer-step="${step}"]`;

/** The step id of the one marked element (null if none); throws if several are marked. */
export function markedStep(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const all = document.querySelectorAll('[data-opposer-step]');
    if (all.length > 1) throw new Error(`${all.length} elements are marked`);
    return all[0]?.getAttribute('data-opposer-step') ?? null;
  });
}

/** Waits until the guide marks `step`, visibly, and nothing else. */
export async function waitForMarked(page: Page, step: string, timeout = 15_000): Promise<void> {
  await poll(
    async () => {
      if ((await markedStep(page)) !== step) return undefined;
      const box = await (await page.$(marked(step)))?.boundingBox();
      return box && box.width > 0 && box.height > 0 ? true : undefined;
    },
    `the guide to mark ${step}`,
    timeout,
  );
}

export async function followSteps(page: Page, steps: readonly string[], before?: (step: string) => Promise<void>): Promise<void> {
  for (const step of steps) {
    await waitForMarked(page, step);
    await before?.(step);
    await clickMarked(page, step);
  }
}

/**
 * Clicks what is marked now (the replica re-renders with new elements, and the guide marks the
 * new one). A click lost to a re-render — the element replaced before the click took effect,
 * the page unchanged and the same step marked on its successor — is clicked again, as a person
 * would; Chromium's walks do the same (tests/e2e/fixtures.ts, clickMarked).
 */
async function clickMarked(page: Page, step: string): Promise<void> {
  const url = page.url();
  const clicked = await page.$(marked(step));
  await poll(async () => (await page.click(marked(step)), true), `a click on ${step}`);
  const lost = async () =>
    page.url() === url &&
    !(await clicked?.evaluate((el) => el.isConnected).catch(() => false)) &&
    (await markedStep(page).catch(() => null)) === step;
  for (const deadline = Date.now() + 1_500; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    if (!(await lost())) return;
  }
  if (await lost()) await poll(async () => (await page.click(marked(step)), true), `a click on ${step}`);
}

/** On the form: the reason prefilled, Send marked, the user clicks it. */
export async function sendForm(page: Page, submitStep: string): Promise<void> {
  await waitForMarked(page, submitStep);
  await poll(async () => ((await page.$('textarea[data-opposer-prefilled="true"]')) ? true : undefined), 'the prefilled reason');
  await poll(async () => (await page.click(marked(submitStep)), true), `a click on ${submitStep}`);
}

/** The tab the extension opened at `url` (it opens tabs itself, e.g. on "Guide me"). */
export async function tabOpenedAt(firefox: Firefox, url: string): Promise<Page> {
  const target = await firefox.browser.waitForTarget((t) => t.type() === TargetType.PAGE && t.url() === url, { timeout: 15_000 });
  const page = await target.page();
  if (!page) throw new Error(`no page for ${url}`);
  return page;
}

/** Attribute `name` of the element `selector` in `page`, or null; retried across navigations. */
export function attribute(page: Page, selector: string, name: string): Promise<string | null> {
  return page.evaluate((s, n) => document.querySelector(s)?.getAttribute(n) ?? null, selector, name);
}

/** Polls until attribute `name` of `selector` is `expected`. */
export async function waitForAttribute(page: Page, selector: string, name: string, expected: string, timeout = 15_000): Promise<void> {
  await poll(async () => ((await attribute(page, selector, name)) === expected ? true : undefined), `${selector} ${name}="${expected}"`, timeout);
}
