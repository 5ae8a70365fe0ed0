import { chromium, test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, CHROMIUM_PATH } from '../chromium';
import { CHROME_ANDROID_UA, PHONE_VIEWPORT } from '../phone';
import { installReplica, type ReplicaHandle, type ReplicaOptions } from '../replica';
import { welcomeTabOfThisLaunch } from './welcome-tab';

export const EXTENSION_PATH = path.resolve('.output/chrome-mv3');

export interface LaunchOptions {
  /** The browser's UI language: the popup follows it. */
  lang?: string;
  replica?: ReplicaOptions;
  /** Leave the welcome tab of a first install open (closed by default: tests start clean). */
  keepWelcome?: boolean;
  /** Chromium's phone emulation (tests/phone.ts): 390 × 844, touch, a phone's user agent. Its own browser, never the pool's. */
  phone?: boolean;
}

export interface Browser {
  context: BrowserContext;
  replica: ReplicaHandle;
  extensionId: string;
  serviceWorker: Worker;
  /** The profile: launch() on it again is a restart of the same browser. */
  userDataDir: string;
}

/**
 * Debian's Chromium with the built extension loaded, every request answered by the replica
 * (context.route) and, underneath, a host resolver that resolves nothing: no request leaves
 * the machine even if a route were missed. Until the extension has started (and closed its
 * welcome tab), web requests are blocked and listed: there must be none.
 */
export async function launch(userDataDir: string, options: LaunchOptions = {}): Promise<Browser> {
  const lang = options.lang ?? 'en';
  const launchedAt = Date.now();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: !process.env.OPPOSER_DEMO_HEADED,
    locale: lang,
    ...(options.phone
      ? { viewport: PHONE_VIEWPORT, isMobile: true, hasTouch: true, deviceScaleFactor: 2, userAgent: CHROME_ANDROID_UA }
      : { viewport: { width: 1280, height: 800 } }),
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(lang, EXTENSION_PATH),
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'fr' ? 'fr_FR.UTF-8' : 'en_US.UTF-8' },
  });
  const unasked: string[] = [];
  await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) => {
    unasked.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  if (!options.keepWelcome) await (await welcomeTabOfThisLaunch(context, serviceWorker, launchedAt))?.close();
  if (unasked.length > 0) throw new Error(`requests before any page was opened: ${unasked.join(', ')}`);
  await context.unrouteAll();
  const replica = await installReplica(context, options.replica);
  return { context, replica, extensionId, serviceWorker, userDataDir };
}

const newProfile = () => mkdtempSync(path.join(tmpdir(), 'opposer-e2e-'));

export function openPopup(browser: Browser): Promise<Page> {
  return openExtensionPage(browser, 'popup.html');
}

export async function openExtensionPage(browser: Browser, file: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${file}`);
  return page;
}

/** In the page: how many elements are marked, and the step id of the first. */
function readMark(): { count: number; step: string | null } {
  const marked = document.querySelectorAll('[data-opposer-step]');
  return { count: marked.length, step: marked[0]?.getAttribute('data-opposer-step') ?? null };
}

function oneMark({ count, step }: { count: number; step: string | null }): string | null {
  if (count > 1) throw new Error(`${count} elements are marked`);
  return step;
}

/** Where the guide currently points: the step id of the one marked element, or null. */
export async function markedStep(page: Page): Promise<string | null> {
  return oneMark(await page.evaluate(readMark));
}

/** The step id of the one marked element, waiting while the page re-renders and nothing is marked. */
export async function nextMark(page: Page, timeout = 5_000): Promise<string | null> {
  let mark = await page.evaluate(readMark);
  for (const deadline = Date.now() + timeout; mark.count === 0 && Date.now() < deadline; ) {
    await page.waitForTimeout(50);
    mark = await page.evaluate(readMark);
  }
  return oneMark(mark);
}

/**
 * Clicks the element the guide marks, after checking it marks `stepId`: a user following the guide.
 * A click into the page's second render pass can be lost (pressed on the old element, released
 * on its replacement: no click at all, seen on the replica). A person then clicks again, and so
 * does this, only in that case: the clicked element is gone, the same step is marked on its
 * replacement, and the page has not moved on, 1.5 s later.
 */
export async function clickMarked(page: Page, stepId: string, timeout = 10_000): Promise<void> {
  const target = page.locator(`[data-opposer-step="${stepId}"]`);
  await target.waitFor({ state: 'visible', timeout });
  const clicked = await target.elementHandle();
  const url = page.url();
  await target.click();
  const lost = async () =>
    page.url() === url &&
    !(await clicked?.evaluate((el) => el.isConnected).catch(() => false)) &&
    (await target.count().catch(() => 0)) === 1;
  for (const deadline = Date.now() + 1_500; Date.now() < deadline; await page.waitForTimeout(100)) {
    if (!(await lost())) return;
  }
  if (await lost()) await target.click();
}

declare const chrome: {
  storage: { local: StorageArea; session: StorageArea };
  action: { getBadgeText(details: object): Promise<string> };
};
interface StorageArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
}

/**
 * One browser per worker, reused from test to test while the UI language stays the same (a
 * launch costs about 3 s). Each test still starts on a freshly installed extension: no page
 * open, no cookie, the extension's storage back to what it held right after its first start,
 * the badge empty, and a new replica. A failed test's browser is not reused, nor one that a
 * test closed; tests that restart the browser or its service worker ask for their own
 * (`ownBrowser`).
 */
class BrowserPool {
  private held: { lang: string; browser: Browser; pristine: Record<string, unknown>; closed: boolean } | undefined;

  async take(setup: LaunchOptions): Promise<Browser> {
    const lang = setup.lang ?? 'en';
    if (this.held && (this.held.closed || this.held.lang !== lang)) await this.drop();
    if (!this.held) {
      const userDataDir = newProfile();
      const browser = await launch(userDataDir, { lang, replica: setup.replica });
      const pristine = await browser.serviceWorker.evaluate(() => chrome.storage.local.get(null));
      const held = { lang, browser, pristine, closed: false };
      browser.context.on('close', () => (held.closed = true));
      this.held = held;
      return browser;
    }
    await reset(this.held.browser, this.held.pristine);
    this.held.browser = { ...this.held.browser, replica: await installReplica(this.held.browser.context, setup.replica) };
    return this.held.browser;
  }

  /** After a test: a browser the test left in doubt (it failed) is closed, not reused. */
  async release(passed: boolean): Promise<void> {
    if (!passed) await this.drop();
  }

  async drop(): Promise<void> {
    const held = this.held;
    this.held = undefined;
    if (!held) return;
    if (!held.closed) await held.browser.context.close();
    rmSync(held.browser.userDataDir, { recursive: true, force: true });
  }
}

/**
 * Back to a freshly installed extension, on the same browser and profile (see BrowserPool). The
 * background keeps nothing in memory between messages (lib/record/store.ts reads storage each
 * time), so storage is what there is to reset; the badge follows storage.
 */
async function reset(browser: Browser, pristine: Record<string, unknown>): Promise<void> {
  const { context, serviceWorker } = browser;
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await Promise.all(context.pages().map((page) => page.close()));
  await context.clearCookies();
  await context.clearPermissions();
  await serviceWorker.evaluate(async (stored) => {
    await chrome.storage.session.clear();
    await chrome.storage.local.clear();
    await chrome.storage.local.set(stored);
  }, pristine);
  for (const deadline = Date.now() + 5_000; ; ) {
    const [local, session, badge] = await serviceWorker.evaluate(() =>
      Promise.all([chrome.storage.local.get(null), chrome.storage.session.get(null), chrome.action.getBadgeText({})]));
    if (JSON.stringify(local) === JSON.stringify(pristine) && Object.keys(session).length === 0 && badge === '') return;
    if (Date.now() > deadline) throw new Error(`the extension did not start clean: ${JSON.stringify({ local, session, badge }).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface Fixtures {
  userDataDir: string;
  browserSetup: LaunchOptions;
  /** A browser of the test's own, launched for it and closed after it (not from the pool). */
  ownBrowser: boolean;
  ext: Browser;
}

interface WorkerFixtures {
  browsers: BrowserPool;
}

/**
 * `ext`: Chromium with the extension, set up as `browserSetup` says, on a freshly installed
 * extension (BrowserPool). `userDataDir`: an empty profile for tests that launch themselves.
 * (Starting the next test's browser while a test runs was tried: with 2 workers on 2 cores, the
 * extra browsers made the suite slower and timing-bound checks fail, measured.)
 */
export const test = base.extend<Fixtures, WorkerFixtures>({
  browserSetup: [{}, { option: true }],
  ownBrowser: [false, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const dir = newProfile();
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  browsers: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const pool = new BrowserPool();
      await use(pool);
      await pool.drop();
    },
    { scope: 'worker' },
  ],
  ext: async ({ browserSetup, ownBrowser, userDataDir, browsers }, use, testInfo) => {
    if (ownBrowser || browserSetup.keepWelcome || browserSetup.phone) {
      const browser = await launch(userDataDir, browserSetup);
      await use(browser);
      await browser.context.close();
      return;
    }
    await use(await browsers.take(browserSetup));
    await browsers.release(testInfo.status === testInfo.expectedStatus);
  },
});

export { expect } from '@playwright/test';
