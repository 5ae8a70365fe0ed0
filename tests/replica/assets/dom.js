/**
 * Mounting the server's HTML fragments the way a React app mounts components:
 *  - every render creates new element objects (nothing is reused);
 *  - every element gets generated class names ("x1i10hfl x9f619 …"), drawn from a pool made
 *    afresh on each page load, so class names never stay the same from one load to the next;
 *  - behaviour is attached as event listeners. The fragments carry hints for that
 *    (data-r-on, data-r-ref, data-r-field); they are consumed and removed, so the live DOM says
 *    nothing about what an element does, as on Meta's pages.
 *
 * Fragment hints:
 *   data-r-on="action[:argument]"  click (and Enter/Space) calls actions[action](argument, event, element)
 *   data-r-ref="name"              returned in `refs` (a container to fill, a button to update)
 *   data-r-field="key"             returned in `fields`, for form.js to make React-controlled
 */

/** A pool of atomic-CSS-like class names for this page load. */
const CLASS_POOL = Array.from(
  { length: 500 },
  () => `x${Math.floor(Math.random() * 36 ** 7).toString(36).padStart(7, '0')}`,
);

export function generatedClassName() {
  const count = 2 + Math.floor(Math.random() * 8);
  const names = [];
  for (let i = 0; i < count; i++) names.push(CLASS_POOL[Math.floor(Math.random() * CLASS_POOL.length)]);
  return names.join(' ');
}

function takeAttribute(element, name) {
  const value = element.getAttribute(name);
  if (value !== null) element.removeAttribute(name);
  return value;
}

/** Elements the browser already activates with the keyboard; others get Enter/Space handling. */
function isKeyboardActivatable(element) {
  return element instanceof HTMLAnchorElement && element.hasAttribute('href');
}

/** "action[:argument]" → [action, argument]. */
function parseAction(spec) {
  const colon = spec.indexOf(':');
  return colon < 0 ? [spec, ''] : [spec.slice(0, colon), spec.slice(colon + 1)];
}

function bindAction(element, [name, argument], actions) {
  const run = (event) => {
    event.preventDefault();
    const action = actions[name];
    if (action) action(argument, event, element);
    else console.error(`replica: no action "${name}"`);
  };
  element.addEventListener('click', run);
  if (!isKeyboardActivatable(element)) {
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') run(event);
    });
  }
}

/**
 * Gives class names to the fragment's elements, binds their actions, collects refs, fields and
 * the bound elements with their action and argument (the app restores its state on them after a
 * re-render).
 */
function hydrate(root, actions) {
  const refs = {};
  const fields = [];
  const bound = [];
  for (const element of root.querySelectorAll('*')) {
    element.setAttribute('class', generatedClassName());
    const on = takeAttribute(element, 'data-r-on');
    if (on) {
      const [name, argument] = parseAction(on);
      bindAction(element, [name, argument], actions);
      bound.push([element, name, argument]);
    }
    const ref = takeAttribute(element, 'data-r-ref');
    if (ref) refs[ref] = element;
    const field = takeAttribute(element, 'data-r-field');
    if (field) fields.push([element, field]);
  }
  return { refs, fields, bound };
}

/**
 * Replaces `container`'s children with fresh elements built from `html` (a fragment written
 * by the fixture's page builders, with account names already escaped).
 */
export function render(container, html, actions = {}) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const result = hydrate(template.content, actions);
  container.replaceChildren(template.content);
  return result;
}

/** The placeholder shown while a page is "loading". */
export function loadingIndicator(label) {
  return el('div', { role: 'progressbar', 'aria-busy': 'true', 'aria-label': label });
}

/** Builds an element with generated classes: el('div', { role: 'article' }, child, 'text'). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.setAttribute('class', generatedClassName());
  element.append(...children);
  return element;
}
