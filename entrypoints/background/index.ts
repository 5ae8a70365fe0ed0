import { refreshBadge } from './badge';
import { registerHandlers } from './handlers';

/** The single writer of the state: every change arrives here as a checked message. */
export default defineBackground(() => {
  registerHandlers();
  void refreshBadge();
});
