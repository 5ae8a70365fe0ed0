import { browser } from 'wxt/browser';
import { storage } from '#imports';
import type { Task } from '../domain';
import type { Language } from '../languages';
import { labelLists } from '../playbooks/label-lists';
import { TASK_PLAYBOOKS } from '../playbooks/task-registry';
import { taskGuiding } from './guide-context';
import type { TaskContext } from '../record/messages';

/**
 * The task the user started from the popup (background only). Kept for the browser session,
 * not in the record: it says where the guide may point, and ends by itself after an hour.
 */
const SESSION_MINUTES = 60;

const session = storage.defineItem<{ task: Task; startedAt: string } | null>('session:task', { fallback: null });

/** Opens the task's page; the guide there points at its first step. */
export async function startTask(task: Task): Promise<void> {
  await session.setValue({ task, startedAt: new Date().toISOString() });
  await browser.tabs.create({ url: TASK_PLAYBOOKS[task].startUrl });
}

export function stopTask(): Promise<void> {
  return session.setValue(null);
}

/** The task started from the popup, while its hour lasts. */
export async function runningTask(): Promise<Task | null> {
  const current = await session.getValue();
  return current && Date.now() - Date.parse(current.startedAt) < SESSION_MINUTES * 60_000 ? current.task : null;
}

export async function taskContext(task: Task, pageLang: Language | null): Promise<TaskContext> {
  return { ...taskGuiding(task, await runningTask()), labels: labelLists(pageLang) };
}
