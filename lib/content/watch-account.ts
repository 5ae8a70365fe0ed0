import type { Platform } from '../domain';
import type { AccountsCenterEntry } from '../record/actions';
import { isAccountsCenterProfiles, readAccountsCenter } from './accounts-center';
import type { DetectedAccount } from './account-detect';

/** When to look again for late-rendered account details: a few looks, then nothing (no observer). */
const LOOKS_MS = [600, 1500, 3500, 7000];

export interface AccountReporter {
  accountSeen(account: DetectedAccount): void;
  accountsCenterRead(entries: AccountsCenterEntry[]): void;
}

/**
 * The account the page shows as the content script starts (not on an Accounts Center profiles
 * page, which lists accounts instead): told to the background with the page's one question
 * (ask-for-guide.ts), one message instead of two.
 */
export function accountAtStart(platform: Platform, detect: () => DetectedAccount | undefined): DetectedAccount | undefined {
  if (isAccountsCenterProfiles(new URL(location.href))) return undefined;
  const account = detect();
  return account?.platform === platform ? account : undefined;
}

/**
 * Learns which account is logged in on this page, or which accounts an Accounts Center lists,
 * with a handful of timed looks per page (never a document-wide observer). `seen`: the account
 * was found at start and reported already; only the Accounts Center's looks remain.
 */
export function watchAccount(
  platform: Platform,
  detect: () => DetectedAccount | undefined,
  report: AccountReporter,
  setTimer: (fn: () => void, ms: number) => void,
  seen = false,
): () => void {
  const url = new URL(location.href);
  if (isAccountsCenterProfiles(url)) {
    let reported = 0;
    const look = () => {
      const entries = readAccountsCenter();
      if (entries.length > reported) {
        reported = entries.length;
        report.accountsCenterRead(entries);
      }
    };
    for (const ms of LOOKS_MS) setTimer(look, ms);
    return look;
  }
  let found = seen;
  const look = () => {
    if (found) return;
    const account = detect();
    if (account && account.platform === platform) {
      found = true;
      report.accountSeen(account);
    }
  };
  if (!found) for (const ms of LOOKS_MS) setTimer(look, ms);
  return look;
}
