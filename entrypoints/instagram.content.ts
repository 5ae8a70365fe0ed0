import { detectInstagramAccount } from '@/lib/accounts/detect';
import { runSite } from '@/lib/guide/run-site';
import { INSTAGRAM_PLAYBOOK } from '@/lib/playbooks/instagram';
import { PRIVATE_ACCOUNT_PLAYBOOK } from '@/lib/playbooks/tasks/instagram-private-account';
import { runTask } from '@/lib/guide/run-task';

export default defineContentScript({
  // instagram.com and its subdomains: www, help, privacycenter, accountscenter.
  matches: ['*://*.instagram.com/*'],
  runAt: 'document_idle',
  main() {
    runSite(INSTAGRAM_PLAYBOOK, detectInstagramAccount);
    runTask(PRIVATE_ACCOUNT_PLAYBOOK);
  },
});
