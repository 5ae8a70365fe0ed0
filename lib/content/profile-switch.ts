/**
 * One login, several profiles: Facebook's "See all profiles" lists them as radio rows
 * (`div[role=radio|menuitemradio][aria-checked]`, each with the profile's picture), and picking
 * another one switches the whole login to it. From that click on, the account seen so far is
 * no longer the one acting, so an objection sent next must not be attributed to it: the
 * background forgets it until the next page shows who is active.
 */

/** A profile row of the switcher: a radio with a picture, in an open menu or dialog. */
const ROW = '[role="radio"], [role="menuitemradio"]';
const SWITCHER = '[role="menu"], [role="dialog"], [role="radiogroup"]';

/** The row a click picked, if it is another profile than the active one. */
export function switchedProfileRow(target: EventTarget | null): Element | undefined {
  const row = target instanceof Element ? target.closest(ROW) : null;
  if (!row || !row.closest(SWITCHER)) return undefined;
  if (row.getAttribute('aria-checked') !== 'false') return undefined;
  // A profile row shows the profile's picture; other radios of the menus (display settings) do not.
  return row.querySelector('img, image') ? row : undefined;
}

/** Calls `switching` when the user picks another profile; returns the function that stops listening. */
export function watchProfileSwitch(doc: Document, switching: () => void): () => void {
  const onClick = (event: Event) => {
    if (switchedProfileRow(event.target)) switching();
  };
  doc.addEventListener('click', onClick, true);
  return () => doc.removeEventListener('click', onClick, true);
}
