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
 * A browser with the extension installed and running, before any page of Meta's is asked for;
 * `unasked` lists the web requests made meanwhile (blocked): there should be none.
 */
type Started = Omit<Browser, 'replica'> & { unasked: string[] };

/**
 * Debian's Chromium with the built extension loaded, every request answered by the replica
 * (context.route) and, underneath, a host resolver that resolves nothing: no request leaves
 * the machine even if a route were missed.
 */
export async function launch(userDataDir: string, options: LaunchOptions = {}): Promise<Browser> {
  return withReplica(await start(userDataDir, options), options);
}

async function start(userDataDir: string, options: LaunchOptions): Promise<Started> {
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
  return { context, extensionId, serviceWorker, userDataDir, unasked };
}

/** From here on the replica answers every request; before, nothing may have asked for one. */
async function withReplica(started: Started, options: LaunchOptions): Promise<Browser> {
  const { unasked, ...browser } = started;
  if (unasked.length > 0) throw new Error(`requests before any page was opened: ${unasked.join(', ')}`);
  await browser.context.unrouteAll();
  return { ...browser, replica: await installReplica(browser.context, options.replica) };
}

const newProfile = () => mkdtempSync(path.join(tmpdir(), 'opposer-e2e-'));

/**
 * Fresh browsers, one started ahead: while a test runs, its worker starts the next test's
 * browser (a new profile, the extension just installed, the same UI language), so the next
 * test does not wait for Chromium to start, and a finished test's browser closes behind it.
 * Every test still gets a profile and an extension no test used before.
 */
class FreshBrowsers {
  private spare: { lang: string; started: Promise<Started> } | undefined;
  private readonly closing = new Set<Promise<void>>();

  async take(lang: string): Promise<Started> {
    const spare = this.spare;
    this.spare = undefined;
    if (spare && spare.lang !== lang) this.dispose(spare.started);
    const started = spare?.lang === lang ? await spare.started : await start(newProfile(), { lang });
    const next = start(newProfile(), { lang });
    next.catch(() => undefined); // reported by the test that takes it
    this.spare = { lang, started: next };
    return started;
  }

  /** Closes a browser and deletes its profile, without keeping the next test waiting. */
  dispose(started: Promise<Started> | Started): void {
    const closed = Promise.resolve(started)
      .then(async ({ context, userDataDir }) => {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      })
      .catch(() => undefined);
    this.closing.add(closed);
    void closed.finally(() => this.closing.delete(closed));
  }

  async closeAll(): Promise<void> {
    if (this.spare) this.dispose(this.spare.started);
    this.spare = undefined;
    await Promise.all(this.closing);
  }
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
 * `ext`: Chromium with the extension in a fresh profile, launched with `browserSetup` (the
 * welcome tab of the first install closed, unless `keepWelcome`); `userDataDir`: an empty
 * profile directory for a test that launches by itself.
 */
export const test = base.extend<Fixtures, { freshBrowsers: FreshBrowsers }>({
  browserSetup: [{}, { option: true }],
  freshBrowsers: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browsers = new FreshBrowsers();
      await use(browsers);
      await browsers.closeAll();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const dir = newProfile();
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  ext: async ({ browserSetup, freshBrowsers }, use) => {
    const started = browserSetup.keepWelcome
      ? await start(newProfile(), browserSetup)
      : await freshBrowsers.take(browserSetup.lang ?? 'en');
    await use(await withReplica(started, browserSetup));
    freshBrowsers.dispose(started);
  },
});

export { expect } from '@playwright/test';
