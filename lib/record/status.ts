import type { Account, Objection, State } from './schema';

export const STATUSES = ['todo', 'sent', 'covered', 'confirmed', 'page'] as const;
export type Status = (typeof STATUSES)[number];

export interface AccountStatus {
  status: Status;
  /** The objection sent from this account, or from the linked account that covers it. */
  objection?: Objection;
  /** The account whose objection covers this one (status `covered`). */
  coveredBy?: Account;
}

/**
 * An account's status, derived from the record and never stored:
 * confirmed — the user recorded Meta's e-mail for an objection sent from it;
 * sent — an objection was sent from it; covered — one was sent from another account of the
 * same Accounts Center; page — nothing sent, and the row is a Facebook Page, which cannot object
 * through the form (not counted as to do); todo — nothing yet.
 */
export function statusOf(state: State, account: Account): AccountStatus {
  const own = state.objections
    .filter((o) => o.kind === 'own' && o.accountKey === account.key)
    .sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  const confirmed = own.find((o) => o.emailConfirmedAt);
  if (confirmed) return { status: 'confirmed', objection: confirmed };
  if (own.length) return { status: 'sent', objection: own[0] };
  for (const linkedKey of linkedAccountKeys(state, account.key)) {
    const objection = state.objections.find((o) => o.kind === 'own' && o.accountKey === linkedKey);
    if (objection) return { status: 'covered', objection, coveredBy: state.accounts.find((a) => a.key === linkedKey) };
  }
  return { status: account.kind === 'page' ? 'page' : 'todo' };
}

/** The other accounts of the same Accounts Center. */
export function linkedAccountKeys(state: State, key: string): string[] {
  const group = state.groups.find((g) => g.accountKeys.includes(key));
  return group ? group.accountKeys.filter((k) => k !== key) : [];
}

export function isDone(status: Status): boolean {
  return status !== 'todo';
}

export function countTodo(state: State): number {
  return state.accounts.filter((a) => statusOf(state, a).status === 'todo').length;
}
