import { GUIDE_NAMES, GUIDES, guideAt } from '@/lib/domain';
import { onGuidePage } from '@/lib/content/on-guide-page';

/**
 * On every page of the guides' sites (Facebook, Instagram, WhatsApp's contact forms): the
 * account, and one question. The guides themselves are entrypoints/<site>-guide.content.ts.
 */
export default defineContentScript({
  matches: GUIDE_NAMES.flatMap((name) => [...GUIDES[name].matches]),
  runAt: 'document_idle',
  // WXT would otherwise tell the page, by window.postMessage, that a content script started:
  // work in the page on every load, and a sign of the extension any page could read.
  noScriptStartedPostMessage: true,
  main() {
    const guide = guideAt(location.hostname);
    if (guide) onGuidePage(guide);
  },
});
