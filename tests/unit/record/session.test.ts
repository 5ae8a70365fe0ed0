import { describe, expect, it } from 'vitest';
import { recordObjectionSent, sessionRunning, SESSION_MINUTES, startSession, stopSession } from '@/lib/record/session';
import { recordAccountSeen } from '@/lib/record/actions';
import { emptyState } from '@/lib/record/schema';

const FORM = 'https://www.facebook.com/help/contact/712876720715583';

describe('guided sessions', () => {
  it('starts one session at a time, the newest replacing the last, and stops it', () => {
    const state = emptyState();
    startSession(state, 'facebook', new Date('2026-05-01T10:00:00Z'));
    expect(state.session).toEqual({ platform: 'facebook', startedAt: '2026-05-01T10:00:00.000Z' });
    startSession(state, 'instagram', new Date('2026-05-01T10:05:00Z'));
    expect(state.session?.platform).toBe('instagram');
    stopSession(state);
    expect(state.session).toBeNull();
  });

  it('runs on its own platform only, and ends by itself after an hour', () => {
    const state = emptyState();
    const start = Date.parse('2026-05-01T10:00:00Z');
    expect(sessionRunning(state, 'facebook', start)).toBe(false);
    startSession(state, 'facebook', new Date(start));
    expect(sessionRunning(state, 'facebook', start + 1000)).toBe(true);
    expect(sessionRunning(state, 'instagram', start + 1000)).toBe(false);
    expect(sessionRunning(state, 'facebook', start + SESSION_MINUTES * 60_000 - 1)).toBe(true);
    expect(sessionRunning(state, 'facebook', start + SESSION_MINUTES * 60_000)).toBe(false);
  });

  it('keeps a sent objection and ends the session on its platform, not on another', () => {
    const state = emptyState();
    recordAccountSeen(state, 'facebook', 'marie.dupont', 'Marie Dupont');
    startSession(state, 'instagram');
    recordObjectionSent(state, { platform: 'facebook', kind: 'own', formUrl: FORM, confirmationText: 'Thanks' });
    expect(state.objections).toHaveLength(1);
    expect(state.objections[0].accountKey).toBe('facebook:marie.dupont');
    expect(state.session?.platform).toBe('instagram');
    startSession(state, 'facebook');
    recordObjectionSent(state, { platform: 'facebook', kind: 'third-party', formUrl: FORM, confirmationText: '' });
    expect(state.objections).toHaveLength(2);
    expect(state.session).toBeNull();
  });
});
