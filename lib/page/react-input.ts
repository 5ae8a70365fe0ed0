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
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}
