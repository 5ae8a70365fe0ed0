import { GUIDES } from '@/lib/domain';
import { askForGuide } from '@/lib/guide/ask-for-guide';

/** On WhatsApp's contact forms: one question; the guide itself is whatsapp-guide.content.ts. */
export default defineContentScript({
  matches: [...GUIDES.whatsapp.matches],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {
    askForGuide('whatsapp');
  },
});
