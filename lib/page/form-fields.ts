/** What a person fills in on a form: the controls that hold a value they type or choose. */
const FILLABLE = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="submit"]):not([type="button"]), textarea, select';

/**
 * Whether a field the user fills in is still empty. `chosenIn` (a typeahead): the selector of
 * the hidden input the page's own suggestion list sets, the one nearest the field (in its
 * closest ancestor that holds one); its value decides, never the visible text alone. Two at the
 * same distance: which one is the field's cannot be told, so it counts as still empty.
 * Elements that hold no value (a button, a radio) are never empty.
 */
export function isEmptyField(el: Element, chosenIn?: string): boolean {
  if (chosenIn) {
    for (let row = el.parentElement; row && row !== document.body; row = row.parentElement) {
      const chosen = row.querySelectorAll(chosenIn);
      if (chosen.length === 0) continue;
      return chosen.length > 1 || !(chosen[0] instanceof HTMLInputElement) || chosen[0].value.trim() === '';
    }
  }
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) {
    return el.value.trim() === '';
  }
  return false;
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
