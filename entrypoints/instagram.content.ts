import { detectInstagramAccount } from '@/lib/accounts/detect';
import { runSite } from '@/lib/guide/run-site';
import { INSTAGRAM_PLAYBOOK } from '@/lib/playbooks/instagram';

export default defineContentScript({
  // instagram.com and its subdomains: www, help, privacycenter, accountscenter.
  matches: ['*://*.instagram.com/*'],
  runAt: 'document_idle',
  main() {
    runSite(INSTAGRAM_PLAYBOOK, detectInstagramAccount);
  },
});
