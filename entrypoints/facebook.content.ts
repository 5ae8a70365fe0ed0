import { detectFacebookAccount } from '@/lib/accounts/detect';
import { reportAccount } from '@/lib/accounts/report-account';
import { accountAtStart } from '@/lib/accounts/watch-account';
import { runGuide } from '@/lib/guide/run-site';
import { FACEBOOK_PLAYBOOK } from '@/lib/playbooks/facebook';
import { LIMIT_PAST_POSTS_PLAYBOOK } from '@/lib/playbooks/tasks/facebook-limit-past-posts';

export default defineContentScript({
  // facebook.com and its subdomains (www, web, help, accountscenter, fr-fr…), and Meta's own Accounts Center.
  matches: ['*://*.facebook.com/*', '*://accountscenter.meta.com/*'],
  runAt: 'document_idle',
  // WXT would otherwise tell the page, by window.postMessage, that a content script started:
  // work in the page on every load, and a sign of the extension any page could read.
  noScriptStartedPostMessage: true,
  main() {
    const account = accountAtStart(FACEBOOK_PLAYBOOK.platform, detectFacebookAccount);
    runGuide({ site: FACEBOOK_PLAYBOOK, tasks: [LIMIT_PAST_POSTS_PLAYBOOK], account });
    reportAccount(FACEBOOK_PLAYBOOK.platform, detectFacebookAccount, account !== undefined);
  },
});
