import { describe, expect, it } from 'vitest';
import { countTodo, statusOf } from '@/lib/record/status';
import { recordAccountSeen, recordAccountsCenter, recordObjection, setEmailConfirmed, setLinkedAccount } from '@/lib/record/actions';
import { emptyState } from '@/lib/record/schema';

function twoAccounts() {
  const state = emptyState();
  recordAccountSeen(state, 'instagram', 'marie_dupont', 'marie_dupont');
  recordAccountSeen(state, 'facebook', 'marie.dupont', 'Marie Dupont');
  return state;
}
const status = (state: ReturnType<typeof emptyState>, key: string) =>
  statusOf(state, state.accounts.find((a) => a.key === key)!).status;

describe('statusOf', () => {
  it('is todo until something is sent', () => {
    const state = twoAccounts();
    expect(status(state, 'facebook:marie.dupont')).toBe('todo');
    expect(countTodo(state)).toBe(2);
  });

  it('is sent for the account last seen on the platform, covered for its linked account', () => {
    const state = twoAccounts();
    recordAccountsCenter(state, [{ platform: 'facebook', name: 'Marie Dupont' }, { platform: 'instagram', name: 'marie_dupont' }]);
    recordObjection(state, { platform: 'facebook', kind: 'own', formUrl: 'https://www.facebook.com/help/contact/712876720715583', confirmationText: 'We will honour your objection' });
    expect(status(state, 'facebook:marie.dupont')).toBe('sent');
    expect(status(state, 'instagram:marie_dupont')).toBe('covered');
    expect(countTodo(state)).toBe(0);
  });

  it('does not cover unlinked accounts, nor count the third-party form', () => {
    const state = twoAccounts();
    recordObjection(state, { platform: 'facebook', kind: 'third-party', formUrl: 'https://www.facebook.com/help/contact/510058597920541', confirmationText: '' });
    expect(status(state, 'facebook:marie.dupont')).toBe('todo');
    recordObjection(state, { platform: 'facebook', kind: 'own', formUrl: 'https://www.facebook.com/help/contact/712876720715583', confirmationText: '' });
    expect(status(state, 'instagram:marie_dupont')).toBe('todo');
  });

  it('is confirmed once the user ticks that Meta’s e-mail arrived', () => {
    const state = twoAccounts();
    const objection = recordObjection(state, { platform: 'instagram', kind: 'own', formUrl: 'https://help.instagram.com/contact/767264225370182', confirmationText: '' });
    expect(status(state, 'instagram:marie_dupont')).toBe('sent');
    setEmailConfirmed(state, objection.id, true);
    expect(status(state, 'instagram:marie_dupont')).toBe('confirmed');
  });

  it('follows a grouping the user corrected', () => {
    const state = twoAccounts();
    recordObjection(state, { platform: 'facebook', kind: 'own', formUrl: 'https://www.facebook.com/help/contact/712876720715583', confirmationText: '' });
    setLinkedAccount(state, 'instagram:marie_dupont', 'facebook:marie.dupont');
    expect(status(state, 'instagram:marie_dupont')).toBe('covered');
    setLinkedAccount(state, 'instagram:marie_dupont', null);
    expect(status(state, 'instagram:marie_dupont')).toBe('todo');
  });
});
