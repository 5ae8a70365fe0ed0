import { GUIDES } from '@/lib/domain';
import { runGuide } from '@/lib/content/run-site';
import { WHATSAPP_PLAYBOOK } from '@/lib/playbooks/tasks/whatsapp-form';

/** The guide on WhatsApp's data subject rights form: started by the background, only while the user's task runs. */
export default defineContentScript({
  matches: [...GUIDES.whatsapp.matches],
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    runGuide({ tasks: [WHATSAPP_PLAYBOOK] });
  },
});
