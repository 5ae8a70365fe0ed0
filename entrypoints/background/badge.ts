import { badgeCounts, nextBadgeChange } from '@/lib/followup/attention';
import { showBadge } from '@/lib/followup/badge';
import { scheduleBadgeRefresh } from '@/lib/followup/badge-refresh';
import { read } from '@/lib/state/store';

/** The toolbar badge (accounts still to do, objections needing attention), redrawn again when an objection's stage changes. */
export async function refreshBadge(): Promise<void> {
  const state = await read();
  await showBadge(badgeCounts(state, new Date()));
  await scheduleBadgeRefresh(nextBadgeChange(state, new Date()));
}
