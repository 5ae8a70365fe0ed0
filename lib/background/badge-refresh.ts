import { browser } from 'wxt/browser';

/**
 * The badge changes with time alone (an objection reaching 2 days, or one month, without Meta's
 * e-mail), when no event wakes the background. One alarm, set for the next such moment, wakes
 * it to redraw; none is set when nothing is waiting. Needs the `alarms` permission.
 */
export const BADGE_ALARM = 'opposer-followup-badge';

export async function scheduleBadgeRefresh(at: Date | null): Promise<void> {
  if (at === null) {
    await browser.alarms.clear(BADGE_ALARM);
    return;
  }
  // Alarms fire at the earliest 30 s from now in Chrome; one a minute late is fine.
  await browser.alarms.create(BADGE_ALARM, { when: Math.max(at.getTime() + 60_000, Date.now() + 60_000) });
}

/**
 * Redraws the badge when the alarm rings, and when the stored record changes by any other way
 * than the background's own handlers (which redraw it themselves): a record restored by the
 * browser, or seeded by a test.
 */
export function refreshBadgeWhenDue(refresh: () => Promise<void>, recordKey: string): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) void refresh();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && recordKey in changes) void refresh();
  });
}
