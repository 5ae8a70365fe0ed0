/**
 * The help-center contact form (objection or third-party), as a small React-like app
 * (the Privacy Policy route's chooser comes first when configured: the yes/no question, then
 * the fields, appear only after its "own information" option):
 *  - renders `delayMs` after load; the yes/no variant first shows only the question, and the
 *    fields appear `delayMs` after "Yes" ("No" shows a note and no fields);
 *  - fields are React-controlled (controlled.js): Send uses the page STATE, not the DOM;
 *  - Send validates (e-mail not empty; a country chosen when asked; on the 2024 forms an
 *    explanation of at least reasonMinLength characters); with a code dialog (2024 forms) it
 *    then asks for the 6-digit code Meta "e-mailed", and only its Confirm sends. It POSTs
 *    { url, email, reason, country? } as JSON to /__replica/submit on this host, then replaces
 *    the card with the confirmation `delayMs` later (or, with `confirmationWindow`, opens it in a
 *    dialog over the form, which stays behind it). The URL does not change.
 *  - the fields are a `form[method=post]` as saved from Meta: its native submission never
 *    happens (Send and Enter go through the app); Instagram's country is a typeahead (typeahead.js).
 *
 * window.__replicaState() returns a copy of the form state, for tests only.
 * Configuration: see FormConfig in ../document.ts.
 */
import { createControlledFields } from './controlled.js';
import { render } from './dom.js';
import { blankFields, createFields, postSubmission } from './fields.js';
import { bindTypeahead } from './typeahead.js';

export function boot(config) {
  const root = document.getElementById(config.rootId);
  const askCountry = config.variant === 'country' || config.askCountry === true;
  const state = {
    choice: config.chooser ? null : 'own',
    answer: config.question ? null : 'yes',
    email: config.initialEmail,
    reason: '',
    country: '',
    errors: [],
    sending: false,
    sent: false,
  };
  const fields = createFields(createControlledFields(root, state, () => {}), state, config.errors);
  let page = {}; // refs of the page frame: card, question, fields
  let form = {}; // refs of the fields: send, emailError, countryError
  let answering = 0; // bumped on each answer, so a late "Yes" render cannot follow a "No"

  const actions = { answer, choose, send, confirm, closeConfirmation: () => dialogLayer.replaceChildren(), noop: () => {} };
  const dialogLayer = document.createElement('div');
  document.body.append(dialogLayer);
  let dialog = {}; // refs of the code dialog: code, codeError

  Object.defineProperty(window, '__replicaState', {
    value: () => ({
      form: config.formId,
      kind: config.kind,
      variant: config.variant,
      answer: state.answer,
      email: state.email,
      reason: state.reason,
      ...(askCountry ? { country: state.country } : {}),
      choice: state.choice,
      errors: [...state.errors],
      sent: state.sent,
    }),
  });

  setTimeout(() => {
    page = render(root, config.page, actions).refs;
    if (config.chooser) renderChooser();
    if (state.choice === 'own' && config.question) renderQuestion();
    if (state.choice === 'own' && state.answer === 'yes') renderFields();
  }, config.delayMs);

  function renderChooser() {
    const refs = render(page.chooser, config.chooser.html, actions).refs;
    for (const option of ['own', 'thirdParty', 'different']) refs[option].setAttribute('aria-checked', String(state.choice === option));
    if (state.choice === 'thirdParty') render(refs.choiceNote, config.chooser.thirdPartyNote, actions);
    if (state.choice === 'different') render(refs.choiceNote, config.chooser.differentNote, actions);
  }

  function choose(value) {
    if (state.sent || state.choice === value) return;
    state.choice = value;
    state.answer = config.question ? null : 'yes';
    const id = ++answering;
    renderChooser();
    page.question.replaceChildren();
    page.fields.replaceChildren();
    if (value !== 'own') return;
    setTimeout(() => {
      if (id !== answering) return;
      if (config.question) renderQuestion();
      else renderFields();
    }, config.delayMs);
  }

  function renderQuestion() {
    const refs = render(page.question, config.question, actions).refs;
    // Real radios, checked from the state only (React resets a radio set from outside).
    refs.yes.checked = state.answer === 'yes';
    refs.no.checked = state.answer === 'no';
    if (state.answer === 'no') render(refs.answerNote, config.noMessage, actions);
  }

  function renderFields() {
    form = fields.render(page.fields, config.fields, actions);
    form.form?.addEventListener('submit', (event) => {
      event.preventDefault();
      void send();
    });
    bindTypeahead(form, state, config.countries ?? []);
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
    state.errors = blankFields(state, askCountry ? ['email', 'country'] : ['email']);
    if (config.reasonMinLength && state.reason.trim().length < config.reasonMinLength) state.errors.push('reason');
    fields.showErrors();
    if (state.errors.length > 0) return;
    if (config.codeDialog) {
      // Meta "e-mails" a code; the request is sent only once it is confirmed.
      dialog = render(dialogLayer, config.codeDialog.html, actions).refs;
      return;
    }
    await post();
  }

  async function confirm() {
    if (state.sending || state.sent) return;
    const code = dialog.code?.value.trim() ?? '';
    if (!/^\d{6}$/.test(code)) {
      dialog.codeError.textContent = config.codeDialog.error;
      dialog.codeError.setAttribute('role', 'alert');
      return;
    }
    await post(code);
    if (state.sent) dialogLayer.replaceChildren();
  }

  async function post(code) {
    state.sending = true;
    form.send.setAttribute('aria-disabled', 'true');
    const body = {
      url: location.href,
      email: state.email,
      reason: state.reason,
      ...(askCountry ? { country: state.country } : {}),
      ...(code ? { code } : {}),
    };
    const recorded = await postSubmission(body);
    state.sending = false;
    if (!recorded) {
      form.send.removeAttribute('aria-disabled');
      return;
    }
    state.sent = true;
    if (config.confirmationWindow) setTimeout(() => render(dialogLayer, config.confirmationWindow, actions), config.delayMs);
    else setTimeout(() => render(page.card, config.confirmation, actions), config.delayMs);
  }
}
