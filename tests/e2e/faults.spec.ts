/**
 * Issue 22, nothing lost under faults: a worker that stops, a browser that closes, tabs that
 * vanish. Each test also counts the extension's errors with the hardening suite's listener
 * (watchConsole): expected failures (lib/expected-failures.ts) must not show up as errors.
 */
import type { Page } from '@playwright/test';
import { clickMarked, expect, nextMark, test } from './fixtures';
import { keepStoppingWorker, storedRecord } from './faults-helpers';
import { stopServiceWorker, watchConsole, withLiveWorker } from './hardening-helpers';
import { PLAYBOOKS } from '@/lib/playbooks/registry';
import { privacyCenterPath, submitStep } from './paths';
import { PopupPage } from './popup-page';
import { REPLICA_ACCOUNT, startGuide } from './walk';

const SITES = [
  { platform: 'facebook', home: 'https://www.facebook.com/', aiPage: 'https://www.facebook.com/privacy/genai/', objectLink: 'fb-object-link' },
  { platform: 'instagram', home: 'https://www.instagram.com/', aiPage: 'https://privacycenter.instagram.com/genai/', objectLink: 'ig-object-link' },
] as const;

declare const chrome: {
  storage: { onChanged: { addListener(listener: (changes: Record<string, { newValue?: unknown }>) => void): void } };
};

/** Every test here stops the worker or closes the browser: a browser of its own (fixtures.ts). */
test.use({ ownBrowser: true });
test.describe.configure({ mode: 'parallel' });

async function expectMarked(page: Page, step: string): Promise<void> {
  await expect(page.locator(`[data-opposer-step="${step}"]`)).toBeVisible({ timeout: 12_000 });
  expect(await nextMark(page)).toBe(step);
}

for (const { platform, objectLink } of SITES) {
  test(`${platform}: the worker stopped before every click, and again and again right after Send — every step marked, the objection recorded once`, async ({ ext }) => {
    test.setTimeout(90_000);
    const logs = await watchConsole(ext);
    const { popup, page } = await startGuide(ext, platform);
    await popup.close();
    for (const step of privacyCenterPath(platform)) {
      await expectMarked(page, step);
      await stopServiceWorker(ext);
      await clickMarked(page, step);
    }
    const submit = submitStep(platform);
    await expectMarked(page, submit);
    await stopServiceWorker(ext);
    await clickMarked(page, submit);
    // Meta's confirmation shows, and the page tells the background, while its worker keeps stopping.
    expect(await keepStoppingWorker(ext, 3_000)).toBeGreaterThan(20);
    await expect.poll(() => ext.replica.submissions().length).toBe(1);
    await expect.poll(async () => (await storedRecord(ext)).objections.length, { timeout: 15_000 }).toBe(1);
    const record = await storedRecord(ext);
    expect(record.objections[0]).toMatchObject({ platform, accountKey: REPLICA_ACCOUNT[platform] });
    expect(record.session, 'the session ended with the objection').toBeNull();
    await (await PopupPage.open(ext)).expectStatus(REPLICA_ACCOUNT[platform], 'sent');
    // Nothing more arrives later (a late second delivery would be a second record).
    await page.waitForTimeout(1_500);
    expect((await storedRecord(ext)).objections).toHaveLength(1);
    expect(page.url()).not.toContain(objectLink);
    expect(logs.extension(), logs.format(logs.extension())).toEqual([]);
  });
}

test('the worker stopped after it wrote the objection but before it answered: the page sends it again, and it is recorded once', async ({ ext }) => {
  const logs = await watchConsole(ext);
  // The feed first: the account is seen there, and the objection is recorded for it.
  const { page, popup } = await PopupPage.afterVisiting(ext, 'https://www.facebook.com/', REPLICA_ACCOUNT.facebook);
  await popup.page.close();
  await page.goto(PLAYBOOKS.facebook.formUrl);
  await expectMarked(page, submitStep('facebook'));
  // The worker that gets the objection hangs as soon as it has written it: its answer never leaves.
  const worker = (await withLiveWorker(ext)).serviceWorker;
  await worker.evaluate(() => {
    chrome.storage.onChanged.addListener((changes) => {
      const objections = (changes.opposer?.newValue as { objections?: unknown[] } | undefined)?.objections ?? [];
      if (objections.length === 0) return;
      for (const end = Date.now() + 10_000; Date.now() < end; ) {
        // busy: Chrome stops the worker in the middle of this
      }
    });
  });
  await clickMarked(page, submitStep('facebook'));
  await expect.poll(async () => (await storedRecord(ext)).objections.length).toBe(1);
  await stopServiceWorker(ext);
  // The page's message got no answer: it is sent again to the new worker, which knows its id.
  await page.waitForTimeout(3_000);
  expect((await storedRecord(ext)).objections).toHaveLength(1);
  await (await PopupPage.open(ext)).expectStatus(REPLICA_ACCOUNT.facebook, 'sent');
  expect(logs.extension(), logs.format(logs.extension())).toEqual([]);
});
