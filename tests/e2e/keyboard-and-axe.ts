import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** axe's violations on the page, one line each (rule: elements); [] when there is none. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

/**
 * A keyboard user pressing Tab until a control of this platform ("Guide me on …") has the
 * focus, at most `presses` times; returns the platform focused last ('' for none).
 */
export async function tabToPlatform(page: Page, platform: string, presses: number): Promise<string> {
  let focused = '';
  for (let i = 0; i < presses && focused !== platform; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.platform ?? '');
  }
  return focused;
}
