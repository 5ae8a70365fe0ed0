import { countTodo, statusOf } from './status';
import type { Objection, State } from './schema';
import { followupOf, localTimeZone, nextChangeAt } from './followup-timing';

/**
 * The objections that need the user's attention: sent from an account (its row shows it),
 * Meta's e-mail not recorded after 2 days, and no complaint prepared yet. Pure.
 */
export function needingAttention(state: State, now: Date, timeZone: string = localTimeZone()): Objection[] {
  return pendingObjections(state).filter((o) => {
    const stage = followupOf(o, now, timeZone);
    return (stage === 'check-email' || stage === 'complaint') && o.followUp.complaintPreparedAt === null;
  });
}

/** The objection each account row follows: the account's own, sent, e-mail not yet recorded. */
export function pendingObjections(state: State): Objection[] {
  return state.accounts.flatMap((account) => {
    const { status, objection } = statusOf(state, account);
    return status === 'sent' && objection ? [objection] : [];
  });
}

/** What the toolbar badge counts: accounts still to do, and objections needing attention. */
export interface BadgeCounts {
  todo: number;
  attention: number;
}

export function badgeCounts(state: State, now: Date, timeZone: string = localTimeZone()): BadgeCounts {
  return { todo: countTodo(state), attention: needingAttention(state, now, timeZone).length };
}

/** When a pending objection next changes stage (the badge must be redrawn then), or null. */
export function nextBadgeChange(state: State, now: Date, timeZone: string = localTimeZone()): Date | null {
  const times = pendingObjections(state)
    .map((o) => nextChangeAt(o, now, timeZone)?.getTime())
    .filter((t): t is number => t !== undefined);
  return times.length ? new Date(Math.min(...times)) : null;
}
