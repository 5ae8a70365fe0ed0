import { describe, expect, it } from 'vitest';
import { statusOf } from '@/lib/record/status';
import {
  addAccount, mergeAccounts, recordAccountSeen, recordAccountsCenter, recordObjection, removeAccount, renameAccount,
  setLinkedAccount, withoutEmails,
} from '@/lib/record/actions';
import { emptyState, StateSchema } from '@/lib/record/schema';

const FORM = 'https://www.facebook.com/help/contact/712876720715583';

describe('record changes', () => {
  it('turns an Accounts Center entry into the real account once it is seen logged in', () => {
    const state = emptyState();
    recordAccountsCenter(state, [{ platform: 'facebook', name: 'Marie Dupont' }, { platform: 'instagram', name: 'marie_dupont' }]);
    expect(state.accounts.map((a) => a.key)).toEqual(['facebook:~marie-dupont', 'instagram:marie_dupont']);
    recordAccountSeen(state, 'facebook', 'Marie.Dupont', 'Marie Dupont');
    expect(state.accounts.map((a) => a.key)).toEqual(['facebook:marie.dupont', 'instagram:marie_dupont']);
    expect(state.groups[0].accountKeys).toEqual(['facebook:marie.dupont', 'instagram:marie_dupont']);
    expect(StateSchema.safeParse(state).success).toBe(true);
  });

  it('keeps a grouping the user corrected when the Accounts Center is read again', () => {
    const state = emptyState();
    recordAccountSeen(state, 'facebook', 'marie.dupont', 'Marie Dupont');
    recordAccountSeen(state, 'instagram', 'marie_dupont', 'marie_dupont');
    recordAccountSeen(state, 'instagram', 'marie_pro', 'marie_pro');
    setLinkedAccount(state, 'instagram:marie_pro', 'facebook:marie.dupont');
    recordAccountsCenter(state, [{ platform: 'facebook', name: 'Marie Dupont' }, { platform: 'instagram', name: 'marie_dupont' }]);
    expect(state.groups.find((g) => g.accountKeys.includes('instagram:marie_pro'))?.source).toBe('user');
    expect(state.groups.flatMap((g) => g.accountKeys).filter((k) => k === 'facebook:marie.dupont')).toHaveLength(1);
  });

  it('merges two rows of one account, keeping its objections', () => {
    const state = emptyState();
    addAccount(state, 'facebook', 'marie.d', 'Marie');
    recordAccountSeen(state, 'facebook', 'marie.dupont', 'Marie Dupont');
    state.lastSeen.facebook = 'facebook:marie.d';
    recordObjection(state, { platform: 'facebook', kind: 'own', formUrl: FORM, confirmationText: '' });
    mergeAccounts(state, 'facebook:marie.d', 'facebook:marie.dupont');
    expect(state.accounts.map((a) => a.key)).toEqual(['facebook:marie.dupont']);
    expect(statusOf(state, state.accounts[0]).status).toBe('sent');
  });

  it('refuses to merge accounts of two platforms', () => {
    const state = emptyState();
    recordAccountSeen(state, 'facebook', 'a', 'A');
    recordAccountSeen(state, 'instagram', 'b', 'B');
    mergeAccounts(state, 'facebook:a', 'instagram:b');
    expect(state.accounts).toHaveLength(2);
  });

  it('removes an account but keeps its objection as proof', () => {
    const state = emptyState();
    recordAccountSeen(state, 'facebook', 'a', 'A');
    recordObjection(state, { platform: 'facebook', kind: 'own', formUrl: FORM, confirmationText: '' });
    removeAccount(state, 'facebook:a');
    expect(state.accounts).toEqual([]);
    expect(state.objections[0].accountKey).toBeNull();
    expect(state.lastSeen.facebook).toBeUndefined();
  });

  it('renames', () => {
    const state = emptyState();
    recordAccountSeen(state, 'facebook', 'a', 'A');
    renameAccount(state, 'facebook:a', 'Work account');
    expect(state.accounts[0].name).toBe('Work account');
  });

  it('never keeps an e-mail address from Meta’s confirmation', () => {
    expect(withoutEmails('We sent a confirmation to marie.dupont+fb@example.org.')).toBe('We sent a confirmation to [e-mail].');
    const state = emptyState();
    const o = recordObjection(state, { platform: 'facebook', kind: 'own', formUrl: FORM, confirmationText: 'Sent to a@b.cd' });
    expect(o.confirmationText).toBe('Sent to [e-mail]');
  });
});

describe('reassignObjection', () => {
  it('moves an objection to the account it was really sent from, on the same platform only', async () => {
    const { reassignObjection } = await import('@/lib/record/actions');
    const state = emptyState();
    recordAccountSeen(state, 'facebook', 'pro', 'Pro');
    recordAccountSeen(state, 'instagram', 'insta', 'insta');
    recordAccountSeen(state, 'facebook', 'perso', 'Perso');
    const o = recordObjection(state, { platform: 'facebook', kind: 'own', formUrl: FORM, confirmationText: '' });
    expect(o.accountKey).toBe('facebook:perso');
    reassignObjection(state, o.id, 'instagram:insta');
    expect(o.accountKey).toBe('facebook:perso');
    reassignObjection(state, o.id, 'facebook:pro');
    expect(o.accountKey).toBe('facebook:pro');
  });
});
