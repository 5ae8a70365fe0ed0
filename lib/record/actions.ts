import { normalizeText } from '../page/normalize';
import { PLATFORMS, type ObjectionKind, type Platform } from '../domain';
import { PLAYBOOKS } from '../playbooks/registry';
import { accountKey, emptyFollowUp, type Account, type Group, type State } from './schema';

/**
 * Pure changes to the record, applied by the background inside `update`. Each keeps the
 * invariants: one account per key, an account in at most one group, no empty group.
 */

const now = () => new Date().toISOString();
const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export function recordAccountSeen(state: State, platform: Platform, id: string, name: string): Account {
  const key = accountKey(platform, id);
  let account = state.accounts.find((a) => a.key === key);
  if (!account) {
    // An account first known from an Accounts Center page, under its name only, is this one.
    const placeholder = state.accounts.find(
      (a) => a.platform === platform && a.origin === 'accounts-center' && sameName(a.name, name),
    );
    if (placeholder) {
      renameKey(state, placeholder.key, key);
      placeholder.id = id.toLowerCase();
      placeholder.origin = 'seen';
      account = placeholder;
    } else {
      account = { key, platform, id: id.toLowerCase(), name, firstSeen: now(), lastSeen: now(), origin: 'seen' };
      state.accounts.push(account);
    }
  }
  if (name) account.name = name;
  account.lastSeen = now();
  state.lastSeen[platform] = key;
  return account;
}

export interface AccountsCenterEntry {
  platform: Platform;
  /** Display name (Facebook) or username (Instagram), as the Accounts Center lists them. */
  name: string;
}

/** The accounts listed on one Accounts Center page form one group. */
export function recordAccountsCenter(state: State, entries: readonly AccountsCenterEntry[]): Group | undefined {
  const keys: string[] = [];
  for (const entry of entries) {
    const listsId = PLAYBOOKS[entry.platform].accountsCenterLists === 'id';
    const known = state.accounts.find((a) =>
      a.platform === entry.platform && (listsId ? a.id === entry.name.toLowerCase() : sameName(a.name, entry.name)),
    );
    if (known) {
      keys.push(known.key);
      continue;
    }
    const id = listsId ? entry.name.toLowerCase() : `~${slug(entry.name)}`;
    const key = accountKey(entry.platform, id);
    if (!state.accounts.some((a) => a.key === key)) {
      state.accounts.push({ key, platform: entry.platform, id, name: entry.name, firstSeen: now(), lastSeen: now(), origin: 'accounts-center' });
    }
    keys.push(key);
  }
  const unique = [...new Set(keys)];
  // A grouping the user corrected by hand wins over what a later page read says.
  const userGrouped = new Set(state.groups.filter((g) => g.source === 'user').flatMap((g) => g.accountKeys));
  const members = unique.filter((k) => !userGrouped.has(k));
  detach(state, members);
  if (members.length < 2) return undefined;
  const group: Group = { id: newId(), accountKeys: members, source: 'accounts-center', updatedAt: now() };
  state.groups.push(group);
  return group;
}

/** The user says `key` shares an Accounts Center with `withKey`, or with none (null). */
export function setLinkedAccount(state: State, key: string, withKey: string | null): void {
  detach(state, [key]);
  if (!withKey || withKey === key) return;
  const group = state.groups.find((g) => g.accountKeys.includes(withKey));
  if (group) {
    group.accountKeys.push(key);
    group.source = 'user';
    group.updatedAt = now();
  } else {
    state.groups.push({ id: newId(), accountKeys: [withKey, key], source: 'user', updatedAt: now() });
  }
}

export function addAccount(state: State, platform: Platform, id: string, name: string): Account {
  const key = accountKey(platform, id);
  const existing = state.accounts.find((a) => a.key === key);
  if (existing) return existing;
  const account: Account = { key, platform, id: id.toLowerCase(), name, firstSeen: now(), lastSeen: now(), origin: 'manual' };
  state.accounts.push(account);
  return account;
}

export function renameAccount(state: State, key: string, name: string): void {
  const account = state.accounts.find((a) => a.key === key);
  if (account) account.name = name;
}

/** Two rows that are the same account: `from`'s objections and links move to `into`. */
export function mergeAccounts(state: State, from: string, into: string): void {
  if (from === into) return;
  const source = state.accounts.find((a) => a.key === from);
  const target = state.accounts.find((a) => a.key === into);
  if (!source || !target || source.platform !== target.platform) return;
  for (const o of state.objections) if (o.accountKey === from) o.accountKey = into;
  for (const r of state.tasks) if (r.accountKey === from) r.accountKey = into;
  const sourceGroup = state.groups.find((g) => g.accountKeys.includes(from));
  const targetGroup = state.groups.find((g) => g.accountKeys.includes(into));
  if (sourceGroup && !targetGroup) sourceGroup.accountKeys.push(into);
  detach(state, [from]);
  for (const p of PLATFORMS) if (state.lastSeen[p] === from) state.lastSeen[p] = into;
  if (source.firstSeen < target.firstSeen) target.firstSeen = source.firstSeen;
  state.accounts = state.accounts.filter((a) => a.key !== from);
}

/** Removes the account and its link; objections stay in the record as proof, unattributed. */
export function removeAccount(state: State, key: string): void {
  detach(state, [key]);
  state.accounts = state.accounts.filter((a) => a.key !== key);
  for (const o of state.objections) if (o.accountKey === key) o.accountKey = null;
  state.tasks = state.tasks.filter((r) => r.accountKey !== key);
  for (const p of PLATFORMS) if (state.lastSeen[p] === key) delete state.lastSeen[p];
}

export interface SentObjection {
  platform: Platform;
  kind: ObjectionKind;
  formUrl: string;
  confirmationText: string;
  /**
   * Given by the page that saw the confirmation, which sends it again when the background's
   * worker stopped mid-message (lib/deliver.ts): the same id is recorded once.
   */
  id?: string;
}

/**
 * An objection the user sent and Meta confirmed on screen, attributed to the platform's last
 * seen account. One already recorded under the same id is not recorded again.
 */
export function recordObjection(state: State, sent: SentObjection) {
  const recorded = sent.id === undefined ? undefined : state.objections.find((o) => o.id === sent.id);
  if (recorded) return recorded;
  const accountKey = sent.kind === 'own' ? state.lastSeen[sent.platform] ?? null : null;
  const objection = {
    id: sent.id ?? newId(),
    accountKey,
    platform: sent.platform,
    kind: sent.kind,
    formUrl: sent.formUrl,
    sentAt: now(),
    confirmationText: withoutEmails(sent.confirmationText).slice(0, 2000),
    emailConfirmedAt: null,
    followUp: emptyFollowUp(),
  };
  state.objections.push(objection);
  return objection;
}

/**
 * The user says they sent the objection for this account outside this browser (in Meta's app,
 * on another device): it is recorded by hand, dated now, to the platform's objection form.
 * Nothing is recorded for an unknown account, a Facebook Page, or an account that already has
 * an objection of its own (never twice).
 */
export function recordObjectionByHand(state: State, accountKey: string) {
  const account = state.accounts.find((a) => a.key === accountKey);
  if (!account || account.kind === 'page') return undefined;
  if (state.objections.some((o) => o.kind === 'own' && o.accountKey === accountKey)) return undefined;
  const objection = {
    id: newId(),
    accountKey,
    platform: account.platform,
    kind: 'own' as const,
    formUrl: PLAYBOOKS[account.platform].formUrl,
    sentAt: now(),
    confirmationText: '',
    emailConfirmedAt: null,
    followUp: emptyFollowUp(),
    recorded: 'by-hand' as const,
  };
  state.objections.push(objection);
  return objection;
}

/** The user takes back an objection they recorded by hand; one Opposer saw confirmed is never removed. */
export function undoObjectionByHand(state: State, objectionId: string): void {
  state.objections = state.objections.filter((o) => o.id !== objectionId || o.recorded !== 'by-hand');
}

/** The user says an objection was sent from another account than the one it was attributed to. */
export function reassignObjection(state: State, objectionId: string, accountKey: string): void {
  const objection = state.objections.find((o) => o.id === objectionId);
  const account = state.accounts.find((a) => a.key === accountKey);
  if (!objection || !account || objection.kind !== 'own' || account.platform !== objection.platform) return;
  objection.accountKey = accountKey;
}

export function setEmailConfirmed(state: State, objectionId: string, confirmed: boolean): void {
  const objection = state.objections.find((o) => o.id === objectionId);
  if (objection) objection.emailConfirmedAt = confirmed ? now() : null;
}

/** Meta's confirmation may name the e-mail address it writes to: the record never keeps one. */
export function withoutEmails(text: string): string {
  return text.replace(/[^\s@<>()"',;:]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[e-mail]');
}

function detach(state: State, keys: readonly string[]): void {
  for (const group of state.groups) group.accountKeys = group.accountKeys.filter((k) => !keys.includes(k));
  state.groups = state.groups.filter((g) => g.accountKeys.length > 1);
}

function renameKey(state: State, from: string, to: string): void {
  const account = state.accounts.find((a) => a.key === from);
  if (account) account.key = to;
  for (const g of state.groups) g.accountKeys = g.accountKeys.map((k) => (k === from ? to : k));
  for (const o of state.objections) if (o.accountKey === from) o.accountKey = to;
  for (const r of state.tasks) if (r.accountKey === from) r.accountKey = to;
}

function sameName(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b) && normalizeText(a) !== '';
}

function slug(name: string): string {
  return normalizeText(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'account';
}
