import { detectInstagramAccount } from '@/lib/accounts/detect';
import { reportAccount } from '@/lib/accounts/report-account';
import { accountAtStart } from '@/lib/accounts/watch-account';
import { GUIDES } from '@/lib/domain';
import { askForGuide } from '@/lib/guide/ask-for-guide';

/** On every Instagram page: the account, and one question; the guide itself is instagram-guide.content.ts. */
export default defineContentScript({
  matches: [...GUIDES.instagram.matches],
  runAt: 'document_idle',
  // WXT would otherwise tell the page, by window.postMessage, that a content script started:
  // work in the page on every load, and a sign of the extension any page could read.
  noScriptStartedPostMessage: true,
  main() {
    const account = accountAtStart('instagram', detectInstagramAccount);
    askForGuide('instagram', account);
    reportAccount('instagram', detectInstagramAccount, account !== undefined);
  },
});
