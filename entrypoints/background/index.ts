import { refreshBadgeWhenDue } from '@/lib/background/badge-refresh';
import { STATE_KEY } from '@/lib/record/storage';
import { openWelcomeOnFirstInstall } from '@/lib/background/welcome';
import { refreshBadge } from './badge';
import { registerHandlers } from './handlers';

/** The single writer of the state: every change arrives here as a checked message. */
export default defineBackground(() => {
  registerHandlers();
  openWelcomeOnFirstInstall();
  refreshBadgeWhenDue(refreshBadge, STATE_KEY);
  void refreshBadge();
});
