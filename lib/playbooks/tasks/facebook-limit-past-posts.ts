import type { TaskPlaybook } from '../task-schema';

const FB_HOST = '^(?:www\\.|web\\.|m\\.|[a-z]{2}-[a-z]{2}\\.)?facebook\\.com$';
const IN_DIALOG = '[role="dialog"]';

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
  steps: [
    {
      id: 'fb-limit-past-posts',
      kind: 'opens-dialog',
      task: 'limit-past-posts',
      text: 'step_fb_limit_past_posts',
      counted: true,
      optional: false,
      pages: [{ host: FB_HOST, path: '^/settings/?$' }, { host: FB_HOST, path: '^/privacy/checkup/?$' }],
      // Exact names only: the audience buttons next to it ("Edit privacy. Sharing with Public.") are buttons too.
      target: [
        { by: 'role', roles: ['button', 'link'], label: 'limitPastPosts', match: 'exact' },
        { by: 'text', selector: '[role="button"], button, a', label: 'limitPastPosts', match: 'exact' },
      ],
    },
    {
      id: 'fb-limit-confirm',
      kind: 'confirm',
      task: 'limit-past-posts',
      text: 'step_fb_limit_confirm',
      counted: true,
      optional: false,
      pages: [{ host: FB_HOST, path: '^/settings/?$' }, { host: FB_HOST, path: '^/privacy/checkup/?$' }],
      target: [
        { by: 'role', roles: ['button'], label: 'limitConfirm', match: 'exact', within: IN_DIALOG },
        { by: 'text', selector: '[role="button"], button', label: 'limitConfirm', match: 'exact', within: IN_DIALOG },
      ],
    },
  ],
  done: { seen: 'dialog-confirmed', step: 'fb-limit-confirm' },
};
