import { describe, expect, it } from 'vitest';
import { ATTRIBUTES } from '@/lib/domain';
import { findConfirmation, findConfirmationWindow } from '@/lib/page/confirmation';

const LABELS = {
  confirmation: ['We’ll honour your objection', 'Nous accepterons votre opposition', 'la tua richiesta verrà applicata d’ora in avanti'],
  requestReceived: ['Thanks for contacting us'],
};

describe('findConfirmation', () => {
  it('returns the whole block that holds a confirmation phrase, whitespace folded', () => {
    document.body.innerHTML = `
      <main><p>Something else</p>
      <div role="status"><span>We'll   honour your objection.</span> <span>This means your request will be applied going forward.</span></div></main>`;
    expect(findConfirmation(['confirmation'], LABELS)).toBe(
      "We'll honour your objection. This means your request will be applied going forward.",
    );
  });

  it('matches across case and accents, in any listed language', () => {
    document.body.innerHTML = '<p>NOUS ACCEPTERONS VOTRE OPPOSITION.</p>';
    expect(findConfirmation(['confirmation'], LABELS)).toBe('NOUS ACCEPTERONS VOTRE OPPOSITION.');
  });

  it('ignores other forms’ phrases, Opposer’s own UI and scripts', () => {
    document.body.innerHTML = `
      <p>Thanks for contacting us</p>
      <div ${ATTRIBUTES.ui}><p>We’ll honour your objection</p></div>
      <script>"We’ll honour your objection"</script>`;
    expect(findConfirmation(['confirmation'], LABELS)).toBeUndefined();
    expect(findConfirmation(['requestReceived'], LABELS)).toBe('Thanks for contacting us');
  });
});

/** The 2025 form as it stays in the page behind a window (fields filled, Send beside them). */
const FORM = '<form method="post"><input type="email" value="a@b.c"><textarea>My reason</textarea><button type="submit"><span>Send</span></button></form>';

describe('findConfirmationWindow', () => {
  it('finds the confirmation in a window over the form, the form still behind it', () => {
    document.body.innerHTML = `${FORM}
      <div role="dialog" aria-modal="true"><h2>Grazie</h2><p>Ciò significa che la tua richiesta verrà applicata d'ora in avanti allo sviluppo dell’IA di Meta.</p><div role="button">Chiudi</div></div>`;
    expect(findConfirmationWindow(['confirmation'], LABELS)).toBe(
      "Ciò significa che la tua richiesta verrà applicata d'ora in avanti allo sviluppo dell’IA di Meta.",
    );
  });

  it('finds it in a native dialog and an alertdialog too', () => {
    document.body.innerHTML = `${FORM}<dialog open><p>We'll honour your objection.</p></dialog>`;
    expect(findConfirmationWindow(['confirmation'], LABELS)).toBe("We'll honour your objection.");
    document.body.innerHTML = `${FORM}<div role="alertdialog"><p>Nous accepterons votre opposition.</p></div>`;
    expect(findConfirmationWindow(['confirmation'], LABELS)).toBe('Nous accepterons votre opposition.');
  });

  it('takes no window that asks for something: the 2024 e-mailed code step, even worded like a confirmation', () => {
    document.body.innerHTML = `${FORM}
      <div role="dialog" aria-modal="true"><p>Enter the code we e-mailed you. We'll honour your objection once it is confirmed.</p>
      <label>Code <input type="text" autocomplete="one-time-code"></label><div role="button">Confirm</div></div>`;
    expect(findConfirmationWindow(['confirmation'], LABELS)).toBeUndefined();
  });

  it('takes no phrase outside a window, nor a hidden window, nor Opposer’s own panel', () => {
    document.body.innerHTML = `${FORM}<p>We’ll honour your objection</p>
      <div role="dialog" hidden><p>We’ll honour your objection</p></div>
      <div ${ATTRIBUTES.ui}><div role="dialog"><p>We’ll honour your objection</p></div></div>`;
    expect(findConfirmationWindow(['confirmation'], LABELS)).toBeUndefined();
  });

  it('takes a window of another form’s words only when asked for them', () => {
    document.body.innerHTML = `${FORM}<div role="dialog"><p>Thanks for contacting us</p></div>`;
    expect(findConfirmationWindow(['confirmation'], LABELS)).toBeUndefined();
    expect(findConfirmationWindow(['requestReceived'], LABELS)).toBe('Thanks for contacting us');
  });
});
