import { hostIs, SITES } from '../../domain';
import { dialogButton, taskSteps } from '../task-steps';
import type { TaskPlaybook } from '../task-schema';

const IG_HOST = hostIs(SITES.instagram.hosts.pages);
const PAGE = [{ host: IG_HOST, path: '^/accounts/who_can_see_your_content/?$' }];

/**
 * Instagram's private account: the "Private account" switch under "Account privacy", then
 * "Switch to private" in the dialog it opens. Professional (business or creator) accounts
 * cannot be private: Opposer takes a disabled switch as the page saying so (an assumption,
 * docs/tasks.md).
 */
export const PRIVATE_ACCOUNT_PLAYBOOK: TaskPlaybook = {
  task: 'private-account',
  platform: 'instagram',
  prefix: 'ig',
  startUrl: 'https://www.instagram.com/accounts/who_can_see_your_content/',
  fallbacks: ['https://www.instagram.com/accounts/privacy_and_security/'],
  uiText: { guide: 'task_ig_private_guide', name: 'task_ig_private_name', before: 'task_ig_private_before', done: 'task_ig_private_done' },
  steps: taskSteps('private-account', PAGE, [
    {
      id: 'ig-private-switch',
      kind: 'switch',
      target: [{ by: 'role', roles: ['switch', 'checkbox'], label: 'privateAccount', match: 'exact' }],
    },
    { id: 'ig-private-confirm', kind: 'confirm', target: dialogButton('switchToPrivate') },
  ]),
  done: { seen: 'switch-on', step: 'ig-private-switch' },
  notPossible: { whenDisabled: 'ig-private-switch', reason: 'professional-account', note: 'task_ig_professional' },
};
