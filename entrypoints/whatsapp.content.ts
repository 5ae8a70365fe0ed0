import { runTask } from '@/lib/guide/run-task';
import { WHATSAPP_PLAYBOOK } from '@/lib/playbooks/tasks/whatsapp-form';

export default defineContentScript({
  // WhatsApp's contact forms only: the data subject rights form is one of them.
  matches: ['https://www.whatsapp.com/contact/forms/*'],
  runAt: 'document_idle',
  main() {
    runTask(WHATSAPP_PLAYBOOK);
  },
});
