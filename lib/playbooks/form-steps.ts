import type { Matcher, Step, UrlRule } from './schema';

/** The reason textarea of Meta's help forms: its label, else the only textarea. */
export const REASON_FIELD: Matcher[] = [
  { by: 'role', roles: ['textbox'], label: 'reasonField', match: 'startsWith' },
  { by: 'css', selector: 'textarea' },
];

/** Meta's modal dialog: the 2024 forms ask for the e-mailed code in one, after Send. */
const IN_DIALOG = '[role="dialog"]';

/**
 * The steps on one of Meta's help forms, the same on both sites: the chooser of the Privacy
 * Policy route (its option for one's own information), the optional yes/no opening question,
 * the e-mail while it is empty, the country while it is empty, Send, then on the 2024 forms the
 * code Meta e-mails and its confirm button. `prefix` is the playbook's own.
 */
export function formSteps(prefix: 'fb' | 'ig', pages: UrlRule[]): Step[] {
  return [
    {
      id: `${prefix}-form-choice`,
      kind: 'form-choice',
      text: 'step_form_choice',
      counted: false,
      optional: true,
      pages,
      // Only the option about one's own information: the third-party and "different objection"
      // options start differently, so a prefix of the whole sentence never takes them.
      target: [
        { by: 'role', roles: ['radio', 'menuitemradio', 'option'], label: 'formChoiceOwn', match: 'startsWith' },
        { by: 'text', selector: 'label', label: 'formChoiceOwn', match: 'startsWith' },
      ],
    },
    {
      id: `${prefix}-form-yes`,
      kind: 'form-choice',
      text: `step_${prefix}_form_yes`,
      counted: false,
      optional: true,
      pages,
      target: [
        { by: 'role', roles: ['radio', 'button', 'option'], label: 'yes', match: 'exact' },
        { by: 'text', selector: 'label, [role], button', label: 'yes', match: 'exact' },
      ],
    },
    {
      id: `${prefix}-form-email`,
      kind: 'form-field',
      text: `step_${prefix}_form_email`,
      counted: true,
      optional: false,
      pages,
      target: [
        { by: 'css', selector: 'input[type="email"]' },
        { by: 'role', roles: ['textbox'], label: 'emailField', match: 'startsWith' },
      ],
    },
    {
      id: `${prefix}-form-country`,
      kind: 'form-field',
      text: `step_${prefix}_form_country`,
      counted: false,
      optional: true,
      pages,
      target: [{ by: 'role', roles: ['combobox', 'listbox'], label: 'countryField', match: 'startsWith' }],
    },
    {
      id: `${prefix}-form-submit`,
      kind: 'form-submit',
      text: `step_${prefix}_form_submit`,
      counted: true,
      optional: false,
      pages,
      afterFilled: [`${prefix}-form-email`, `${prefix}-form-country`],
      target: [
        { by: 'role', roles: ['button'], label: 'send', match: 'exact' },
        { by: 'text', selector: 'button, [role="button"], input[type="submit"]', label: 'send', match: 'startsWith' },
        { by: 'css', selector: 'button[type="submit"], input[type="submit"]' },
      ],
    },
    {
      // Not a confirmation: the objection is sent only once Meta's confirmation shows.
      id: `${prefix}-form-code`,
      kind: 'form-field',
      text: 'step_form_code',
      counted: false,
      optional: true,
      pages,
      target: [
        { by: 'role', roles: ['textbox'], label: 'codeField', match: 'startsWith', within: IN_DIALOG },
        { by: 'css', selector: 'input[autocomplete="one-time-code"]', within: IN_DIALOG },
      ],
    },
    {
      id: `${prefix}-form-code-confirm`,
      kind: 'form-submit',
      text: 'step_form_code_confirm',
      counted: false,
      optional: true,
      pages,
      afterFilled: [`${prefix}-form-code`],
      target: [
        { by: 'role', roles: ['button'], label: 'codeConfirm', match: 'exact', within: IN_DIALOG },
        { by: 'text', selector: 'button, [role="button"]', label: 'codeConfirm', match: 'exact', within: IN_DIALOG },
      ],
    },
  ];
}
