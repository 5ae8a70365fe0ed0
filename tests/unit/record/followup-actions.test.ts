import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordObjection } from '@/lib/record/actions';
import { recordComplaintPrepared, setGenuineChecked } from '@/lib/record/followup-actions';
import { exportState } from '@/lib/record/export';
import { parseImport } from '@/lib/record/import';
import { marieRecord } from './marie';

const FORM = 'https://www.facebook.com/help/contact/712876720715583';

/** What these tests read of an export file (lib/record/export.ts); JSON.parse types nothing. */
interface ExportFile {
  version: number;
  state: { objections: { followUp?: Record<string, unknown> }[] };
}
const readExport = (json: string) => JSON.parse(json) as ExportFile;

function sentOn(iso: string) {
  vi.setSystemTime(new Date(iso));
  const state = marieRecord();
  const objection = recordObjection(state, { platform: 'facebook', kind: 'own', formUrl: FORM, confirmationText: 'We’ll honour your objection.' });
  return { state, objection };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('follow-up state changes', () => {
  it('a new objection starts with an empty follow-up', () => {
    const { objection } = sentOn('2026-10-01T10:00:00.000Z');
    expect(objection.followUp).toEqual({ genuineCheckedAt: null, complaintPreparedAt: null, complaintAuthority: null });
  });

  it('records and undoes the genuine-e-mail check with its date', () => {
    const { state, objection } = sentOn('2026-10-01T10:00:00.000Z');
    vi.setSystemTime(new Date('2026-10-04T08:00:00.000Z'));
    setGenuineChecked(state, objection.id, true);
    expect(state.objections[0].followUp.genuineCheckedAt).toBe('2026-10-04T08:00:00.000Z');
    setGenuineChecked(state, objection.id, false);
    expect(state.objections[0].followUp.genuineCheckedAt).toBeNull();
    setGenuineChecked(state, 'unknown', true);
    expect(state.objections[0].followUp.genuineCheckedAt).toBeNull();
  });

  it('records the complaint prepared, its date and authority, only on the objections named', () => {
    const { state, objection } = sentOn('2026-10-01T10:00:00.000Z');
    const other = recordObjection(state, { platform: 'facebook', kind: 'third-party', formUrl: FORM, confirmationText: '' });
    vi.setSystemTime(new Date('2026-11-05T09:00:00.000Z'));
    recordComplaintPrepared(state, [objection.id], 'DE-BY');
    expect(state.objections.find((o) => o.id === objection.id)?.followUp).toMatchObject({ complaintPreparedAt: '2026-11-05T09:00:00.000Z', complaintAuthority: 'DE-BY' });
    expect(state.objections.find((o) => o.id === other.id)?.followUp.complaintPreparedAt).toBeNull();
  });
});

describe('export and import carry the follow-up', () => {
  it('round-trips the check and the complaint', () => {
    const { state, objection } = sentOn('2026-10-01T10:00:00.000Z');
    vi.setSystemTime(new Date('2026-10-03T10:00:00.000Z'));
    setGenuineChecked(state, objection.id, true);
    vi.setSystemTime(new Date('2026-11-03T10:00:00.000Z'));
    recordComplaintPrepared(state, [objection.id], 'FR');
    const json = exportState(state);
    expect(readExport(json).version).toBe(4); // 3 added the follow-up; 4 may mark an objection recorded by hand
    const parsed = parseImport(json);
    expect(parsed.ok && parsed.state.objections[0].followUp).toEqual({
      genuineCheckedAt: '2026-10-03T10:00:00.000Z', complaintPreparedAt: '2026-11-03T10:00:00.000Z', complaintAuthority: 'FR',
    });
  });

  it('imports a version 2 file, its objections with an empty follow-up', () => {
    const { state } = sentOn('2026-10-01T10:00:00.000Z');
    const v2 = readExport(exportState(state));
    v2.version = 2;
    for (const o of v2.state.objections) delete o.followUp;
    const parsed = parseImport(JSON.stringify(v2));
    expect(parsed.ok && parsed.state.objections[0].followUp).toEqual({ genuineCheckedAt: null, complaintPreparedAt: null, complaintAuthority: null });
  });

  const withFollowUp = (followUp: Record<string, unknown>) => {
    const { state } = sentOn('2026-10-01T10:00:00.000Z');
    const file = readExport(exportState(state));
    const objection = file.state.objections[0];
    objection.followUp = { ...objection.followUp, ...followUp };
    return JSON.stringify(file);
  };
  const bad: Array<[string, Record<string, unknown>, RegExp]> = [
    ['a check with a bad date', { genuineCheckedAt: '3 October' }, /genuineCheckedAt/],
    ['an unknown authority', { complaintPreparedAt: '2026-11-03T10:00:00.000Z', complaintAuthority: 'XX' }, /unknown authority/],
    ['a malformed authority code', { complaintPreparedAt: '2026-11-03T10:00:00.000Z', complaintAuthority: 'bavaria' }, /complaintAuthority/],
    ['a complaint date without authority', { complaintPreparedAt: '2026-11-03T10:00:00.000Z' }, /both its date and its authority/],
    ['a check dated before sending', { genuineCheckedAt: '2026-09-01T10:00:00.000Z' }, /before the objection was sent/],
  ];
  it.each(bad)('refuses %s', (_, followUp, message) => {
    const parsed = parseImport(withFollowUp(followUp));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
