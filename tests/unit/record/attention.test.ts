import { describe, expect, it } from 'vitest';
import { badgeCounts, needingAttention, nextBadgeChange, pendingObjections } from '@/lib/record/attention';
import { emptyFollowUp, emptyState, type State } from '@/lib/record/schema';

const NOW = new Date('2026-11-29T12:00:00.000Z');
const ago = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();
const PARIS = 'Europe/Paris';

/** Accounts a (sent 1 day ago), b (3 days), c (35 days), d (35 days, complaint prepared), e (confirmed), f (to do), g covered by a. */
function record(): State {
  const state = emptyState();
  for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
    state.accounts.push({ key: `facebook:${id}`, platform: 'facebook', id, name: id, firstSeen: ago(50), lastSeen: ago(1), origin: 'seen' });
  }
  state.groups.push({ id: 'g1', accountKeys: ['facebook:a', 'facebook:g'], source: 'accounts-center', updatedAt: ago(50) });
  const sent = (id: string, days: number, extra: Partial<State['objections'][number]> = {}) => state.objections.push({
    id, accountKey: `facebook:${id}`, platform: 'facebook', kind: 'own', formUrl: 'https://www.facebook.com/help/contact/712876720715583',
    sentAt: ago(days), confirmationText: '', emailConfirmedAt: null, followUp: emptyFollowUp(), ...extra,
  });
  sent('a', 1);
  sent('b', 3);
  sent('c', 35);
  sent('d', 35, { followUp: { ...emptyFollowUp(), complaintPreparedAt: ago(1), complaintAuthority: 'FR' } });
  sent('e', 40, { emailConfirmedAt: ago(38) });
  state.objections.push({ ...state.objections[2], id: 'tp', accountKey: null, kind: 'third-party' });
  return state;
}

describe('objections needing attention', () => {
  it('are the sent ones past 2 days without Meta\'s e-mail and without a complaint prepared', () => {
    expect(pendingObjections(record()).map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(needingAttention(record(), NOW, PARIS).map((o) => o.id)).toEqual(['b', 'c']);
  });

  it('make the badge count: accounts to do plus objections needing attention', () => {
    expect(badgeCounts(record(), NOW, PARIS)).toEqual({ todo: 1, attention: 2 });
    expect(badgeCounts(emptyState(), NOW, PARIS)).toEqual({ todo: 0, attention: 0 });
  });

  it('tell when the badge must be redrawn next: the soonest stage change', () => {
    // a reaches 2 days first (sent 1 day ago); b reaches its month 27 days later.
    expect(nextBadgeChange(record(), NOW, PARIS)?.toISOString()).toBe(new Date(NOW.getTime() + 86_400_000).toISOString());
    const later = record();
    later.objections = later.objections.filter((o) => o.id !== 'a');
    expect(nextBadgeChange(later, NOW, PARIS)?.toISOString()).toBe('2026-12-26T12:00:00.000Z');
    expect(nextBadgeChange(emptyState(), NOW, PARIS)).toBeNull();
  });
});
