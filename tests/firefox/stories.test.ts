/**
 * The Chromium e2e stories, in Firefox ESR: one browser for the whole file (plus one restart on
 * the same profile), the tests in order, each building on the one before as a user would.
 */
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, test } from 'vitest';
import { siteOf } from '../replica/pages';
import { extensionLines } from './extension-log';
import { openExtensionPage, poll } from './firefox';
import { ARTIFACTS, firefoxForFile } from './firefox-per-file';
import { attribute, followSteps, sendForm, tabOpenedAt, waitForAttribute } from './walk';

const FB_ROW = '[data-account="facebook:marie.dupont"]';
const IG_ROW = '[data-account="instagram:marie_dupont"]';

/** The toolbar badge, read by the popup through Firefox's own (MV2) toolbar API. */
function badge(popup: Page): Promise<string> {
  return popup.evaluate(() => {
    const api = (globalThis as unknown as { browser: { browserAction: { getBadgeText(d: object): Promise<string> } } }).browser;
    return api.browserAction.getBadgeText({});
  });
}

describe('Firefox: the guide from the popup to Meta’s confirmation, kept across a restart', () => {
  const firefox = firefoxForFile();
  let popup: Page;
  const output: string[] = [];
  const requests: string[] = [];
  const escaped: string[] = [];

  test('the popup offers "Guide me" for Facebook and Instagram, and a shortcut to each form', async () => {
    popup = await openExtensionPage(firefox(), 'popup.html');
    // The popup renders once the background has answered: wait for its first render.
    await popup.waitForSelector('[data-summary]');
    const controls = await popup.$$eval('button[data-platform]:not([data-task])', (all) => all.map((el) => `${el.getAttribute('data-action')}:${el.getAttribute('data-platform')}`));
    expect(controls.sort()).toEqual(['guide:facebook', 'guide:instagram', 'open-form:facebook', 'open-form:instagram']);
    // The empty state says what Opposer does and that nothing leaves the browser (locales/en.yml emptyLine1).
    expect(await popup.$eval('[data-summary]', (el) => el.textContent)).toMatch(/Nothing leaves your browser/);
  });

  test('Facebook: "Guide me" opens the feed, and the guide teaches the path to Send, then the confirmation counts', async () => {
    await popup.click('[data-action="guide"][data-platform="facebook"]:not([data-task])');
    const page = await tabOpenedAt(firefox(), 'https://www.facebook.com/');
    await followSteps(page, ['fb-account-menu', 'fb-settings-privacy', 'fb-privacy-center', 'fb-genai-topic', 'fb-object-link'], async (step) => {
      if (step === 'fb-account-menu') await page.screenshot({ path: path.join(ARTIFACTS, 'firefox-highlight.png') });
    });
    await sendForm(page, 'fb-form-submit');
    await poll(() => Promise.resolve(firefox().replica.submissions().length === 1 ? true : undefined), 'one submission');
    expect(firefox().replica.submissions()[0].reason.length).toBeGreaterThan(100);
    await waitForAttribute(popup, FB_ROW, 'data-status', 'sent');
    await poll(async () => ((await page.$('[data-opposer-step]')) === null ? true : undefined), 'the guide to step aside once sent');
  });

  test('Instagram: from its Privacy Center to Send', async () => {
    const page = await firefox().browser.newPage();
    await page.goto('https://www.instagram.com/');
    await waitForAttribute(popup, IG_ROW, 'data-status', 'todo');
    expect(await badge(popup)).toBe('1');
    await page.goto('https://privacycenter.instagram.com/');
    await followSteps(page, ['ig-genai-topic', 'ig-object-link']);
    await sendForm(page, 'ig-form-submit');
    await poll(() => Promise.resolve(firefox().replica.submissions().length === 2 ? true : undefined), 'a second submission');
  });

  test('the popup shows both accounts as sent, and the badge is gone', async () => {
    await waitForAttribute(popup, IG_ROW, 'data-status', 'sent');
    expect(await attribute(popup, FB_ROW, 'data-status')).toBe('sent');
    expect(await popup.$eval('[data-summary]', (el) => el.textContent)).toBe('All your accounts are done.');
    await poll(async () => ((await badge(popup)) === '' ? true : undefined), 'an empty badge');
  });

  test('after a browser restart on the same profile, nothing is lost', async () => {
    output.push(...firefox().output());
    requests.push(...firefox().replica.requests());
    escaped.push(...firefox().escaped());
    await firefox.restart();
    popup = await openExtensionPage(firefox(), 'popup.html');
    await waitForAttribute(popup, FB_ROW, 'data-status', 'sent');
    expect(await attribute(popup, IG_ROW, 'data-status')).toBe('sent');
    expect(await badge(popup)).toBe('');
  });

  test('no error from the extension in Firefox’s log, no failed intercept', () => {
    output.push(...firefox().output());
    expect(output.length).toBeGreaterThan(0); // the log is read at all
    expect(extensionLines(output)).toEqual([]);
    expect(firefox().interceptErrors).toEqual([]);
  });

  test('no request left Meta’s hosts', () => {
    requests.push(...firefox().replica.requests());
    expect(requests.length).toBeGreaterThan(10);
    const outside = requests.filter((url) => {
      const { protocol, hostname } = new URL(url);
      return (protocol === 'http:' || protocol === 'https:') && siteOf(hostname) === undefined;
    });
    expect(outside).toEqual([]);
    // Nor did anything get past the intercept to the network (the proxy refused it, and tells).
    escaped.push(...firefox().escaped());
    expect(escaped).toEqual([]);
  });
});
