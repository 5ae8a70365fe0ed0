import { describe, expect, it } from 'vitest';
import { recordAccountSeen } from '@/lib/record/actions';
import { emptyState } from '@/lib/record/schema';
import { recordObjectionSent, startSession } from '@/lib/record/session';
import { recordTaskDone, recordTaskNotPossible } from '@/lib/record/task-actions';

const SENT = { platform: 'facebook', kind: 'own', formUrl: 'https://www.facebook.com/help/contact/712876720715583', confirmationText: 'Received.' } as const;

/** The page sends a confirmation again when the worker stopped before answering (lib/deliver.ts). */
describe('an objection delivered twice is recorded once', () => {
  it('the same id: one objection, under that id', () => {
    const state = emptyState();
    recordAccountSeen(state, 'facebook', 'marie.dupont', 'Marie Dupont');
    startSession(state, 'facebook');
    recordObjectionSent(state, { ...SENT, id: 'lq2x-abc12345' });
    recordObjectionSent(state, { ...SENT, id: 'lq2x-abc12345' });
    expect(state.objections).toHaveLength(1);
    expect(state.objections[0]).toMatchObject({ id: 'lq2x-abc12345', accountKey: 'facebook:marie.dupont' });
    expect(state.session).toBeNull();
  });

  it('two confirmations (two ids, or none) are two objections', () => {
    const state = emptyState();
    recordObjectionSent(state, { ...SENT, id: 'lq2x-abc12345' });
    recordObjectionSent(state, { ...SENT, id: 'lq2x-def67890' });
    recordObjectionSent(state, SENT);
    expect(state.objections).toHaveLength(3);
    expect(new Set(state.objections.map((o) => o.id)).size).toBe(3);
  });
});

describe('a task outcome delivered twice is recorded once', () => {
  it('the same id: one task record; another id: another record', () => {
    const state = emptyState();
    recordAccountSeen(state, 'instagram', 'marie_dupont', 'Marie Dupont');
    const seen = { task: 'private-account', platform: 'instagram', url: 'https://www.instagram.com/accounts/who_can_see_your_content/', confirmationText: '' } as const;
    recordTaskDone(state, { ...seen, id: 'lq2x-task0001' });
    recordTaskDone(state, { ...seen, id: 'lq2x-task0001' });
    recordTaskNotPossible(state, { ...seen, reason: 'professional-account', id: 'lq2x-task0002' });
    recordTaskNotPossible(state, { ...seen, reason: 'professional-account', id: 'lq2x-task0002' });
    expect(state.tasks.map((r) => [r.id, r.outcome])).toEqual([['lq2x-task0001', 'done'], ['lq2x-task0002', 'not-possible']]);
  });
});
