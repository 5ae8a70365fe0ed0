import type { Platform } from '../domain';
import type { State } from './schema';

/**
 * The user switched to another profile of the same login: the platform's last seen account is
 * no longer the one acting. Forget it, so that an objection sent before the next page shows
 * the active profile is left unattributed (the user assigns it) rather than given to the wrong one.
 */
export function forgetActiveAccount(state: State, platform: Platform): void {
  delete state.lastSeen[platform];
}
