import { describe, expect, it } from 'vitest';
import { exportState } from '@/lib/record/export';
import { parseImport } from '@/lib/record/import';
import { recordObjection } from '@/lib/record/actions';
import type { State } from '@/lib/record/schema';
import { marieRecord } from './marie';

function sample() {
  const state = marieRecord();
  recordObjection(state, { platform: 'facebook', kind: 'own', formUrl: 'https://www.facebook.com/help/contact/712876720715583', confirmationText: 'We’ll honour your objection.' });
  state.session = { platform: 'facebook', startedAt: new Date().toISOString() };
  return state;
}

describe('export and import', () => {
  it('round-trips the record, without the running session', () => {
    const state = sample();
    const parsed = parseImport(exportState(state));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.state.accounts).toEqual(state.accounts);
    expect(parsed.state.objections).toEqual(state.objections);
    expect(parsed.state.session).toBeNull();
  });

  const good = () => JSON.parse(exportState(sample())) as { format: string; version: number; state: State };
  const malformed: Array<[string, string, RegExp]> = [
    ['not JSON', '{"format": "opposer-record",', /not JSON/],
    ['an empty file', '', /not JSON/],
    ['JSON null', 'null', /file/],
    ['another format', JSON.stringify({ ...good(), format: 'something-else' }), /format/],
    ['a future version', JSON.stringify({ ...good(), version: 5 }), /version/],
    ['no state', JSON.stringify({ ...good(), state: undefined }), /state/],
    ['accounts not a list', JSON.stringify({ ...good(), state: { ...good().state, accounts: {} } }), /state\.accounts/],
    ['a bad date', JSON.stringify({ ...good(), state: { ...good().state, objections: [{ ...good().state.objections[0], sentAt: '20/05/2025' }] } }), /sentAt/],
    ['a javascript: form URL', JSON.stringify({ ...good(), state: { ...good().state, objections: [{ ...good().state.objections[0], formUrl: 'javascript:alert(1)' }] } }), /formUrl/],
    ['the same account twice', JSON.stringify({ ...good(), state: { ...good().state, accounts: [good().state.accounts[0], good().state.accounts[0]] } }), /twice/],
    ['a group naming an unknown account', JSON.stringify({ ...good(), state: { ...good().state, groups: [{ id: 'g', accountKeys: ['facebook:marie.dupont', 'instagram:ghost'], source: 'user', updatedAt: new Date().toISOString() }] } }), /unknown account/],
  ];

  it.each(malformed)('rejects %s with an error that names the problem', (_, json, message) => {
    const parsed = parseImport(json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
