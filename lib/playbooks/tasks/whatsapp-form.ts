import { hostIs, SITES, type LabelKey, WHATSAPP_FORM_URL } from '../../domain';
import { roleAndText, SEND_BUTTON } from '../matchers';
import type { Matcher } from '../schema';
import { taskSteps } from '../task-steps';
import type { TaskPlaybook } from '../task-schema';

const PAGE = [{ host: hostIs(SITES.whatsapp.hosts.pages), path: '^/contact/forms/\\d+/?$' }];

/** A text field of the form: by its label, else by its input type. */
function field(label: LabelKey, type: 'email' | 'tel'): Matcher[] {
  return [
    { by: 'role', roles: ['textbox'], label, match: 'startsWith' },
    { by: 'css', selector: `input[type="${type}"]` },
  ];
}

/**
 * WhatsApp's data subject rights form: the objection choice, the e-mail and the WhatsApp phone
 * number (each while empty), then Send. The phone number is the user's to type: Opposer never
 * reads, fills or keeps it. WhatsApp answers by e-mail.
 */
export const WHATSAPP_PLAYBOOK: TaskPlaybook = {
  task: 'whatsapp',
  platform: null,
  prefix: 'wa',
  startUrl: WHATSAPP_FORM_URL,
  fallbacks: ['https://www.whatsapp.com/legal/'],
  uiText: { guide: 'task_wa_guide', name: 'task_wa_name', before: 'task_wa_before', done: 'task_wa_done' },
  steps: taskSteps('whatsapp', PAGE, [
    {
      id: 'wa-objection-option',
      kind: 'form-choice',
      target: roleAndText('waObjectionOption', ['radio', 'checkbox', 'option'], 'label, [role="radio"], [role="checkbox"], [role="option"]', { match: 'startsWith' }),
    },
    { id: 'wa-form-email', kind: 'form-field', target: field('emailField', 'email') },
    { id: 'wa-form-phone', kind: 'form-field', afterFilled: ['wa-form-email'], target: field('phoneField', 'tel') },
    { id: 'wa-form-submit', kind: 'form-submit', afterFilled: ['wa-form-email', 'wa-form-phone'], target: SEND_BUTTON },
  ]),
  done: { seen: 'confirmation', step: 'wa-form-submit', words: ['requestReceived'] },
};
