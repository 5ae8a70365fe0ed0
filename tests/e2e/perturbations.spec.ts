/**
 * A sample of the perturbation suite (tests/replica/perturb/) in real Chromium with the built
 * extension: each variant page is served as it is generated; the guide must mark its true target
 * or nothing, and then show the fallback panel. The vitest suite runs all 252 variants; this
 * runs the pages a guide reaches without a session (Privacy Center, notice, forms).
 */
import { mkdirSync } from 'node:fs';
import { Window } from 'happy-dom';
import { expect, test, type Browser } from './fixtures';
import { formatTally, type Tally } from '../replica/perturb/tally';
import { TRUTH } from '../replica/perturb/noise';
import { runSeed } from '../replica/perturb/rng';
import { generateVariants } from '../replica/perturb/variants';
import { SCENES } from '../replica/perturb/scenes';
import { REPLICA_LANGS } from '../replica/i18n';

const SEED = runSeed();
const SESSION_ONLY = /-(account-menu|settings-privacy|privacy-center|more-menu|settings|policy-link)$/;
/** The same variants as the vitest suite for this seed; 20 of them, spread over scenes and languages. */
const pool = generateVariants(SEED, SCENES.length * REPLICA_LANGS.length, new Window().document as unknown as Document)
  .filter((v) => !SESSION_ONLY.test(v.scene.step));
const sample = pool.filter((_, i) => i % Math.floor(pool.length / 20) === 0).slice(0, 20);

function documentOf(lang: string, body: string): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>Variant</title></head><body>${body}</body></html>`;
}

/** What the guide did on one variant page: marked its true target, marked something else, or (the fallback speaks) nothing. */
async function verdictOn(browser: Browser, variant: (typeof sample)[number]): Promise<keyof Tally> {
  const page = await browser.context.newPage();
  await page.route(variant.scene.url, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: documentOf(variant.lang, variant.html) }));
  await page.goto(variant.scene.url);
  // A layer mounted late at the end of the page (noise "late-layer", 700 ms after load): judged once it is there.
  if (variant.noises.some((n) => n.startsWith('late-layer'))) await page.waitForFunction(() => performance.now() > 1_000);
  const marked = page.locator('[data-opposer-step]');
  // Whichever comes first: a marker, or the fallback panel once the wait is over.
  const panel = page.locator('[data-opposer-ui] .panel');
  await expect(marked.or(panel).first()).toBeVisible({ timeout: 14_000 });
  if ((await marked.count()) === 0) {
    await expect(panel, `${variant.id} ${variant.scene.step} [${variant.noises.join(', ')}]: the fallback speaks`).toBeVisible({ timeout: 14_000 });
    await page.close();
    return 'none';
  }
  const [step, truth] = await marked.evaluate((el, attr) => [el.getAttribute('data-opposer-step'), el.closest(`[${attr}]`)?.getAttribute(attr) ?? null], TRUTH);
  await page.close();
  const right = step === variant.scene.step && truth === variant.scene.step;
  expect.soft(right, `${variant.id} ${variant.scene.step} marked ${step}`).toBe(true);
  return right ? 'right' : 'wrong';
}

test('a sample of 20 perturbation variants: the true target or nothing', async ({ ext: browser }) => {
  test.setTimeout(120_000);
  const tally: Tally = { right: 0, none: 0, wrong: 0 };
  // Four tabs at a time: most of a variant's time is the guide's wait before the fallback speaks.
  for (let i = 0; i < sample.length; i += 4) {
    for (const verdict of await Promise.all(sample.slice(i, i + 4).map((variant) => verdictOn(browser, variant)))) tally[verdict]++;
  }
  console.log(formatTally(SEED, tally));
  expect(tally.right + tally.none + tally.wrong).toBe(sample.length);
  expect(tally.wrong).toBe(0);
});

test('the fallback panel offers "Copy a report"', async ({ ext: browser }) => {
  const url = 'https://www.facebook.com/privacy/genai/';
  const page = await browser.context.newPage();
  // The notice with two equally likely links: the guide must mark neither.
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: documentOf('en',
    `<div role="main" style="max-width:640px;margin:40px auto;font:16px sans-serif"><h1>AI at Meta</h1>
      <p>You have the right to <a href="https://www.facebook.com/help/contact/111111111111111">object</a> to this.</p>
      <p>You have the right to <a href="https://www.facebook.com/help/contact/222222222222222">object</a> to that.</p></div>`) }));
  await page.goto(url);
  const panel = page.locator('[data-opposer-ui] .panel');
  await expect(panel).toBeVisible({ timeout: 14_000 });
  await expect(page.locator('[data-opposer-step]')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Copy a report' })).toBeVisible();
  // README shows a copy of it (docs/screenshots/fallback.png): a test run does not rewrite the docs.
  mkdirSync('tests/e2e/.artifacts', { recursive: true });
  await page.screenshot({ path: 'tests/e2e/.artifacts/fallback.png' });
});
