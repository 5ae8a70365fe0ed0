import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followupOf, localTimeZone, monthHasPassed, nextChangeAt, oneMonthAfter, wholeDaysSince } from '@/lib/record/followup-timing';

const sent = (sentAt: string, emailConfirmedAt: string | null = null) => ({ sentAt, emailConfirmedAt });
const PARIS = 'Europe/Paris';

describe('followupOf, with a fake clock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const SENT = '2026-03-10T09:00:00.000Z';
  const at = (iso: string) => {
    vi.setSystemTime(new Date(iso));
    return followupOf(sent(SENT), new Date(), PARIS);
  };

  it('waits under 2 whole days', () => {
    expect(at('2026-03-10T09:00:00.000Z')).toBe('waiting');
    expect(at('2026-03-11T09:00:00.000Z')).toBe('waiting');
    expect(at('2026-03-12T08:59:59.999Z')).toBe('waiting');
  });

  it('suggests checking the e-mail from exactly 2 days', () => {
    expect(at('2026-03-12T09:00:00.000Z')).toBe('check-email');
    expect(at('2026-03-13T09:00:00.000Z')).toBe('check-email');
  });

  it('offers the complaint from one calendar month, not before', () => {
    // 10 March 10:00 in Paris → 10 April 10:00 in Paris (summer time: 08:00 UTC).
    expect(at('2026-04-10T07:59:59.999Z')).toBe('check-email');
    expect(at('2026-04-10T08:00:00.000Z')).toBe('complaint');
    expect(at('2026-05-20T08:00:00.000Z')).toBe('complaint');
  });

  it('counts whole days since sending', () => {
    vi.setSystemTime(new Date('2026-03-13T08:59:00.000Z'));
    expect(wholeDaysSince(SENT, new Date())).toBe(2);
    vi.setSystemTime(new Date('2026-04-14T09:00:00.000Z'));
    expect(wholeDaysSince(SENT, new Date())).toBe(35);
    vi.setSystemTime(new Date('2026-03-01T00:00:00.000Z'));
    expect(wholeDaysSince(SENT, new Date()), 'a clock set back gives 0, not a negative age').toBe(0);
  });

  it('has nothing to follow once Meta\'s e-mail is recorded', () => {
    vi.setSystemTime(new Date('2026-06-01T00:00:00.000Z'));
    expect(followupOf(sent(SENT, '2026-03-11T10:00:00.000Z'), new Date(), PARIS)).toBeNull();
  });
});

describe('one calendar month, in the user\'s time zone', () => {
  it('ends on the same date of the next month, at the same local time', () => {
    expect(oneMonthAfter('2026-01-15T13:00:00.000Z', PARIS)).toEqual([2026, 2, 15, 14, 0, 0, 0]);
    expect(oneMonthAfter('2026-12-15T13:00:00.000Z', PARIS)).toEqual([2027, 1, 15, 14, 0, 0, 0]);
  });

  it('ends on the last day of a shorter month', () => {
    expect(oneMonthAfter('2026-01-31T12:00:00.000Z', PARIS).slice(0, 3)).toEqual([2026, 2, 28]);
    expect(oneMonthAfter('2028-01-31T12:00:00.000Z', PARIS).slice(0, 3)).toEqual([2028, 2, 29]);
    expect(oneMonthAfter('2026-03-31T12:00:00.000Z', PARIS).slice(0, 3)).toEqual([2026, 4, 30]);
  });

  it('reads the sending date where the user lives', () => {
    // 31 January 23:30 UTC is already 1 February in Paris, still 31 January in Dublin.
    const late = '2026-01-31T23:30:00.000Z';
    expect(oneMonthAfter(late, PARIS).slice(0, 3)).toEqual([2026, 3, 1]);
    expect(oneMonthAfter(late, 'Europe/Dublin').slice(0, 3)).toEqual([2026, 2, 28]);
    // 30 January 23:30 UTC: 31 January in Paris (month ends 28 February 00:30 there),
    // 30 January in Dublin (month ends 28 February 23:30): a day apart.
    const evening = '2026-01-30T23:30:00.000Z';
    const noon = new Date('2026-02-28T12:00:00.000Z');
    expect(followupOf(sent(evening), noon, PARIS)).toBe('complaint');
    expect(followupOf(sent(evening), noon, 'Europe/Dublin')).toBe('check-email');
    expect(monthHasPassed(evening, new Date('2026-02-27T23:29:59.000Z'), PARIS)).toBe(false);
    expect(monthHasPassed(evening, new Date('2026-02-27T23:30:00.000Z'), PARIS)).toBe(true);
    expect(monthHasPassed(evening, new Date('2026-02-28T23:29:59.000Z'), 'Europe/Dublin')).toBe(false);
    expect(monthHasPassed(evening, new Date('2026-02-28T23:30:00.000Z'), 'Europe/Dublin')).toBe(true);
  });

  it('keeps the local time across a daylight-saving change', () => {
    // Sent 1 March 12:00 in Helsinki (UTC+2), the month ends 1 April 12:00 there (UTC+3).
    const helsinki = 'Europe/Helsinki';
    expect(monthHasPassed('2026-03-01T10:00:00.000Z', new Date('2026-04-01T08:59:59.000Z'), helsinki)).toBe(false);
    expect(monthHasPassed('2026-03-01T10:00:00.000Z', new Date('2026-04-01T09:00:00.000Z'), helsinki)).toBe(true);
  });

  it('uses the browser\'s own time zone by default', () => {
    const now = new Date('2026-05-01T00:00:00.000Z');
    expect(followupOf(sent('2026-03-01T10:00:00.000Z'), now)).toBe('complaint');
    expect(followupOf(sent('2026-04-29T10:00:00.000Z'), now)).toBe('waiting');
  });
});

describe('when the stage changes next', () => {
  const SENT = '2026-03-10T09:00:00.000Z';
  it('is 48 hours after sending, then one month after', () => {
    expect(nextChangeAt(sent(SENT), new Date('2026-03-10T10:00:00.000Z'), PARIS)?.toISOString()).toBe('2026-03-12T09:00:00.000Z');
    expect(nextChangeAt(sent(SENT), new Date('2026-03-20T10:00:00.000Z'), PARIS)?.toISOString()).toBe('2026-04-10T08:00:00.000Z');
    expect(nextChangeAt(sent(SENT), new Date('2026-04-20T10:00:00.000Z'), PARIS)).toBeNull();
    expect(nextChangeAt(sent(SENT, SENT), new Date('2026-03-10T10:00:00.000Z'), PARIS)).toBeNull();
  });
});

describe('the process time zone (TZ), as the browser\'s would be', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    process.env.TZ = saved;
  });

  it('follows TZ when no zone is given', () => {
    // Sent 30 January 23:30 UTC: 31 January in Paris (month ends 28 February 00:30 local), 30 January in Lisbon.
    const evening = '2026-01-30T23:30:00.000Z';
    const noon = new Date('2026-02-28T12:00:00.000Z');
    process.env.TZ = 'Europe/Paris';
    expect(localTimeZone()).toBe('Europe/Paris');
    expect(followupOf(sent(evening), noon)).toBe('complaint');
    process.env.TZ = 'Europe/Lisbon';
    expect(localTimeZone()).toBe('Europe/Lisbon');
    expect(followupOf(sent(evening), noon)).toBe('check-email');
  });
});
