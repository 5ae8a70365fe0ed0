/** What a person fills in on a form: the controls that hold a value they type or choose. */
const FILLABLE = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="submit"]):not([type="button"]), textarea, select';

/**
 * Whether a field the user fills in is still empty. `chosenIn` (a typeahead): the selector of
 * the hidden input the page's own suggestion list sets, looked for in the field's row (its
 * largest ancestor holding no other field); its value decides, never the visible text alone.
 * Elements that hold no value (a button, a radio) are never empty.
 */
export function isEmptyField(el: Element, chosenIn?: string): boolean {
  if (chosenIn) {
    const chosen = rowOf(el)?.querySelector(chosenIn);
    if (chosen instanceof HTMLInputElement) return chosen.value.trim() === '';
  }
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) {
    return el.value.trim() === '';
  }
  return false;
}

/** The field's row: its largest ancestor that holds no other field than it. */
function rowOf(field: Element): Element | undefined {
  let row: Element | undefined;
  for (let el = field.parentElement; el && el !== document.body; el = el.parentElement) {
    if ([...el.querySelectorAll(FILLABLE)].some((other) => other !== field)) break;
    row = el;
  }
  return row;
}

/**
 * Whether the form around `control` (its Send button) requires a field that is still empty
 * (`required`, `aria-required="true"`): Send is then not the next thing to click.
 */
export function formLacksRequired(control: Element): boolean {
  const form = control.closest('form');
  if (!form) return false;
  return [...form.querySelectorAll(FILLABLE)].some(
    (field) =>
      (field.hasAttribute('required') || field.getAttribute('aria-required') === 'true') &&
      !(field as HTMLInputElement).disabled &&
      isEmptyField(field),
  );
}
