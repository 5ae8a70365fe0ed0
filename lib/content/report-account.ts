import type { Platform } from '../domain';
import { sendMessage } from '../record/messages';
import type { DetectedAccount } from './account-detect';
import { watchProfileSwitch } from './profile-switch';
import { watchAccount } from './watch-account';

/**
 * Tells the background which account is logged in on a site's pages (and what an Accounts
 * Center lists, and when the user switches profiles). Only the sites' content scripts run it:
 * the WhatsApp form has no account. `seen`: the account found at start (accountAtStart), which
 * the page's one question reports (ask-for-guide.ts).
 */
export function reportAccount(platform: Platform, detect: () => DetectedAccount | undefined, seen = false): void {
  watchAccount(platform, detect, {
    accountSeen: (account) => void sendMessage('accountSeen', account).catch(() => undefined),
    accountsCenterRead: (entries) => void sendMessage('accountsCenterRead', { entries }).catch(() => undefined),
  }, (fn, ms) => setTimeout(fn, ms), seen);
  watchProfileSwitch(document, () => void sendMessage('accountSwitching', { platform }).catch(() => undefined));
}
