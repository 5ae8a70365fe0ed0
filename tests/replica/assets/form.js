/**
 * The help-center contact form (objection or third-party), as a small React-like app:
 *  - renders `delayMs` after load; the yes/no variant first shows only the question, and the
 *    fields appear `delayMs` after "Yes" ("No" shows a note and no fields);
 *  - fields are React-controlled (controlled.js): Send uses the page STATE, not the DOM;
 *  - Send validates (e-mail not empty; a country chosen when the variant asks for one), POSTs
 *    { url, email, reason, country? } as JSON to /__replica/submit on this host, then replaces
 *    the card with the confirmation `delayMs` later. The URL does not change.
 *
 * window.__replicaState() returns a copy of the form state, for tests only.
 * Configuration: see FormConfig in ../document.ts.
 */
import { createControlledFields } from './controlled.js';
import { render } from './dom.js';

const SUBMIT_PATH = '/__replica/submit';

export function boot(config) {
  const root = document.getElementById(config.rootId);
  const state = {
    answer: config.variant === 'yesno' ? null : 'yes',
    email: config.initialEmail,
    reason: '',
    country: '',
    errors: [],
    sending: false,
    sent: false,
  };
  const controlled = createControlledFields(root, state, () => {});
  let page = {}; // refs of the page frame: card, question, fields
  let form = {}; // refs of the fields: send, emailError, countryError
  let answering = 0; // bumped on each answer, so a late "Yes" render cannot follow a "No"

  const actions = { answer, send, noop: () => {} };

  Object.defineProperty(window, '__replicaState', {
    value: () => ({
      form: config.formId,
      kind: config.kind,
      variant: config.variant,
      answer: state.answer,
      email: state.email,
      reason: state.reason,
      ...(config.variant === 'country' ? { country: state.country } : {}),
      errors: [...state.errors],
      sent: state.sent,
    }),
  });

  setTimeout(() => {
    page = render(root, config.page, actions).refs;
    if (config.question) renderQuestion();
    if (state.answer === 'yes') renderFields();
  }, config.delayMs);

  function renderQuestion() {
    const refs = render(page.question, config.question, actions).refs;
    refs.yes.setAttribute('aria-checked', String(state.answer === 'yes'));
    refs.no.setAttribute('aria-checked', String(state.answer === 'no'));
    if (state.answer === 'no') render(refs.answerNote, config.noMessage, actions);
  }

  function renderFields() {
    const { refs, fields } = render(page.fields, config.fields, actions);
    form = refs;
    for (const [field, key] of fields) controlled.bind(field, key);
    renderErrors();
  }

  function renderErrors() {
    for (const key of ['email', 'country']) {
      const slot = form[`${key}Error`];
      if (!slot) continue;
      const message = state.errors.includes(key) ? config.errors[key] : '';
      slot.textContent = message;
      if (message) slot.setAttribute('role', 'alert');
      else slot.removeAttribute('role');
    }
  }

  function answer(value) {
    if (state.sent || state.answer === value) return;
    state.answer = value;
    const id = ++answering;
    renderQuestion();
    page.fields.replaceChildren();
    if (value === 'yes') setTimeout(() => id === answering && renderFields(), config.delayMs);
  }

  async function send() {
    if (state.sending || state.sent) return;
    state.errors = [];
    if (state.email.trim() === '') state.errors.push('email');
    if (config.variant === 'country' && state.country === '') state.errors.push('country');
    renderErrors();
    if (state.errors.length > 0) return;

    state.sending = true;
    form.send.setAttribute('aria-disabled', 'true');
    const body = {
      url: location.href,
      email: state.email,
      reason: state.reason,
      ...(config.variant === 'country' ? { country: state.country } : {}),
    };
    try {
      const response = await fetch(SUBMIT_PATH, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`submit: HTTP ${response.status}`);
    } catch (error) {
      console.error('replica:', error);
      state.sending = false;
      form.send.removeAttribute('aria-disabled');
      return;
    }
    state.sending = false;
    state.sent = true;
    setTimeout(() => render(page.card, config.confirmation, actions), config.delayMs);
  }
}
