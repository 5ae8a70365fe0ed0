import { toolbarButton as toolbar } from './toolbar';
import { i18n } from '#i18n';
import type { BadgeCounts } from '../record/attention';

/**
 * The toolbar badge: the number of accounts still to do plus objections needing attention;
 * its tooltip says which is which. The only file that talks to the toolbar.
 */

export function badgeText({ todo, attention }: BadgeCounts): string {
  const total = todo + attention;
  return total > 0 ? String(total) : '';
}

export function badgeTitle({ todo, attention }: BadgeCounts): string {
  const parts = [
    todo > 0 ? i18n.t('badgeTodo', todo, [todo]) : '',
    attention > 0 ? i18n.t('badgeAttention', attention, [attention]) : '',
  ].filter(Boolean);
  return [i18n.t('extName'), ...parts].join('\n');
}

export async function showBadge(counts: BadgeCounts): Promise<void> {
  await toolbar().setBadgeText({ text: badgeText(counts) });
  await toolbar().setBadgeBackgroundColor({ color: '#b3261e' });
  await toolbar().setTitle({ title: badgeTitle(counts) });
}
