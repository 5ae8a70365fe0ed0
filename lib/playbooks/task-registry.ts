import type { Platform, Task } from '../domain';
import type { TaskPlaybook } from './task-schema';
import { LIMIT_PAST_POSTS_PLAYBOOK } from './tasks/facebook-limit-past-posts';
import { PRIVATE_ACCOUNT_PLAYBOOK } from './tasks/instagram-private-account';
import { WHATSAPP_PLAYBOOK } from './tasks/whatsapp-form';

/** Every task's playbook (a content script imports only its own). */
export const TASK_PLAYBOOKS: Readonly<Record<Task, TaskPlaybook>> = {
  'limit-past-posts': LIMIT_PAST_POSTS_PLAYBOOK,
  'private-account': PRIVATE_ACCOUNT_PLAYBOOK,
  whatsapp: WHATSAPP_PLAYBOOK,
};

/** The tasks an account of `platform` has on its row. */
export function accountTasks(platform: Platform): TaskPlaybook[] {
  return Object.values(TASK_PLAYBOOKS).filter((p) => p.platform === platform);
}
