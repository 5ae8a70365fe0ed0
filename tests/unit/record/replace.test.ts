import { describe, expect, it } from 'vitest';
import { recordAccountSeen } from '@/lib/record/actions';
import { applyImport, resetAll } from '@/lib/record/replace';
import { emptyState, StateSchema, type State } from '@/lib/record/schema';

const NOTICE = { kind: 'bad-data-reset' as const, at: '2026-05-01T10:00:00.000Z', backupKey: 'opposer-backup-x', problem: 'bad' };

function withSessionAndNotice(): State {
  const state = emptyState();
  recordAccountSeen(state, 'facebook', 'old.account', 'Old');
  state.session = { platform: 'facebook', startedAt: new Date().toISOString() };
  state.notices.push(NOTICE);
  state.templates.fr = 'Ma raison';
  return state;
}

describe('whole-state replacements', () => {
  it('an import replaces the state but keeps this browser’s notices and runs no session', () => {
    const state = withSessionAndNotice();
    const imported = emptyState();
    recordAccountSeen(imported, 'instagram', 'marie', 'marie');
    imported.session = { platform: 'instagram', startedAt: new Date().toISOString() };
    applyImport(state, imported);
    expect(state.accounts.map((a) => a.key)).toEqual(['instagram:marie']);
    expect(state.lastSeen).toEqual({ instagram: 'instagram:marie' });
    expect(state.templates).toEqual({});
    expect(state.session).toBeNull();
    expect(state.notices).toEqual([NOTICE]);
    expect(StateSchema.safeParse(state).success).toBe(true);
  });

  it('a reset empties everything, notices included', () => {
    const state = withSessionAndNotice();
    resetAll(state);
    expect(state).toEqual(emptyState());
  });
});
