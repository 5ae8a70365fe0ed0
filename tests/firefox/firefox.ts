/**
 * How the Firefox suite starts Debian's Firefox ESR: puppeteer-core over WebDriver BiDi, the
 * built MV2 add-on installed with `browser.installExtension`, every request answered by the
 * replica (replica-intercept.ts), and nothing able to leave the machine.
 */
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_ANDROID_UA, PHONE_VIEWPORT } from '../phone';
import type { ReplicaHandle, ReplicaOptions } from '../replica';
import { interceptReplica } from './replica-intercept';
import { startRefusingProxy } from './refusing-proxy';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const EXTENSION_PATH = path.resolve('.output/firefox-mv2');
/** The add-on's id, from wxt.config.ts. */
const ADDON_ID = 'opposer@opposer.eu';
/** Fixed by pref, so extension pages have a known origin and storage follows it across restarts. */
export const EXTENSION_UUID = '6f0f2a4e-6b0e-4d5e-9a52-0b7f1c3e2d10';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** Nothing listens here: Mozilla's settings host points at it. */
const DEAD_URL = 'http://127.0.0.1:9/v1';

export interface Firefox {
  browser: Browser;
  replica: ReplicaHandle;
  /** Everything the Firefox process printed so far (stdout and stderr), one entry a line. */
  output(): string[];
  /** What reached the refusing proxy: connections that escaped the intercept (refused). */
  escaped(): string[];
  /** Errors of the intercept itself (a request the replica could not answer). */
  interceptErrors: unknown[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  replica?: ReplicaOptions;
  /** A phone (tests/phone.ts): Firefox for Android's user agent, a 390 × 844 window, a coarse pointer. */
  phone?: boolean;
}

/** What makes desktop Firefox look like Firefox for Android to pages and to the add-on's own. */
const PHONE_PREFS = {
  'general.useragent.override': FIREFOX_ANDROID_UA,
  // A touch screen's pointer, for `(pointer: coarse)` (widget/LookAndFeel: 1 = coarse).
  'ui.primaryPointerCapabilities': 1,
  'ui.allPointerCapabilities': 1,
};

function prefs(proxyPort: number): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
    // Mozilla's settings host, looked up by Firefox itself: pointed at nothing (needs MOZ_REMOTE_SETTINGS_DEVTOOLS).
    'services.settings.server': DEAD_URL,
    // Every connection, localhost included, goes through the refusing proxy.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'intl.locale.requested': 'en-US',
    'intl.accept_languages': 'en',
  };
}

export async function launchFirefox(profileDir: string, options: LaunchOptions = {}): Promise<Firefox> {
  const proxy = await startRefusingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profileDir,
    // Lets BiDi open and evaluate moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...prefs(proxy.port), ...(options.phone ? PHONE_PREFS : {}) },
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    defaultViewport: options.phone ? PHONE_VIEWPORT : { width: 1280, height: 800 },
  });
  const lines: string[] = [];
  const child = browser.process();
  for (const stream of [child?.stdout, child?.stderr]) {
    let partial = ''; // a chunk may end mid-line
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop() ?? '';
      lines.push(...parts.filter((l) => l.trim() !== ''));
    });
  }
  const interceptErrors: unknown[] = [];
  const replica = await interceptReplica(browser, options.replica ?? {}, (e) => interceptErrors.push(e));
  await browser.installExtension(EXTENSION_PATH);
  return {
    browser,
    replica,
    output: () => [...lines],
    escaped: () => proxy.attempts(),
    interceptErrors,
    close: async () => {
      await browser.close();
      await proxy.close();
    },
  };
}

/** Polls `probe` until it returns a value other than undefined; failures count as "not yet". */
export async function poll<T>(probe: () => Promise<T | undefined>, what: string, timeout = 15_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < end) {
    try {
      // A probe sent while a page navigates may never be answered: it is given up, and sent again.
      let timer: ReturnType<typeof setTimeout> | undefined;
      const unanswered = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('no answer within 5 s')), Math.min(5_000, Math.max(1, end - Date.now())));
      });
      const value = await Promise.race([probe(), unanswered]).finally(() => clearTimeout(timer));
      if (value !== undefined) return value;
    } catch (error) {
      last = error; // e.g. "execution context was destroyed" while the page navigates
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}${last ? ` (last error: ${last instanceof Error ? String(last) : JSON.stringify(last)})` : ''}`);
}

/**
 * Opens an extension page in a new tab. `page.goto` on a moz-extension: URL never resolves in
 * Firefox over BiDi (it ends in "Frame detached"), so the navigation is started and the page
 * polled until it is loaded.
 */
export async function openExtensionPage(firefox: Firefox, file: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  const url = `${EXTENSION_ORIGIN}/${file}`;
  page.goto(url).catch(() => undefined);
  // page.url() stays about:blank here: ask the page itself.
  await poll(async () => ((await page.evaluate(() => `${location.href} ${document.readyState}`)) === `${url} complete` ? true : undefined), `${file} to load`);
  return page;
}
