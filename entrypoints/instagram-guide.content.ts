import { GUIDES } from '@/lib/domain';
import { runGuide } from '@/lib/content/run-site';
import { INSTAGRAM_PLAYBOOK } from '@/lib/playbooks/instagram';
import { PRIVATE_ACCOUNT_PLAYBOOK } from '@/lib/playbooks/tasks/instagram-private-account';

/** The guide on Instagram: started by the background, only in a page where it has something to do. */
export default defineContentScript({
  matches: [...GUIDES.instagram.matches],
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    runGuide({ site: INSTAGRAM_PLAYBOOK, tasks: [PRIVATE_ACCOUNT_PLAYBOOK] });
  },
});
