import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { statusOf } from '@/lib/record/status';
import { needingAttention, pendingObjections } from '@/lib/record/attention';
import { followupOf } from '@/lib/record/followup-timing';
import { recordObjection, recordObjectionByHand, setLinkedAccount, undoObjectionByHand } from '@/lib/record/actions';
import { exportState } from '@/lib/record/export';
import { parseImport } from '@/lib/record/import';
import { MESSAGES } from '@/lib/record/requests';
import { StateSchema } from '@/lib/record/schema';
import { loadState, STATE_KEY, STATE_VERSION } from '@/lib/record/storage';
import { update } from '@/lib/record/store';
import { marieRecord } from './marie';

/**
 * An objection sent outside this browser (in Meta's app, on another device), recorded by hand
 * from the popup's phone hand-off: a `sent` account whose record says so, never "seen confirmed".
 */

const NOW = new Date('2026-12-06T09:30:00.000Z');
const FB_FORM = 'https://www.facebook.com/help/contact/712876720715583';
const IG_FORM = 'https://help.instagram.com/contact/767264225370182';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

const withAccounts = () => marieRecord({ id: 'marie_app', origin: 'manual' });

describe('recording an objection by hand', () => {
  it('dates it now, to the platform’s objection form, and the account becomes sent, by hand', () => {
    const state = withAccounts();
    const objection = recordObjectionByHand(state, 'instagram:marie_app');
    expect(objection).toMatchObject({
      accountKey: 'instagram:marie_app', platform: 'instagram', kind: 'own', formUrl: IG_FORM,
      sentAt: NOW.toISOString(), confirmationText: '', emailConfirmedAt: null, recorded: 'by-hand',
    });
    const account = state.accounts.find((a) => a.key === 'instagram:marie_app')!;
    expect(statusOf(state, account)).toMatchObject({ status: 'sent', objection: { recorded: 'by-hand' } });
    expect(StateSchema.safeParse(state).success).toBe(true);
  });

  it('records nothing twice, nor over an objection seen confirmed', () => {
    const state = withAccounts();
    recordObjectionByHand(state, 'instagram:marie_app');
    expect(recordObjectionByHand(state, 'instagram:marie_app')).toBeUndefined();
    state.lastSeen.facebook = 'facebook:marie.dupont';
    recordObjection(state, { platform: 'facebook', kind: 'own', formUrl: FB_FORM, confirmationText: 'We’ll honour your objection.' });
    expect(recordObjectionByHand(state, 'facebook:marie.dupont')).toBeUndefined();
    expect(state.objections.map((o) => [o.accountKey, o.recorded])).toEqual([['instagram:marie_app', 'by-hand'], ['facebook:marie.dupont', undefined]]);
  });

  it('records nothing for an unknown account or a Facebook Page', () => {
    const state = withAccounts();
    state.accounts[0].kind = 'page';
    expect(recordObjectionByHand(state, 'facebook:marie.dupont')).toBeUndefined();
    expect(recordObjectionByHand(state, 'instagram:nobody')).toBeUndefined();
    expect(state.objections).toEqual([]);
  });

  it('covers the other accounts of the same Accounts Center, like any sent objection', () => {
    const state = withAccounts();
    setLinkedAccount(state, 'facebook:marie.dupont', 'instagram:marie_app');
    recordObjectionByHand(state, 'instagram:marie_app');
    expect(statusOf(state, state.accounts[0]).status).toBe('covered');
  });

  it('is followed up like any sent objection: waiting, check the e-mail, the complaint after a month', () => {
    const state = withAccounts();
    const objection = recordObjectionByHand(state, 'instagram:marie_app')!;
    expect(pendingObjections(state)).toEqual([objection]);
    expect(followupOf(objection, NOW, 'UTC')).toBe('waiting');
    const later = new Date(NOW.getTime() + 35 * 86_400_000);
    expect(followupOf(objection, later, 'UTC')).toBe('complaint');
    expect(needingAttention(state, later, 'UTC')).toEqual([objection]);
  });

  it('is undone by the user, but an objection seen confirmed never is', () => {
    const state = withAccounts();
    const byHand = recordObjectionByHand(state, 'instagram:marie_app')!;
    state.lastSeen.facebook = 'facebook:marie.dupont';
    const seen = recordObjection(state, { platform: 'facebook', kind: 'own', formUrl: FB_FORM, confirmationText: '' });
    undoObjectionByHand(state, seen.id);
    undoObjectionByHand(state, byHand.id);
    expect(state.objections.map((o) => o.id)).toEqual([seen.id]);
    expect(statusOf(state, state.accounts[1]).status).toBe('todo');
  });
});

describe('the request the popup sends', () => {
  it('names an account by its key, and nothing else passes', () => {
    expect(MESSAGES.objectionSentByHand.request.parse({ accountKey: 'instagram:marie_app' })).toEqual({ accountKey: 'instagram:marie_app' });
    expect(MESSAGES.objectionSentByHand.request.safeParse({ accountKey: 'marie_app' }).success).toBe(false);
    expect(MESSAGES.objectionSentByHand.request.safeParse({ accountKey: 'tiktok:marie' }).success).toBe(false);
  });
});

describe('the record keeps how an objection was recorded', () => {
  it('accepts only the ways it knows; an objection without one was seen confirmed', () => {
    const state = withAccounts();
    recordObjectionByHand(state, 'instagram:marie_app');
    expect(StateSchema.safeParse({ ...state, objections: [{ ...state.objections[0], recorded: 'seen-confirmed' }] }).success).toBe(false);
    const { recorded: _recorded, ...older } = state.objections[0];
    expect(StateSchema.parse({ ...state, objections: [older] }).objections[0].recorded).toBeUndefined();
  });

  it('keeps "by hand" through the single writer and a new start, and reads a stored record of before as it was', async () => {
    const before = withAccounts();
    before.lastSeen.facebook = 'facebook:marie.dupont';
    recordObjection(before, { platform: 'facebook', kind: 'own', formUrl: FB_FORM, confirmationText: 'Thanks' });
    await fakeBrowser.storage.local.set({ [STATE_KEY]: before, [`${STATE_KEY}$`]: { v: STATE_VERSION } });
    await update((s) => void recordObjectionByHand(s, 'instagram:marie_app'));
    const stored = (await fakeBrowser.storage.local.get(STATE_KEY))[STATE_KEY] as typeof before;
    expect(stored.objections.map((o) => o.recorded)).toEqual([undefined, 'by-hand']);
    expect((await loadState()).objections.map((o) => o.recorded)).toEqual([undefined, 'by-hand']);
  });
});

describe('export and import of an objection recorded by hand', () => {
  it('exports it as recorded by hand (file version 4) and imports it back the same', () => {
    const state = withAccounts();
    recordObjectionByHand(state, 'instagram:marie_app');
    const json = exportState(state);
    const file = JSON.parse(json) as { version: number; state: { objections: Array<Record<string, unknown>> } };
    expect(file.version).toBe(4);
    expect(file.state.objections[0]).toMatchObject({ recorded: 'by-hand', sentAt: NOW.toISOString(), formUrl: IG_FORM });
    const parsed = parseImport(json);
    expect(parsed.ok && parsed.state.objections).toEqual(state.objections);
  });

  it('still imports a file of version 3, its objections seen confirmed', () => {
    const state = withAccounts();
    state.lastSeen.facebook = 'facebook:marie.dupont';
    recordObjection(state, { platform: 'facebook', kind: 'own', formUrl: FB_FORM, confirmationText: 'Thanks' });
    const file = { ...(JSON.parse(exportState(state)) as object), version: 3 };
    const parsed = parseImport(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.state.objections.map((o) => o.recorded)).toEqual([undefined]);
  });
});
