import { chromium, type BrowserContext, type Route, type Worker } from '@playwright/test';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumArgs, CHROMIUM_PATH } from '../chromium';
import { welcomeTabOfThisLaunch } from '../e2e/welcome-tab';

/**
 * The benchmark's own launcher (the e2e fixture pulls in the replica, which the bench does not
 * need), with the flags every test uses (tests/chromium.ts), so that the runs with and without
 * the extension differ by the extension only.
 */
export const EXTENSION_PATH = path.resolve('.output/chrome-mv3');
export { CHROMIUM_PATH };

/** What the bench serves, by URL (https://host/path, no query); everything else is aborted. */
export type Pages = Record<string, string>;

export interface BenchBrowser {
  context: BrowserContext;
  /** Only with the extension. */
  extensionId?: string;
  serviceWorker?: Worker;
  close(): Promise<void>;
}

/**
 * A private copy of the build: other work on the machine (`npm test`) may rebuild .output while
 * the bench runs, and Chromium must load the very build the sizes were measured on.
 */
export function copyExtension(from = EXTENSION_PATH): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'opposer-bench-ext-')), 'chrome-mv3');
  cpSync(from, dir, { recursive: true });
  if (!existsSync(path.join(dir, 'manifest.json')) || !existsSync(path.join(dir, 'content-scripts'))) {
    throw new Error(`no complete build in ${from}: run \`npx wxt build\` first`);
  }
  return dir;
}

/** `extensionPath` null: the same browser without the extension. */
export async function launchBench(extensionPath: string | null, pages: Pages, lang = 'en'): Promise<BenchBrowser> {
  const withExtension = extensionPath !== null;
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'opposer-bench-'));
  const launchedAt = Date.now();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: lang,
    viewport: { width: 1280, height: 800 },
    // Both runs keep Playwright's defaults except --disable-extensions: the only difference
    // between "with" and "without" is --load-extension.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: chromiumArgs(lang, extensionPath),
    env: { ...process.env, LANGUAGE: lang, LANG: 'en_US.UTF-8' },
  });
  await context.route('**/*', (route: Route) => serve(route, pages));
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  };
  if (!withExtension) return { context, close };
  try {
    // Polled as well as awaited: a worker that registers between the two calls is not missed.
    const deadline = Date.now() + 30_000;
    let serviceWorker = context.serviceWorkers()[0];
    while (!serviceWorker) {
      if (Date.now() > deadline) throw new Error(`the extension's service worker never started (${extensionPath})`);
      serviceWorker = await context.waitForEvent('serviceworker', { timeout: 1000 }).catch(() => context.serviceWorkers()[0]);
    }
    const extensionId = new URL(serviceWorker.url()).host;
    // Opposer opens its welcome page on first install, in front of the measured page: close it,
    // or the measured tab runs in the background (rAF at 1 fps) and every figure is wrong.
    if (existsSync(path.join(extensionPath, 'welcome.html'))) {
      await (await welcomeTabOfThisLaunch(context, serviceWorker, launchedAt))?.close();
    }
    return { context, extensionId, serviceWorker, close };
  } catch (error) {
    await close();
    throw error;
  }
}

function serve(route: Route, pages: Pages): Promise<void> {
  const url = new URL(route.request().url());
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return route.continue();
  const html = pages[`${url.protocol}//${url.host}${url.pathname}`];
  if (html !== undefined) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  if (url.pathname === '/favicon.ico') return route.fulfill({ status: 404, body: '' });
  return route.abort('blockedbyclient');
}
