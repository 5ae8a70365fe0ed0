import { badgeCounts, nextBadgeChange } from '@/lib/record/attention';
import { showBadge } from '@/lib/background/badge';
import { scheduleBadgeRefresh } from '@/lib/background/badge-refresh';
import { unlessGone } from '@/lib/expected-failures';
import { read } from '@/lib/record/store';

/**
 * The toolbar badge (accounts still to do, objections needing attention), redrawn again when an
 * objection's stage changes. A browser shutting down refuses the toolbar: nothing to redraw then.
 */
export async function refreshBadge(): Promise<void> {
  const state = await read();
  await unlessGone(showBadge(badgeCounts(state, new Date())));
  await unlessGone(scheduleBadgeRefresh(nextBadgeChange(state, new Date())));
}
