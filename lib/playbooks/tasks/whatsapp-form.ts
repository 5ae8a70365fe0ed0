import { WHATSAPP_FORM_URL } from '../../domain';
import type { TaskPlaybook } from '../task-schema';

const PAGE = [{ host: '^www\\.whatsapp\\.com$', path: '^/contact/forms/\\d+/?$' }];

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
  steps: [
    {
      id: 'wa-objection-option',
      kind: 'form-choice',
      task: 'whatsapp',
      text: 'step_wa_objection_option',
      counted: true,
      optional: false,
      pages: PAGE,
      target: [
        { by: 'role', roles: ['radio', 'checkbox', 'option'], label: 'waObjectionOption', match: 'startsWith' },
        { by: 'text', selector: 'label, [role="radio"], [role="checkbox"], [role="option"]', label: 'waObjectionOption', match: 'startsWith' },
      ],
    },
    {
      id: 'wa-form-email',
      kind: 'form-field',
      task: 'whatsapp',
      text: 'step_wa_form_email',
      counted: true,
      optional: false,
      pages: PAGE,
      target: [
        { by: 'role', roles: ['textbox'], label: 'emailField', match: 'startsWith' },
        { by: 'css', selector: 'input[type="email"]' },
      ],
    },
    {
      id: 'wa-form-phone',
      kind: 'form-field',
      task: 'whatsapp',
      text: 'step_wa_form_phone',
      counted: true,
      optional: false,
      pages: PAGE,
      afterFilled: ['wa-form-email'],
      target: [
        { by: 'role', roles: ['textbox'], label: 'phoneField', match: 'startsWith' },
        { by: 'css', selector: 'input[type="tel"]' },
      ],
    },
    {
      id: 'wa-form-submit',
      kind: 'form-submit',
      task: 'whatsapp',
      text: 'step_wa_form_submit',
      counted: true,
      optional: false,
      pages: PAGE,
      afterFilled: ['wa-form-email', 'wa-form-phone'],
      target: [
        { by: 'role', roles: ['button'], label: 'send', match: 'exact' },
        { by: 'text', selector: 'button, [role="button"], input[type="submit"]', label: 'send', match: 'startsWith' },
        { by: 'css', selector: 'button[type="submit"], input[type="submit"]' },
      ],
    },
  ],
  done: { seen: 'confirmation', step: 'wa-form-submit', words: ['requestReceived'] },
};
