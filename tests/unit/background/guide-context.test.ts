import { describe, expect, it } from 'vitest';
import { guideContext, taskGuiding } from '@/lib/background/guide-context';
import { recordAccountSeen, recordObjection } from '@/lib/record/actions';
import { emptyState } from '@/lib/record/schema';
import { REASON_TEMPLATES } from '@/lib/templates/reasons';
import { THIRD_PARTY_TEMPLATES } from '@/lib/templates/third-party';

describe('guideContext', () => {
  it('picks the reason for the form and the page language, the user’s own text first', () => {
    const state = emptyState();
    expect(guideContext(state, 'facebook', 'de', 'en', 'own', null).reasonTemplate).toBe(REASON_TEMPLATES.de);
    expect(guideContext(state, 'facebook', null, 'fr', 'third-party', null).reasonTemplate).toBe(THIRD_PARTY_TEMPLATES.fr);
    state.templates.de = 'Mein Text';
    state.thirdPartyTemplates.de = 'Mein Text über Dritte';
    expect(guideContext(state, 'facebook', 'de', 'en', 'own', null).reasonTemplate).toBe('Mein Text');
    expect(guideContext(state, 'facebook', 'de', 'en', 'third-party', null).reasonTemplate).toBe('Mein Text über Dritte');
  });

  it('guides while the last account seen is not done, and serves the page language’s labels', () => {
    const state = emptyState();
    recordAccountSeen(state, 'instagram', 'marie', 'marie');
    expect(guideContext(state, 'instagram', 'nl', 'en', null, null).guiding).toBe(true);
    recordObjection(state, { platform: 'instagram', kind: 'own', formUrl: 'https://help.instagram.com/contact/767264225370182', confirmationText: '' });
    const context = guideContext(state, 'instagram', 'nl', 'en', null, null);
    expect(context.guiding).toBe(false);
    expect(context.labels.igMore).toContain('Meer');
    expect(context.labels.igMore).toContain('More');
    expect(context.labels.igMore).not.toContain('Plus');
  });

  it('runs a session on its own platform only, for an hour', () => {
    const state = emptyState();
    state.session = { platform: 'facebook', startedAt: new Date().toISOString() };
    expect(guideContext(state, 'facebook', null, 'en', null, null).session).toBe(true);
    expect(guideContext(state, 'instagram', null, 'en', null, null).session).toBe(false);
    state.session.startedAt = new Date(Date.now() - 61 * 60_000).toISOString();
    expect(guideContext(state, 'facebook', null, 'en', null, null).session).toBe(false);
  });
});

describe('taskGuiding', () => {
  it('points at a task’s steps only while that task runs, never as part of a session', () => {
    expect(taskGuiding('private-account', 'private-account')).toEqual({ session: false, guiding: true });
    expect(taskGuiding('private-account', 'limit-past-posts')).toEqual({ session: false, guiding: false });
    expect(taskGuiding('whatsapp', null)).toEqual({ session: false, guiding: false });
  });
});
