import { browser } from 'wxt/browser';
import { countTodo } from '@/lib/accounts/status';
import { read } from '@/lib/state/store';

/** The toolbar badge: how many accounts are still to do. */
export async function refreshBadge(): Promise<void> {
  const todo = countTodo(await read());
  await browser.action.setBadgeText({ text: todo > 0 ? String(todo) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
}
