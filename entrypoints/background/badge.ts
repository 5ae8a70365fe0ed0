import { badgeCounts, nextBadgeChange } from '@/lib/record/attention';
import { showBadge } from '@/lib/background/badge';
import { scheduleBadgeRefresh } from '@/lib/background/badge-refresh';
import { read } from '@/lib/record/store';

/** The toolbar badge (accounts still to do, objections needing attention), redrawn again when an objection's stage changes. */
export async function refreshBadge(): Promise<void> {
  const state = await read();
  await showBadge(badgeCounts(state, new Date()));
  await scheduleBadgeRefresh(nextBadgeChange(state, new Date()));
}
