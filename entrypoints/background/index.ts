import { refreshBadgeWhenDue } from '@/lib/followup/badge-refresh';
import { STATE_KEY } from '@/lib/state/storage';
import { openWelcomeOnFirstInstall } from '@/lib/state/welcome';
import { refreshBadge } from './badge';
import { registerHandlers } from './handlers';

/** The single writer of the state: every change arrives here as a checked message. */
export default defineBackground(() => {
  registerHandlers();
  openWelcomeOnFirstInstall();
  refreshBadgeWhenDue(refreshBadge, STATE_KEY);
  void refreshBadge();
});
