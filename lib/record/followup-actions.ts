import type { Platform } from '../domain';
import type { State } from './schema';

/**
 * Pure changes to the follow-up of sent objections (what the user did while waiting for Meta),
 * applied by the background inside `update` like actions.ts.
 */

const now = () => new Date().toISOString();

/** The user checked in Accounts Center ("Recent emails") that Meta's e-mail is genuine, or undoes it. */
export function setGenuineChecked(state: State, objectionId: string, checked: boolean): void {
  const objection = state.objections.find((o) => o.id === objectionId);
  if (objection) objection.followUp.genuineCheckedAt = checked ? now() : null;
}

/** The user prepared (copied, downloaded or printed) the complaint kit's letter for these objections. */
export function recordComplaintPrepared(state: State, objectionIds: readonly string[], authority: string): void {
  const at = now();
  for (const objection of state.objections) {
    if (!objectionIds.includes(objection.id)) continue;
    objection.followUp.complaintPreparedAt = at;
    objection.followUp.complaintAuthority = authority;
  }
}

/** The user asked to be shown "Recent emails" in Accounts Center: a guided session on that site. */
export function startEmailCheck(state: State, platform: Platform): void {
  state.session = { platform, startedAt: now() };
}
