import { detectInstagramAccount } from '@/lib/accounts/detect';
import { GUIDES } from '@/lib/domain';
import { onSitePage } from '@/lib/guide/on-site-page';

/** On every Instagram page: the account, and one question; the guide itself is instagram-guide.content.ts. */
export default defineContentScript({
  matches: [...GUIDES.instagram.matches],
  runAt: 'document_idle',
  // WXT would otherwise tell the page, by window.postMessage, that a content script started:
  // work in the page on every load, and a sign of the extension any page could read.
  noScriptStartedPostMessage: true,
  main: () => onSitePage('instagram', detectInstagramAccount),
});
