import { roleAndText, SEND_BUTTON } from './matchers';
import type { Matcher, Step, UrlRule } from './schema';

/** The reason textarea of Meta's help forms: its label, else the only textarea. */
export const REASON_FIELD: Matcher[] = [
  { by: 'role', roles: ['textbox'], label: 'reasonField', match: 'startsWith' },
  { by: 'css', selector: 'textarea' },
];

/** The hidden ISO code Instagram's country typeahead sets when a suggestion is chosen (`Field<id>_iso2_country_code`). */
const COUNTRY_CODE = 'input[type="hidden"][name$="_iso2_country_code"]';

/** Meta's modal dialog: the 2024 forms ask for the e-mailed code in one, after Send. */
const IN_DIALOG = '[role="dialog"]';

/**
 * The steps on one of Meta's help forms, the same on both sites: the chooser of the Privacy
 * Policy route (its option for one's own information), the optional yes/no opening question,
 * the e-mail while it is empty, the country while it is empty, Send, then on the 2024 forms the
 * code Meta e-mails and its confirm button. `prefix` is the playbook's own.
 */
export function formSteps(prefix: 'fb' | 'ig', pages: UrlRule[]): Step[] {
  // Each step of the form, on its pages, its id the playbook's prefix, `form-` and its name
  // (fields in the order the playbooks write them).
  const onForm = (name: string, { kind, text, counted, ...rest }: Omit<Step, 'id' | 'pages'>): Step => ({
    id: `${prefix}-form-${name}`,
    kind,
    text,
    counted,
    pages,
    ...rest,
  });
  const inDialog = { within: IN_DIALOG };
  return [
    onForm('choice', {
      kind: 'form-choice',
      text: 'step_form_choice',
      counted: false,
      // Only the option about one's own information: the third-party and "different objection"
      // options start differently, so a prefix of the whole sentence never takes them.
      target: roleAndText('formChoiceOwn', ['radio', 'menuitemradio', 'option'], 'label', { match: 'startsWith' }),
    }),
    onForm('yes', {
      kind: 'form-choice',
      text: `step_${prefix}_form_yes`,
      counted: false,
      target: roleAndText('yes', ['radio', 'button', 'option'], 'label, [role], button'),
    }),
    onForm('email', {
      kind: 'form-field',
      text: `step_${prefix}_form_email`,
      counted: true,
      target: [
        { by: 'css', selector: 'input[type="email"]' },
        { by: 'role', roles: ['textbox'], label: 'emailField', match: 'startsWith' },
      ],
    }),
    onForm('country', {
      kind: 'form-field',
      text: `step_${prefix}_form_country`,
      counted: false,
      // Facebook's <select>, or Instagram's typeahead: a text input labelled as the country, counted
      // as filled only once a suggestion set its hidden ISO code (meta-flow.md, "Real markup").
      target: [{ by: 'role', roles: ['combobox', 'listbox', 'textbox'], label: 'countryField', match: 'startsWith' }],
      chosenIn: COUNTRY_CODE,
    }),
    onForm('submit', {
      kind: 'form-submit',
      text: `step_${prefix}_form_submit`,
      counted: true,
      afterFilled: [`${prefix}-form-email`, `${prefix}-form-country`],
      target: SEND_BUTTON,
    }),
    // Not a confirmation: the objection is sent only once Meta's confirmation shows.
    onForm('code', {
      kind: 'form-field',
      text: 'step_form_code',
      counted: false,
      target: [
        { by: 'role', roles: ['textbox'], label: 'codeField', match: 'startsWith', ...inDialog },
        { by: 'css', selector: 'input[autocomplete="one-time-code"]', ...inDialog },
      ],
    }),
    onForm('code-confirm', {
      kind: 'form-submit',
      text: 'step_form_code_confirm',
      counted: false,
      afterFilled: [`${prefix}-form-code`],
      target: roleAndText('codeConfirm', ['button'], 'button, [role="button"]', inDialog),
    }),
  ];
}
