import type { Matcher, Step, UrlRule } from './schema';

/** The reason textarea of Meta's help forms: its label, else the only textarea. */
export const REASON_FIELD: Matcher[] = [
  { by: 'role', roles: ['textbox'], label: 'reasonField', match: 'startsWith' },
  { by: 'css', selector: 'textarea' },
];

/**
 * The steps on one of Meta's help forms, the same on both sites: the optional yes/no opening
 * question, the e-mail while it is empty, the country while it is empty, then Send.
 */
export function formSteps(prefix: 'fb' | 'ig', pages: UrlRule[]): Step[] {
  return [
    {
      id: `${prefix}-form-yes`,
      pages,
      target: [
        { by: 'role', roles: ['radio', 'button', 'option'], label: 'yes', match: 'exact' },
        { by: 'text', selector: 'label, [role], button', label: 'yes', match: 'exact' },
      ],
    },
    {
      id: `${prefix}-form-email`,
      pages,
      whileEmpty: true,
      target: [
        { by: 'css', selector: 'input[type="email"]' },
        { by: 'role', roles: ['textbox'], label: 'emailField', match: 'startsWith' },
      ],
    },
    {
      id: `${prefix}-form-country`,
      pages,
      whileEmpty: true,
      target: [{ by: 'role', roles: ['combobox', 'listbox'], label: 'countryField', match: 'startsWith' }],
    },
    {
      id: `${prefix}-form-submit`,
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
