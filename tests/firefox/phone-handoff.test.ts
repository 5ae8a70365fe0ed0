/**
 * The phone hand-off in Firefox, in a phone-size window (390×844, touch, Firefox for Android's
 * user agent): an account that lives only in Instagram's app is added by hand, "On my phone"
 * shows a QR code that a reader decodes back to Instagram's objection form, the app's steps and
 * touch-sized controls; "I sent it from the app" records it by hand.
 */
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { readQr } from '../qr-reader';
import { EXTENSION_ORIGIN, poll } from './firefox';
import { ARTIFACTS, firefoxForFile } from './firefox-per-file';
import { waitForAttribute } from './walk';

const IG_FORM = 'https://help.instagram.com/contact/767264225370182';
const ROW = '[data-account="instagram:marie_app"]';
/** Firefox for Android's user agent (the version of the ESR under test). */
const ANDROID_UA = 'Mozilla/5.0 (Android 14; Mobile; rv:153.0) Gecko/153.0 Firefox/153.0';

/** A finger's tap on the element's centre. */
async function tap(page: Page, selector: string): Promise<void> {
  const element = await page.waitForSelector(selector);
  await element!.scrollIntoView();
  const box = (await element!.boundingBox())!;
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
}

describe('Firefox at phone size: the hand-off to Instagram’s app', () => {
  const firefox = firefoxForFile();
  let popup: Page;

  beforeAll(async () => {
    // The phone's window is set on a blank tab: a change of touch or mobile reloads the page,
    // and a reload of a moz-extension: page is never reported done over BiDi (firefox.ts).
    popup = await firefox().browser.newPage();
    await popup.setUserAgent({ userAgent: ANDROID_UA });
    await popup.setViewport({ width: 390, height: 844, hasTouch: true, isMobile: true });
    popup.goto(`${EXTENSION_ORIGIN}/popup.html`).catch(() => undefined);
    await poll(async () => ((await popup.evaluate(() => location.href)) === `${EXTENSION_ORIGIN}/popup.html` ? true : undefined), 'the popup');
    await popup.waitForSelector('[data-summary]');
  });

  // Firefox over BiDi does not emulate a touch screen (`hasTouch` has no effect): the taps below
  // are touch pointer actions all the same.
  test('the window is a phone’s: 390 px wide, a phone’s user agent', async () => {
    const seen = await popup.evaluate(() => ({ width: innerWidth, ua: navigator.userAgent }));
    expect(seen).toEqual({ width: 390, ua: ANDROID_UA });
  });

  test('"On my phone" shows a QR code that reads back to Instagram’s objection form, and the app’s steps', async () => {
    await popup.click('.add-account summary');
    await popup.select('.add-account select', 'instagram');
    await popup.type('.add-account input', 'marie_app');
    await popup.click('.add-account button[type="submit"]');
    await waitForAttribute(popup, ROW, 'data-status', 'todo');
    await tap(popup, `${ROW} [data-action="phone"]`);
    const qr = await poll<ElementHandle>(async () => (await popup.$(`${ROW} [data-phone-handoff] [data-qr]`)) ?? undefined, 'the hand-off');
    // The code as the screen shows it, clipped from the page (an element screenshot took 16 s once over BiDi).
    const box = await qr.boundingBox();
    const scroll = await popup.evaluate(() => ({ x: scrollX, y: scrollY }));
    const shot = await popup.screenshot({ type: 'png', clip: { ...box!, x: box!.x + scroll.x, y: box!.y + scroll.y } });
    expect(readQr(Buffer.from(shot))).toBe(IG_FORM);
    const steps = await popup.$$eval(`${ROW} [data-app-steps] li`, (items) => items.map((li) => li.textContent));
    expect(steps).toHaveLength(5);
    expect(steps[2]).toBe('Search the policy for “object” and tap that link.');
    const controls = await popup.$$eval(`${ROW} button`, (buttons) => buttons.map((b) => ({ text: b.textContent, height: b.getBoundingClientRect().height, right: b.getBoundingClientRect().right })));
    for (const control of controls) {
      expect(control.height, control.text ?? '').toBeGreaterThanOrEqual(40);
      expect(control.right, control.text ?? '').toBeLessThanOrEqual(390);
    }
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await popup.screenshot({ path: path.join(ARTIFACTS, 'phone-handoff-firefox().png'), fullPage: true });
  });

  test('"I sent it from the app" records it by hand: sent, and the follow-up starts', async () => {
    await tap(popup, `${ROW} [data-action="mark-sent"]`);
    await waitForAttribute(popup, ROW, 'data-status', 'sent');
    await waitForAttribute(popup, ROW, 'data-recorded', 'by-hand');
    await waitForAttribute(popup, `${ROW} [data-followup]`, 'data-followup', 'waiting');
    expect(await popup.$(`${ROW} [data-action="phone"]`)).toBeNull();
  });
});
