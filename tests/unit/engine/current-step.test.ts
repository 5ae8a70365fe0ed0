import { beforeEach, describe, expect, it } from 'vitest';
import { pickCurrentStep, stepsForUrl } from '@/lib/engine/current-step';
import { FACEBOOK_PLAYBOOK } from '@/lib/playbooks/facebook';
import { INSTAGRAM_PLAYBOOK } from '@/lib/playbooks/instagram';
import { labelLists } from '@/lib/playbooks/label-lists';

const fb = (path: string, session = true) => stepsForUrl(FACEBOOK_PLAYBOOK, new URL(`https://www.facebook.com${path}`), session);
const current = (path: string, session = true) => pickCurrentStep(FACEBOOK_PLAYBOOK, fb(path, session), labelLists())?.step.id;

beforeEach(() => {
  document.body.replaceChildren();
});

function html(markup: string) {
  // Test fixtures only: the extension itself never parses markup.
  document.body.innerHTML = markup;
}

describe('stepsForUrl', () => {
  it('shows the way from the feed only during a guided session', () => {
    expect(fb('/', true).map((s) => s.id)).toEqual(['fb-account-menu', 'fb-settings-privacy', 'fb-settings', 'fb-privacy-center']);
    expect(fb('/', false)).toEqual([]);
  });

  it('shows the Privacy Center and form steps without a session, on localised hosts too', () => {
    const steps = stepsForUrl(FACEBOOK_PLAYBOOK, new URL('https://fr-fr.facebook.com/privacy/center/?locale=fr_FR'), false);
    // The home may carry the notice itself: its link is then the step.
    expect(steps.map((s) => s.id)).toEqual(['fb-genai-topic', 'fb-object-link']);
    expect(fb('/privacy/genai/', false).map((s) => s.id)).toEqual(['fb-object-link']);
    expect(fb('/help/contact/712876720715583', false).map((s) => s.id)).toEqual([
      'fb-form-choice', 'fb-form-yes', 'fb-form-email', 'fb-form-country', 'fb-form-submit', 'fb-form-code', 'fb-form-code-confirm',
    ]);
    expect(fb('/privacy/policy/generative-ai/', false).map((s) => s.id)).toEqual([
      'fb-policy-other', 'fb-policy-genai', 'fb-policy-object', 'fb-policy-requests',
    ]);
  });

  it('finds the Instagram path across its hosts', () => {
    const ig = (url: string) => stepsForUrl(INSTAGRAM_PLAYBOOK, new URL(url), true).map((s) => s.id);
    expect(ig('https://www.instagram.com/')).toEqual(['ig-more-menu', 'ig-settings']);
    expect(ig('https://www.instagram.com/accounts/edit/')).toEqual(['ig-policy-link', 'ig-privacy-center']);
    expect(ig('https://privacycenter.instagram.com/')).toEqual(['ig-genai-topic', 'ig-object-link']);
    expect(ig('https://privacycenter.instagram.com/policy/')).toContain('ig-policy-requests');
    expect(ig('https://privacycenter.instagram.com/privacy/genai/')).toEqual(['ig-object-link']);
    expect(ig('https://help.instagram.com/contact/767264225370182')).toContain('ig-form-submit');
  });
});

describe('pickCurrentStep', () => {
  it('points at the account menu, then at the furthest menu item on screen', () => {
    html('<div role="button" aria-label="Your profile"><svg></svg></div>');
    expect(current('/')).toBe('fb-account-menu');
    html(`<div role="button" aria-label="Your profile"></div>
      <div role="menu"><div role="menuitem"><span>Settings &amp; privacy</span></div></div>`);
    expect(current('/')).toBe('fb-settings-privacy');
    html(`<div role="button" aria-label="Your profile"></div>
      <div role="menu"><a role="menuitem" href="/privacy/center/"><span>Privacy Center</span></a></div>`);
    expect(current('/')).toBe('fb-privacy-center');
  });

  it('ignores a Privacy Center link outside the open menu', () => {
    html('<div role="button" aria-label="Votre profil"></div><footer><a href="/privacy/center/">Privacy Center</a></footer>');
    expect(current('/')).toBe('fb-account-menu');
  });

  it('matches by role and name when the step is a button, in any language', () => {
    html('<div role="button" tabindex="0"><span>L’IA chez Meta</span></div>');
    expect(current('/privacy/center/', false)).toBe('fb-genai-topic');
  });

  it('points at the e-mail field while empty, then at Send', () => {
    html(`<label for="e">Email</label><input id="e" type="email" value="">
      <textarea></textarea><div role="button">Send</div>`);
    expect(current('/help/contact/712876720715583', false)).toBe('fb-form-email');
    (document.querySelector('input') as HTMLInputElement).value = 'marie@example.org';
    expect(current('/help/contact/712876720715583', false)).toBe('fb-form-submit');
  });

  it('waits for the country before Send, and starts with Yes on the yes/no form', () => {
    html(`<input type="email" value="a@b.c"><label for="c">Country of residence</label>
      <select id="c"><option value=""></option><option value="FR">France</option></select><div role="button">Send</div>`);
    expect(current('/help/contact/712876720715583', false)).toBe('fb-form-country');
    html('<p>Bezieht sich deine Anfrage auf KI bei Meta?</p><div role="radio">Ja</div><div role="radio">Nein</div>');
    expect(current('/help/contact/712876720715583', false)).toBe('fb-form-yes');
  });

  it('finds nothing on an empty page', () => {
    expect(current('/privacy/genai/', false)).toBeUndefined();
  });
});

describe('the routes of docs/meta-pages.md', () => {
  it('takes the Settings item only when the submenu has no Privacy Center', () => {
    html(`<div role="menu"><a role="menuitem" href="/settings/"><span>Settings</span></a>
      <a role="menuitem" href="/privacy/center/"><span>Privacy Center</span></a></div>`);
    expect(current('/')).toBe('fb-privacy-center');
    html('<div role="menu"><a role="menuitem" href="/settings/"><span>Settings</span></a></div>');
    expect(current('/')).toBe('fb-settings');
  });

  it('never takes the banner’s “Facebook menu” for the account menu; “Account” only exactly', () => {
    html(`<div role="navigation" aria-label="Account Controls and Settings">
      <div role="button" aria-label="Facebook menu"><svg aria-label="Facebook menu"><title>Facebook menu</title></svg></div>
      <div role="button" aria-label="Account settings shortcut"></div></div>`);
    expect(current('/')).toBeUndefined();
    html(`<div role="navigation" aria-label="Account Controls and Settings">
      <div role="button" aria-label="Facebook menu"></div><div role="button" aria-label="Account"></div></div>`);
    expect(pickCurrentStep(FACEBOOK_PLAYBOOK, fb('/'), labelLists())?.target.getAttribute('aria-label')).toBe('Account');
  });

  it('points at the notice’s link on the Privacy Center home, at “AI at Meta” when it has none', () => {
    html('<a href="https://www.facebook.com/privacy/guide/genai">AI at Meta</a>');
    expect(current('/privacy/center/', false)).toBe('fb-genai-topic');
    html(`<a href="https://www.facebook.com/privacy/guide/genai">AI at Meta</a>
      <p>You have the right to <a href="https://www.facebook.com/help/contact/712876720715583">object</a>.</p>`);
    expect(current('/privacy/center/', false)).toBe('fb-object-link');
  });

  it('on the chooser, points at the own-information option, never the third-party or other one', () => {
    html(`<div role="radiogroup">
      <div role="radio" aria-checked="false">I want to object to or restrict the processing of my personal information from third parties used for developing and improving AI at Meta</div>
      <div role="radio" aria-checked="false">I have a different objection</div>
      <div role="radio" aria-checked="false">I want to object to the use of my information for AI at Meta</div></div>`);
    const picked = pickCurrentStep(FACEBOOK_PLAYBOOK, fb('/help/contact/6359191084165019', false), labelLists());
    expect(picked?.step.id).toBe('fb-form-choice');
    expect(picked?.target.textContent).toBe('I want to object to the use of my information for AI at Meta');
  });

  it('points at the e-mailed code while empty, then at its confirm button — not at Send again', () => {
    html(`<textarea></textarea><input type="email" value="m@example.org"><div role="button">Send</div>
      <div role="dialog"><label for="c">Confirmation code</label><input id="c" type="text"><div role="button">Confirm</div></div>`);
    expect(current('/help/contact/6359191084165019', false)).toBe('fb-form-code');
    (document.getElementById('c') as HTMLInputElement).value = '123456';
    expect(current('/help/contact/6359191084165019', false)).toBe('fb-form-code-confirm');
  });
});

describe('Send waits for a country it cannot be sure of (perturbation seed 1360809625, variant #177)', () => {
  const FORM = 'https://help.instagram.com/contact/767264225370182';
  const ig = (lang: 'en' | 'es', doubt?: { unsure: boolean }) => {
    const picked = pickCurrentStep(INSTAGRAM_PLAYBOOK, stepsForUrl(INSTAGRAM_PLAYBOOK, new URL(FORM), true), labelLists(lang), document, doubt);
    return picked && `${picked.step.id} on <${picked.target.localName}${picked.target.id ? `#${picked.target.id}` : ''}>`;
  };
  /** A typeahead's row as saved (meta-flow.md, "Real markup"): text input, hidden code, its suggestion list. */
  const row = (id: string, label: string, hidden: string, typed: string, options: string[]) => `
    <div id="SupportFormRow.${id}"><label for="u_${id}">${label}</label>
      <div><div><span><input type="text" id="u_${id}" autocomplete="off" value="${typed}"></span></div></div>
      <input type="hidden" name="Field${id}${hidden}" value="">
      <ul role="listbox">${options.map((o) => `<li role="option" aria-selected="false">${o}</li>`).join('')}</ul></div>`;

  it('another typeahead\'s open list ("Países Bajos") is not the country field "País…": the country is marked, not Send', () => {
    html(`<style>@media (min-width: 701px) { .x1mobile { display: none } }</style>
      <form method="post" action="/ajax/help/contact/submit/page">
        <div><label for="e">Dirección de correo electrónico</label><input type="email" id="e" name="email" value="marie@example.org"></div>
        <div><label for="r">Indícanos cómo te afecta este tratamiento</label><textarea id="r"></textarea></div>
        ${row('1208', 'Ciudad', '_city_id', '', ['Países Bajos'])}
        ${row('3355', 'País de residencia', '_iso2_country_code', 'Aus', [])}
        <div class="x1mobile"><input type="text" autocomplete="off" placeholder="Selecciona un país"></div>
        <div><button value="Enviar"><span>Enviar</span></button></div>
      </form>
      <div style="position:fixed;bottom:8px;left:8px"><span>Menú</span></div>`);
    expect(ig('es')).toBe('ig-form-country on <input#u_3355>');
  });

  it('nor is the country\'s own list, open while "Pa" is typed: the field stays marked until a country is chosen', () => {
    html(`<form>
        <div><label for="e">Dirección de correo electrónico</label><input type="email" id="e" value="marie@example.org"></div>
        ${row('3355', 'País de residencia', '_iso2_country_code', 'Pa', ['Países Bajos', 'Panamá'])}
        <button><span>Enviar</span></button>
      </form>`);
    expect(ig('es')).toBe('ig-form-country on <input#u_3355>');
  });

  it('two country fields that cannot be told apart: neither, and not Send either (the empty one may be the real one)', () => {
    html(`<form>
        <div><label for="e">Email address</label><input type="email" id="e" value="marie@example.org"></div>
        ${row('1', 'Country of residence', '_iso2_country_code', '', [])}
        ${row('2', 'Country of residence', '_iso2_country_code', '', [])}
        <button><span>Send</span></button>
      </form>`);
    const doubt = { unsure: false };
    expect(ig('en', doubt)).toBeUndefined();
    expect(doubt.unsure).toBe(true);
  });
});
