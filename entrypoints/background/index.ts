import { refreshBadgeWhenDue } from '@/lib/followup/badge-refresh';
import { STATE_KEY } from '@/lib/state/storage';
import { openWelcomeOnFirstInstall } from '@/lib/state/welcome';
import { refreshBadge } from './badge';
import { registerHandlers } from './handlers';

/**
 * The single writer of the state: every change arrives here as a checked message.
 * An ES module in Chrome (MV3), built with the pages so it shares their chunks (templates,
 * playbooks, messaging) instead of carrying its own copy; WXT builds Firefox's MV2 background
 * as one classic script. No webextension-polyfill: every API called here returns a promise in
 * Chrome MV3 and in Firefox, and @webext-core/messaging answers through `sendResponse`.
 */
export default defineBackground({
  type: 'module',
  main() {
    registerHandlers();
    openWelcomeOnFirstInstall();
    refreshBadgeWhenDue(refreshBadge, STATE_KEY);
    void refreshBadge();
  },
});
