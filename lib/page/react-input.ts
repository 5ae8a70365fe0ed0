/**
 * Sets a form field's value so that a React-controlled page accepts it.
 *
 * React keeps a "value tracker" on each input: assigning `el.value` updates the tracker,
 * and the next input event is then ignored because the value looks unchanged. Calling the
 * native prototype setter bypasses the tracker, so the bubbling input event is seen as a
 * real edit and React's state takes the value (what the form will send).
 */
export function setControlledValue(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  // The prototype's own setter, called on `el`: React's instance-level tracker does not see it.
  if (!Reflect.set(proto, 'value', value, el)) el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}
