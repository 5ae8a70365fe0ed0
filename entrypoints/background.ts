import { refreshBadge, registerHandlers } from '@/lib/state/background-handlers';
import { openWelcomeOnFirstInstall } from '@/lib/state/welcome';

export default defineBackground(() => {
  registerHandlers();
  openWelcomeOnFirstInstall();
  void refreshBadge();
});
