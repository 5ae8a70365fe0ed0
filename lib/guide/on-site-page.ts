import type { DetectedAccount } from '../accounts/detect';
import { reportAccount } from '../accounts/report-account';
import { accountAtStart } from '../accounts/watch-account';
import type { Platform } from '../domain';
import { askForGuide } from './ask-for-guide';

/**
 * What runs on every page of a site (Facebook, Instagram): the account the page shows, told
 * with the page's one question, and the timed looks for one rendered late. Nothing else: the
 * guide itself is started by the background where it has something to do.
 */
export function onSitePage(platform: Platform, detect: () => DetectedAccount | undefined): void {
  const account = accountAtStart(platform, detect);
  askForGuide(platform, account);
  reportAccount(platform, detect, account !== undefined);
}
