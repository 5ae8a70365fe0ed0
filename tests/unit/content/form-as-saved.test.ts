import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Guide, type GuideBackend, type GuideTexts } from '@/lib/content/guide';
import { texts } from './guide-texts';
import { pickCurrentStep, stepsForUrl } from '@/lib/engine/current-step';
import { INSTAGRAM_PLAYBOOK } from '@/lib/playbooks/instagram';
import { FACEBOOK_PLAYBOOK } from '@/lib/playbooks/facebook';
import { labelLists } from '@/lib/playbooks/label-lists';

/** The step the guide points at on Instagram's 2024 form (the one with the country typeahead). */
const igCurrent = () => {
  const steps = stepsForUrl(INSTAGRAM_PLAYBOOK, new URL('https://help.instagram.com/contact/233964459562201'), false);
  const current = pickCurrentStep(INSTAGRAM_PLAYBOOK, steps, labelLists());
  return current && { id: current.step.id, target: current.target };
};

/** Instagram's 2024 form as saved (meta-flow.md, "Real markup"): rows, bare field ids, hidden inputs, the typeahead. */
function savedForm({ typed = '', code = '' } = {}) {
  // Test fixture only: the extension itself never parses markup.
  document.body.innerHTML = `
    <form method="post" action="/ajax/help/contact/submit/page">
      <input type="hidden" name="support_form_id" value="233964459562201">
      <input type="hidden" name="support_form_locale_id" value="en_US">
      <input type="hidden" name="support_form_hidden_fields" value='{"email":"2093","reason":"2094","country":"2095"}'>
      <input type="hidden" name="support_form_fact_false_fields" value="[]">
      <div id="SupportFormRow.2093"><label for="2093">Email address</label><input type="email" id="2093" name="email" value="marie@example.org"><input type="hidden" name="confirm_email" value="marie@example.org"></div>
      <div id="SupportFormRow.2094"><label for="2094">Please tell us how this processing impacts you</label><textarea id="2094">My reason, long enough</textarea></div>
      <div id="SupportFormRow.2095"><label for="u_0_e">Country of residence</label>
        <div><input type="text" id="u_0_e" autocomplete="off" value="${typed}"><input type="hidden" name="Field2095_iso2_country_code" value="${code}"><ul role="listbox"></ul></div></div>
      <button value="Send"><span>Send</span></button>
    </form>`;
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('Instagram’s country typeahead', () => {
  it('points at the empty typeahead, not at Send', () => {
    savedForm();
    const current = igCurrent();
    expect(current?.id).toBe('ig-form-country');
    expect(current?.target.id).toBe('u_0_e');
  });

  it('keeps pointing at it while the text was typed (or set) but no suggestion chosen', () => {
    savedForm({ typed: 'France' });
    expect(igCurrent()?.id).toBe('ig-form-country');
  });

  it('points at Send once a suggestion set the hidden country code', () => {
    savedForm({ typed: 'France', code: 'FR' });
    const current = igCurrent();
    expect(current?.id).toBe('ig-form-submit');
    expect(current?.target.tagName).toBe('BUTTON');
  });
});

describe('Send and the fields a form requires', () => {
  const fbCurrent = () =>
    pickCurrentStep(FACEBOOK_PLAYBOOK, stepsForUrl(FACEBOOK_PLAYBOOK, new URL('https://www.facebook.com/help/contact/712876720715583'), false), labelLists())?.step.id;

  it('is not pointed at while a required field no step knows is empty; nothing is', () => {
    document.body.innerHTML = `<form><input type="email" value="a@b.c"><textarea>r</textarea>
      <label for="x">Date of birth</label><input type="text" id="x" required><button>Send</button></form>`;
    expect(fbCurrent()).toBeUndefined();
    (document.getElementById('x') as HTMLInputElement).value = '1990-01-01';
    expect(fbCurrent()).toBe('fb-form-submit');
  });

  it('counts aria-required too, and ignores disabled fields', () => {
    document.body.innerHTML = `<form><input type="email" value="a@b.c"><textarea>r</textarea>
      <input type="text" aria-required="true" id="x"><input type="text" required disabled><button>Send</button></form>`;
    expect(fbCurrent()).toBeUndefined();
    document.getElementById('x')!.removeAttribute('aria-required');
    expect(fbCurrent()).toBe('fb-form-submit');
  });
});

describe('the yes/no question as saved: radios beside their labels', () => {
  it('marks “Yes” once, on its label (the radio and its label are one control)', () => {
    document.body.innerHTML = `<form><div id="SupportFormRow.77" role="radiogroup"><p><span>Is your request about AI at Meta?</span></p>
      <div><input type="radio" name="Field77" id="77.0" value="yes"><label for="77.0"><span>Yes</span></label></div>
      <div><input type="radio" name="Field77" id="77.1" value="no"><label for="77.1"><span>No</span></label></div></div></form>`;
    const steps = stepsForUrl(FACEBOOK_PLAYBOOK, new URL('https://www.facebook.com/help/contact/712876720715583'), false);
    const current = pickCurrentStep(FACEBOOK_PLAYBOOK, steps, labelLists('en'));
    expect(current?.step.id).toBe('fb-form-yes');
    expect(current?.target.getAttribute('for')).toBe('77.0');
  });
});

describe('the typeahead step’s words', () => {
  const backend: GuideBackend = {
    context: () => Promise.resolve({ session: false, guiding: true, reasonTemplate: null, followedFormUrl: null, labels: labelLists() }),
    objectionSent: () => Promise.resolve(),
    formFollowed: () => Promise.resolve(),
    taskDone: () => Promise.resolve(),
    taskNotPossible: () => Promise.resolve(),
    stop: () => Promise.resolve(),
  };

  async function instructionFlags(url: string): Promise<boolean[]> {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
    const instruction = vi.fn<GuideTexts['instruction']>((step) => `do ${step.id}`);
    const guide = new Guide(INSTAGRAM_PLAYBOOK, { ...texts, instruction }, backend);
    await guide.onLocation();
    guide.stop();
    return instruction.mock.calls.filter(([step]) => step.id === 'ig-form-country').map(([, , typeahead]) => typeahead);
  }

  it('say how to choose in a typeahead, and not on a list', async () => {
    savedForm();
    expect(await instructionFlags('https://help.instagram.com/contact/233964459562201')).toEqual([true]);
    document.body.innerHTML = `<form><input type="email" value="a@b.c"><textarea>r</textarea>
      <label for="c">Country of residence</label><select id="c"><option value="">Select</option><option value="FR">France</option></select><button>Send</button></form>`;
    expect(await instructionFlags('https://help.instagram.com/contact/233964459562201')).toEqual([false]);
  });
});
