import { chromium, test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, CHROMIUM_PATH } from '../chromium';
import { installReplica, type ReplicaHandle, type ReplicaOptions } from '../replica';
import { welcomeTabOfThisLaunch } from './welcome-tab';

export const EXTENSION_PATH = path.resolve('.output/chrome-mv3');

export interface LaunchOptions {
  /** The browser's UI language: the popup follows it. */
  lang?: string;
  replica?: ReplicaOptions;
  /** Leave the welcome tab of a first install open (closed by default: tests start clean). */
  keepWelcome?: boolean;
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
    viewport: { width: 1280, height: 800 },
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

/** Clicks the element the guide marks, after checking it marks `stepId`: a user following the guide. */
export async function clickMarked(page: Page, stepId: string, timeout = 10_000): Promise<void> {
  const target = page.locator(`[data-opposer-step="${stepId}"]`);
  await target.waitFor({ state: 'visible', timeout });
  await target.click();
}

interface Fixtures {
  userDataDir: string;
  browserSetup: LaunchOptions;
  ext: Browser;
}

/**
 * One fresh profile per test; `ext` is Chromium with the extension, launched with `browserSetup`.
 * (Starting the next test's browser while a test runs was tried: with 2 workers on 2 cores, the
 * extra browsers made the suite slower and timing-bound checks fail, measured.)
 */
export const test = base.extend<Fixtures>({
  browserSetup: [{}, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'opposer-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  ext: async ({ userDataDir, browserSetup }, use) => {
    const browser = await launch(userDataDir, browserSetup);
    await use(browser);
    await browser.context.close();
  },
});

export { expect } from '@playwright/test';
