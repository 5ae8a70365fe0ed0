/**
 * A small, practical subset of the accessible-name computation: enough for Meta's
 * markup (aria-label on icon buttons, aria-labelledby, nested spans, <label for>). A field
 * (isField) is never named by what it holds: a suggestion list's options, a text box's text.
 */
export function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label && label.trim()) return label;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    if (text) return text;
  }
  if (isFormField(el)) return fieldLabel(el);
  if (isField(el)) return el.getAttribute('title') ?? '';
  const text = el.textContent ?? '';
  if (text.trim()) return text;
  return el.getAttribute('title') ?? el.querySelector('img[alt]')?.getAttribute('alt') ?? '';
}

function isFormField(el: Element): el is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement {
  return el.matches('input, textarea, select');
}

/**
 * Roles whose name comes only from their author (ARIA: not from content): what is inside them
 * is what a person typed or may choose, not a name. Another typeahead's open list ("Países
 * Bajos") is not a field labelled "País".
 */
const FIELD_ROLES = new Set(['textbox', 'searchbox', 'combobox', 'listbox', 'spinbutton']);

/** A form field, native or by its role: named by its label, never by its content. */
export function isField(el: Element): boolean {
  const role = roleOf(el);
  return isFormField(el) || (role !== undefined && FIELD_ROLES.has(role));
}

/** The visible <label> of a form field: `<label for>`, a wrapping label, or a placeholder. */
function fieldLabel(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): string {
  const labels = el.labels ? Array.from(el.labels) : [];
  const text = labels.map((l) => l.textContent ?? '').join(' ').trim();
  if (text) return text;
  return el.getAttribute('placeholder') ?? '';
}

const IMPLICIT_ROLES: Array<[selector: string, role: string]> = [
  ['a[href]', 'link'],
  ['button', 'button'],
  ['input[type=button], input[type=submit]', 'button'],
  ['input[type=email], input[type=text], input:not([type])', 'textbox'],
  ['textarea', 'textbox'],
  ['select', 'combobox'],
  ['input[type=radio]', 'radio'],
];

/** The element's ARIA role: explicit `role`, else the implicit one of its tag. */
export function roleOf(el: Element): string | undefined {
  const explicit = el.getAttribute('role');
  if (explicit) return explicit.trim().split(/\s+/)[0];
  for (const [selector, role] of IMPLICIT_ROLES) if (el.matches(selector)) return role;
  return undefined;
}

/** CSS that selects every element that may carry one of `roles`, explicitly or implicitly. */
export function selectorForRoles(roles: readonly string[]): string {
  const parts = roles.map((r) => `[role="${r}"]`);
  for (const [selector, role] of IMPLICIT_ROLES) if (roles.includes(role)) parts.push(selector);
  return parts.join(', ');
}
