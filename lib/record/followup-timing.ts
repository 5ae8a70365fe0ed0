import type { Objection } from './schema';

/**
 * How long an objection has waited for Meta's e-mail, and what the user can do about it.
 * Pure: the clock and the time zone are arguments.
 *
 * - 'waiting'     under 2 whole days since sending: nothing to do yet;
 * - 'check-email' from 2 whole days: look in spam, and at the address typed on the form;
 * - 'complaint'   from one calendar month after sending (GDPR Art. 12(3) gives Meta one month):
 *                 the user may complain to their data protection authority (Art. 77).
 */
export const FOLLOWUP_STAGES = ['waiting', 'check-email', 'complaint'] as const;
export type FollowUpStage = (typeof FOLLOWUP_STAGES)[number];

/** From this many whole days, the row suggests checking spam and the address used. */
export const CHECK_EMAIL_DAYS = 2;

const DAY_MS = 86_400_000;

/** The user's time zone, as the browser knows it. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Whole days since `iso`: complete 24-hour periods, so "2 days" means 48 hours whatever the
 * time zone or a daylight-saving change in between. Never negative (a clock set back).
 */
export function wholeDaysSince(iso: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / DAY_MS));
}

/** A wall-clock reading in one time zone: [year, month (1–12), day, hour, minute, second, ms]. */
type WallClock = [number, number, number, number, number, number, number];

const formats = new Map<string, Intl.DateTimeFormat>();

function wallClock(at: Date, timeZone: string): WallClock {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return [part('year'), part('month'), part('day'), part('hour'), part('minute'), part('second'), at.getUTCMilliseconds()];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same wall-clock time one calendar month after `iso`, in `timeZone`: 15 March 14:00 →
 * 15 April 14:00. A day the next month lacks becomes its last day (31 January → 28 or 29
 * February), as EU rules on periods (Regulation 1182/71, Art. 3) count months.
 */
export function oneMonthAfter(iso: string, timeZone: string): WallClock {
  const [year, month, day, ...time] = wallClock(new Date(iso), timeZone);
  const nextYear = month === 12 ? year + 1 : year;
  const nextMonth = month === 12 ? 1 : month + 1;
  return [nextYear, nextMonth, Math.min(day, daysInMonth(nextYear, nextMonth)), ...time] as WallClock;
}

function notBefore(a: WallClock, b: WallClock): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return true;
}

/** Whether one calendar month has passed since `iso`, reading both dates in `timeZone`. */
export function monthHasPassed(iso: string, now: Date, timeZone: string): boolean {
  return notBefore(wallClock(now, timeZone), oneMonthAfter(iso, timeZone));
}

/** The follow-up stage of a sent objection, or null once the user recorded Meta's e-mail. */
export function followupOf(
  objection: Pick<Objection, 'sentAt' | 'emailConfirmedAt'>,
  now: Date,
  timeZone: string = localTimeZone(),
): FollowUpStage | null {
  if (objection.emailConfirmedAt) return null;
  if (monthHasPassed(objection.sentAt, now, timeZone)) return 'complaint';
  return wholeDaysSince(objection.sentAt, now) >= CHECK_EMAIL_DAYS ? 'check-email' : 'waiting';
}

/**
 * When the stage of this objection changes next (for the daily badge refresh), or null when it
 * will not change any more. An approximation to the minute is enough: the alarm only redraws.
 */
export function nextChangeAt(
  objection: Pick<Objection, 'sentAt' | 'emailConfirmedAt'>,
  now: Date,
  timeZone: string = localTimeZone(),
): Date | null {
  const stage = followupOf(objection, now, timeZone);
  if (stage === null || stage === 'complaint') return null;
  if (stage === 'waiting') return new Date(Date.parse(objection.sentAt) + CHECK_EMAIL_DAYS * DAY_MS);
  // The month ends at the same wall-clock time; find the instant by stepping hour by hour from
  // 28 days on (a month is at least 28 days), which stays right across daylight-saving changes.
  let at = Date.parse(objection.sentAt) + 28 * DAY_MS;
  while (!monthHasPassed(objection.sentAt, new Date(at), timeZone)) at += 3_600_000;
  return new Date(at);
}
