/**
 * What the replica's forms share (form.js: the help-center contact forms; tasks.js: WhatsApp's
 * form): React-controlled fields with their error slots, the required-field check, and Send's
 * POST of the page state to the replica's submit endpoint on this host.
 */
import { render } from './dom.js';

const SUBMIT_PATH = '/__replica/submit';

/**
 * Fields bound to `state` through `controlled` (controlled.js). For each key of `messages`, the
 * slot `data-r-ref="<key>Error"` (when the fields have one) shows messages[key] as an alert while
 * state.errors holds the key, and nothing otherwise.
 */
export function createFields(controlled, state, messages) {
  let refs = {};

  function showErrors() {
    for (const [key, text] of Object.entries(messages)) {
      const slot = refs[`${key}Error`];
      if (!slot) continue;
      const message = state.errors.includes(key) ? text : '';
      slot.textContent = message;
      if (message) slot.setAttribute('role', 'alert');
      else slot.removeAttribute('role');
    }
  }

  return {
    /** Renders the fields' markup into `container` (render() of dom.js) and returns its refs. */
    render(container, markup, actions) {
      const rendered = render(container, markup, actions);
      refs = rendered.refs;
      for (const [field, key] of rendered.fields) controlled.bind(field, key);
      showErrors();
      return refs;
    },
    showErrors,
  };
}

/** The keys of `state` among `keys` whose value is empty or blank. */
export function blankFields(state, keys) {
  return keys.filter((key) => state[key].trim() === '');
}

/** POSTs `body` as JSON to the submit endpoint; true once the replica recorded it. */
export async function postSubmission(body) {
  try {
    const response = await fetch(SUBMIT_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`submit: HTTP ${response.status}`);
    return true;
  } catch (error) {
    console.error('replica:', error);
    return false;
  }
}
