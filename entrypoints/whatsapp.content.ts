import { runGuide } from '@/lib/guide/run-site';
import { WHATSAPP_PLAYBOOK } from '@/lib/playbooks/tasks/whatsapp-form';

export default defineContentScript({
  // WhatsApp's contact forms only: the data subject rights form is one of them.
  matches: ['https://www.whatsapp.com/contact/forms/*'],
  runAt: 'document_idle',
  main() {
    runGuide({ tasks: [WHATSAPP_PLAYBOOK] });
  },
});
