import { refreshBadge, registerHandlers } from '@/lib/state/background-handlers';
import { onBadgeAlarm } from '@/lib/followup/badge-alarm';

export default defineBackground(() => {
  registerHandlers();
  onBadgeAlarm(refreshBadge);
  void refreshBadge();
});
