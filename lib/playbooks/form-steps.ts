import type { Matcher, Step, UrlRule } from './schema';

/** The reason textarea of Meta's help forms: its label, else the only textarea. */
export const REASON_FIELD: Matcher[] = [
  { by: 'role', roles: ['textbox'], label: 'reasonField', match: 'startsWith' },
  { by: 'css', selector: 'textarea' },
];

/**
 * The steps on one of Meta's help forms, the same on both sites: the optional yes/no opening
 * question, the e-mail while it is empty, the country while it is empty, then Send. `prefix` is
 * the playbook's own.
 */
export function formSteps(prefix: string, pages: UrlRule[]): Step[] {
  return [
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
  ];
}
