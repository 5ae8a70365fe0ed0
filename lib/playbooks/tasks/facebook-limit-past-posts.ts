import { hostIs, SITES } from '../../domain';
import { roleAndText } from '../matchers';
import { dialogButton, taskSteps } from '../task-steps';
import type { TaskPlaybook } from '../task-schema';

const FB_HOST = hostIs(SITES.facebook.hosts.pages);
/** The Posts settings (and the older Privacy tab), and Privacy Checkup. */
const PAGES = [{ host: FB_HOST, path: '^/settings/?$' }, { host: FB_HOST, path: '^/privacy/checkup/?$' }];

/**
 * Facebook's "Limit past posts": every past post shared with Public or Friends of friends becomes
 * Friends only. On the Posts settings (`/settings/?tab=posts`), the older `?tab=privacy` and
 * Privacy Checkup (see docs/meta-pages.md, "Beyond the objection").
 */
export const LIMIT_PAST_POSTS_PLAYBOOK: TaskPlaybook = {
  task: 'limit-past-posts',
  platform: 'facebook',
  prefix: 'fb',
  startUrl: 'https://www.facebook.com/settings/?tab=posts',
  fallbacks: ['https://www.facebook.com/privacy/checkup/', 'https://www.facebook.com/settings?tab=privacy'],
  uiText: { guide: 'task_fb_limit_guide', name: 'task_fb_limit_name', before: 'task_fb_limit_before', done: 'task_fb_limit_done' },
  steps: taskSteps('limit-past-posts', PAGES, [
    {
      id: 'fb-limit-past-posts',
      kind: 'opens-dialog',
      // Exact names only: the audience buttons next to it ("Edit privacy. Sharing with Public.") are buttons too.
      target: roleAndText('limitPastPosts', ['button', 'link'], '[role="button"], button, a'),
    },
    { id: 'fb-limit-confirm', kind: 'confirm', target: dialogButton('limitConfirm') },
  ]),
  done: { seen: 'dialog-confirmed', step: 'fb-limit-confirm' },
};
