/**
 * The settings pages and the form of the tasks beyond the objection, as small React-like apps:
 *  - `fb-posts`: Facebook's Posts settings (and the older Privacy tab, and Privacy Checkup): the
 *    "Limit past posts" button opens a [role=dialog] 150 ms later; its confirm button saves for
 *    300 ms (aria-disabled) then closes the dialog; Cancel or Escape close it with no change;
 *  - `ig-privacy`: Instagram's account privacy: an input[role=switch] that, while off, opens the
 *    "Switch to private account?" dialog instead of toggling; "Switch to private" turns it on.
 *    On a professional account the switch is disabled;
 *  - `wa-form`: WhatsApp's data subject rights form: a choice of question, then (delayMs later)
 *    React-controlled e-mail, phone and message fields (controlled.js), Send validates, POSTs
 *    { url, email, reason } and shows the thanks delayMs later.
 * Pages and dialogs render twice (the second time 250 ms later, with new elements), as spa.js does.
 * window.__replicaState() returns a copy of the page state, for tests only.
 * Configuration: see TasksConfig in ../pages/tasks/config.ts.
 */
import { createControlledFields } from './controlled.js';
import { render } from './dom.js';
import { blankFields, createFields, postSubmission } from './fields.js';

const SECOND_PASS_MS = 250;
const DIALOG_MS = 150;
const SAVING_MS = 300;

export function boot(config) {
  const root = document.getElementById(config.rootId);
  const layer = document.createElement('div');
  document.body.append(layer);
  const state = { dialog: false, limited: false, private: false, choice: null, email: '', phone: '', reason: '', errors: [], sent: false };
  const fields = createFields(createControlledFields(root, state, () => {}), state, config.errors ?? {});
  let page = {};

  const actions = { open, cancel, confirm, toggle, choose, send, noop: () => {} };
  Object.defineProperty(window, '__replicaState', { value: () => ({ ...state, errors: [...state.errors] }) });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') cancel();
  });

  function renderPage() {
    if (state.sent) return;
    page = render(root, config.page, actions).refs;
    syncSwitch();
    syncChoices();
    if (state.choice !== null) renderFields();
  }
  setTimeout(() => {
    renderPage();
    setTimeout(renderPage, SECOND_PASS_MS);
  }, config.delayMs);

  function open() {
    if (state.dialog) return;
    state.dialog = true;
    setTimeout(() => {
      if (!state.dialog) return;
      render(layer, config.dialog, actions);
      setTimeout(() => state.dialog && render(layer, config.dialog, actions), SECOND_PASS_MS);
    }, DIALOG_MS);
  }

  function cancel() {
    if (!state.dialog) return;
    state.dialog = false;
    layer.replaceChildren();
  }

  function confirm(_argument, _event, button) {
    button.setAttribute('aria-disabled', 'true');
    setTimeout(() => {
      state.dialog = false;
      layer.replaceChildren();
      if (config.kind === 'fb-posts') state.limited = true;
      else state.private = true;
      syncSwitch();
    }, SAVING_MS);
  }

  function toggle() {
    if (config.professional) return;
    if (!state.private) open();
    else {
      state.private = false;
      syncSwitch();
    }
  }

  function syncSwitch() {
    const control = page.switch;
    if (!control) return;
    control.checked = state.private;
    control.setAttribute('aria-checked', String(state.private));
    if (config.professional) {
      control.disabled = true;
      control.setAttribute('aria-disabled', 'true');
    }
  }

  function syncChoices() {
    for (const [name, element] of Object.entries(page)) {
      if (name.startsWith('choice')) element.setAttribute('aria-checked', String(state.choice === Number(name.slice(6))));
    }
  }

  function choose(index) {
    if (state.sent) return;
    const first = state.choice === null;
    state.choice = Number(index);
    syncChoices();
    if (first) setTimeout(renderFields, config.delayMs);
  }

  function renderFields() {
    fields.render(page.fields, config.fields, actions);
  }

  async function send() {
    if (state.sent) return;
    state.errors = blankFields(state, ['email', 'phone']);
    fields.showErrors();
    if (state.errors.length > 0) return;
    if (!(await postSubmission({ url: location.href, email: state.email, reason: state.reason }))) return;
    state.sent = true;
    setTimeout(() => render(page.card, config.confirmation, actions), config.delayMs);
  }
}
