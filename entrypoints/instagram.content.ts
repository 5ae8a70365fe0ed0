import { detectInstagramAccount } from '@/lib/accounts/detect';
import { reportAccount } from '@/lib/accounts/report-account';
import { accountAtStart } from '@/lib/accounts/watch-account';
import { runGuide } from '@/lib/guide/run-site';
import { INSTAGRAM_PLAYBOOK } from '@/lib/playbooks/instagram';
import { PRIVATE_ACCOUNT_PLAYBOOK } from '@/lib/playbooks/tasks/instagram-private-account';

export default defineContentScript({
  // instagram.com and its subdomains: www, help, privacycenter, accountscenter.
  matches: ['*://*.instagram.com/*'],
  runAt: 'document_idle',
  // WXT would otherwise tell the page, by window.postMessage, that a content script started:
  // work in the page on every load, and a sign of the extension any page could read.
  noScriptStartedPostMessage: true,
  main() {
    const account = accountAtStart(INSTAGRAM_PLAYBOOK.platform, detectInstagramAccount);
    runGuide({ site: INSTAGRAM_PLAYBOOK, tasks: [PRIVATE_ACCOUNT_PLAYBOOK], account });
    reportAccount(INSTAGRAM_PLAYBOOK.platform, detectInstagramAccount, account !== undefined);
  },
});
