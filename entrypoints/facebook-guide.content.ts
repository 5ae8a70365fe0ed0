import { GUIDES } from '@/lib/domain';
import { runGuide } from '@/lib/content/run-site';
import { FACEBOOK_PLAYBOOK } from '@/lib/playbooks/facebook';
import { LIMIT_PAST_POSTS_PLAYBOOK } from '@/lib/playbooks/tasks/facebook-limit-past-posts';

/** The guide on Facebook: started by the background, only in a page where it has something to do. */
export default defineContentScript({
  matches: [...GUIDES.facebook.matches],
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    runGuide({ site: FACEBOOK_PLAYBOOK, tasks: [LIMIT_PAST_POSTS_PLAYBOOK] });
  },
});
