import { refreshBadge, registerHandlers } from '@/lib/state/background-handlers';

export default defineBackground(() => {
  registerHandlers();
  void refreshBadge();
});
