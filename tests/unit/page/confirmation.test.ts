import { describe, expect, it } from 'vitest';
import { ATTRIBUTES } from '@/lib/domain';
import { findConfirmation } from '@/lib/page/confirmation';

const LABELS = {
  confirmation: ['We’ll honour your objection', 'Nous accepterons votre opposition'],
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
