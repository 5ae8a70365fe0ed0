import { refreshBadge, registerHandlers } from '@/lib/state/background-handlers';
import { refreshBadgeWhenDue } from '@/lib/followup/badge-refresh';
import { STATE_KEY } from '@/lib/state/storage';

export default defineBackground(() => {
  registerHandlers();
  refreshBadgeWhenDue(refreshBadge, STATE_KEY);
  void refreshBadge();
});
