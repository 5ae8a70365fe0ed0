import type { Locator, Page } from '@playwright/test';
import type { Platform } from '@/lib/domain';
import { expect, openPopup, type Browser } from './fixtures';

/**
 * The popup as a user meets it, for the specs that drive it: its account rows, groups, summary
 * and the add-account form, found by the hooks and the words a user sees.
 */
export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(ext: Browser): Promise<PopupPage> {
    return new PopupPage(await openPopup(ext));
  }

  /**
   * The user opens `url` in a new tab (where the content script sees the account), then the
   * popup, which lists `key` still to do.
   */
  static async afterVisiting(ext: Browser, url: string, key: string): Promise<{ page: Page; popup: PopupPage; row: Locator }> {
    const page = await ext.context.newPage();
    await page.goto(url);
    const popup = await PopupPage.open(ext);
    return { page, popup, row: await popup.expectStatus(key, 'todo') };
  }

  /** A popup some other helper opened (walk.ts's startGuide). */
  static of(page: Page): PopupPage {
    return new PopupPage(page);
  }

  /** One account's row ("facebook:marie.dupont"), or every row. */
  account(key?: string): Locator {
    return this.page.locator(key ? `[data-account="${key}"]` : '[data-account]');
  }

  /** The rows shown inside a group (accounts that share one Accounts Center). */
  get groupedAccounts(): Locator {
    return this.page.locator('[data-group] [data-account]');
  }

  get groups(): Locator {
    return this.page.locator('[data-group]');
  }

  /** The button that starts the objection's guided session on a platform (not a task's), or every platform's. */
  guideButton(platform?: Platform): Locator {
    const on = platform ? `[data-platform="${platform}"]` : '';
    return this.page.locator(`[data-action="guide"]${on}:not([data-task])`);
  }

  /** The follow-up prompt after sending (waiting, check the e-mail, complaint) on an account's row, or every one. */
  followUp(key?: string): Locator {
    return (key ? this.account(key) : this.page).locator('[data-followup]');
  }

  /** Expects the follow-up prompt on an account's row at this stage ("waiting", "check-email", "complaint") so many days after sending; returns it. */
  async expectFollowUp(key: string, stage: string, days: number): Promise<Locator> {
    const prompt = this.followUp(key);
    await expect(prompt).toHaveAttribute('data-followup', stage);
    await expect(prompt).toHaveAttribute('data-days', String(days));
    return prompt;
  }

  /** A notice at the top of the popup ("bad-data-reset"). */
  notice(name: string): Locator {
    return this.page.locator(`[data-notice="${name}"]`);
  }

  /** The button that starts a task beyond the objection ("limit-past-posts", "whatsapp"). */
  taskButton(task: string): Locator {
    return this.page.locator(`[data-action="guide"][data-task="${task}"]`);
  }

  /** A task's status on an account's row. */
  taskChip(key: string, task: string): Locator {
    return this.account(key).locator(`[data-task="${task}"]`);
  }

  /** A task recorded outside the account rows ("whatsapp"). */
  taskRecord(task: string): Locator {
    return this.page.locator(`[data-task-record="${task}"]`);
  }

  get summary(): Locator {
    return this.page.locator('[data-summary]');
  }

  /** Waits until the row has this status: the content script reports, the background writes, the popup follows. */
  async expectStatus(key: string, status: string, timeout = 15_000): Promise<Locator> {
    const row = this.account(key);
    // Follows the popup as it changes (an assertion looks again only every 500 ms after its
    // first tries); the assertion then says what the row shows if the status never came.
    await row.and(this.page.locator(`[data-status="${status}"]`)).waitFor({ timeout }).catch(() => undefined);
    await expect(row).toHaveAttribute('data-status', status, { timeout: 100 });
    return row;
  }

  /** "Add an account by hand": the platform (when given), the id as typed, then Add. */
  async addAccount(id: string, platform?: Platform): Promise<void> {
    await this.page.getByText('Add an account by hand').click();
    if (platform) await this.page.getByLabel('Platform').selectOption(platform);
    await this.page.getByLabel('Username or profile id').fill(id);
    await this.page.getByRole('button', { name: 'Add', exact: true }).click();
  }
}
