/**
 * React-controlled form fields, reduced to what matters to an extension that fills them.
 *
 * Value tracking is react-dom's inputValueTracking: each field gets an own `value` property
 * that forwards to the native prototype accessor and remembers the last value written through
 * it (the "tracked" value). On a bubbling `input`/`change` event, the field's native value is
 * compared with the tracked one, and the page state changes only when they differ. Hence, in
 * the page's JavaScript world:
 *   el.value = 'x'; el.dispatchEvent(new Event('input', { bubbles: true }))   → ignored
 *   nativeValueSetter.call(el, 'x'); el.dispatchEvent(new Event('input', …))  → accepted
 *   typing, pasting, Playwright's fill()/selectOption()                       → accepted
 * (An extension's content script lives in an isolated world where the own `value` property
 * does not exist, so its plain `el.value = x` reaches the native setter: exactly as on Meta.)
 *
 * The state is written back to the fields on every change and every RECONCILE_MS, like
 * React's re-renders: a value that the page state never accepted does not survive.
 * Listeners sit on the app's root container (React's event delegation), bubbling phase only.
 * Note: React itself tracks <input> and <textarea>; this runtime tracks <select> the same way.
 */

const RECONCILE_MS = 250;

/** Installs the value tracker on a field (react-dom's `track`). */
function track(node) {
  if (node._valueTracker) return;
  const descriptor = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(node), 'value');
  let currentValue = String(descriptor.get.call(node));
  Object.defineProperty(node, 'value', {
    configurable: true,
    enumerable: descriptor.enumerable,
    get() {
      return descriptor.get.call(this);
    },
    set(value) {
      currentValue = String(value);
      descriptor.set.call(this, value);
    },
  });
  // Like react-dom, the tracker itself is an expando on the node (page world only).
  node._valueTracker = {
    getValue: () => currentValue,
    setValue: (value) => {
      currentValue = String(value);
    },
  };
}

/** react-dom's updateValueIfChanged: true when the native value moved past the tracked one. */
function updateValueIfChanged(node) {
  const tracker = node._valueTracker;
  if (!tracker) return true;
  const next = node.value;
  if (next === tracker.getValue()) return false;
  tracker.setValue(next);
  return true;
}

/**
 * Fields bound to keys of `state`.
 * @param {Element} root  the app's root container, where events are delegated
 * @param {Record<string, string>} state  the page state, mutated in place
 * @param {(key: string) => void} onChange  called after the state accepted a new value
 */
export function createControlledFields(root, state, onChange) {
  /** @type {Map<HTMLInputElement|HTMLTextAreaElement|HTMLSelectElement, string>} */
  const fields = new Map();

  /** Writes the state into the DOM where they differ (React's controlled re-render). */
  function reconcile() {
    for (const [field, key] of fields) {
      if (!field.isConnected) {
        fields.delete(field);
        continue;
      }
      const value = state[key] ?? '';
      if (field.value !== value) field.value = value;
    }
  }

  function onEvent(event) {
    const field = event.target;
    const key = fields.get(field);
    if (key === undefined || !updateValueIfChanged(field)) return;
    state[key] = field.value;
    onChange(key);
    reconcile();
  }

  root.addEventListener('input', onEvent);
  root.addEventListener('change', onEvent);
  setInterval(reconcile, RECONCILE_MS);

  return {
    /** Makes `field` controlled by `state[key]`. */
    bind(field, key) {
      track(field);
      fields.set(field, key);
      field.value = state[key] ?? '';
    },
    reconcile,
  };
}
