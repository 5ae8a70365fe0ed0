import { beforeEach, describe, expect, it } from 'vitest';
import { findStepTarget } from '@/lib/engine/find-target';
import { surroundings } from '@/lib/engine/evidence';
import { FACEBOOK_PLAYBOOK } from '@/lib/playbooks/facebook';
import { INSTAGRAM_PLAYBOOK } from '@/lib/playbooks/instagram';
import { labelLists } from '@/lib/playbooks/label-lists';
import type { Playbook } from '@/lib/playbooks/schema';

/**
 * The matching engine's decisions, one fixture per DOM decision: the right target, or nothing
 * when the evidence stays unclear; never a look-alike.
 */
const OBJECTION = 'https://www.facebook.com/help/contact/712876720715583';
const THIRD_PARTY = 'https://www.facebook.com/help/contact/510058597920541';

function step(playbook: Playbook, id: string) {
  const found = playbook.steps.find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
}

/** The id of the element the step would mark, or null. */
function marked(playbook: Playbook, id: string, lang: 'en' | 'fr' | 'de' | null = null): string | null {
  return findStepTarget(step(playbook, id), labelLists(lang))?.id ?? null;
}

function page(markup: string) {
  // Test fixtures only: the extension itself never parses markup.
  document.body.innerHTML = markup;
}

beforeEach(() => document.body.replaceChildren());

describe('the link to object on the generative-AI page', () => {
  it('is the notice link, not the third-party link of the paragraph before it (fr)', () => {
    page(`<div role="main"><h1>L’IA chez Meta</h1>
      <p>Si des informations vous concernant provenant de tiers sont utilisées, <a id="tp" href="${THIRD_PARTY}">consultez cette page</a>.</p>
      <h2>Vos droits</h2>
      <p><span>Vous avez le droit de <a id="obj" role="link" href="${OBJECTION}"><span>vous opposer</span></a> à l’utilisation de vos informations.</span></p></div>`);
    expect(marked(FACEBOOK_PLAYBOOK, 'fb-object-link', 'fr')).toBe('obj');
  });

  it('is the notice link, not the third-party link of the paragraph before it (de)', () => {
    page(`<div role="main">
      <p>Informationen von Dritten: <a id="tp" href="${THIRD_PARTY}"><span>mehr dazu</span></a></p>
      <p><span>Du hast das Recht, der Verwendung deiner Informationen für diese Zwecke zu <a id="obj" href="${OBJECTION}">widersprechen</a>.</span></p></div>`);
    expect(marked(FACEBOOK_PLAYBOOK, 'fb-object-link', 'de')).toBe('obj');
  });

  it('tells them apart by their sentences when neither form id is known', () => {
    page(`<div role="main">
      <p>If information about you from third parties is used, <a id="tp" href="https://www.facebook.com/help/contact/111">learn more here</a>.</p>
      <p>You have the right to <a id="obj" href="https://www.facebook.com/help/contact/222">object</a> to Meta using your information.</p></div>`);
    expect(marked(FACEBOOK_PLAYBOOK, 'fb-object-link', 'en')).toBe('obj');
  });

  it('takes no other help form for it without its form id or its sentence (Privacy Center home)', () => {
    page(`<div role="main"><h1>Privacy Center</h1>
      <p><a id="help" href="https://www.facebook.com/help/contact/333">Contact us</a></p>
      <p><a id="topic" href="https://www.facebook.com/privacy/genai/">AI at Meta</a></p></div>`);
    expect(marked(FACEBOOK_PLAYBOOK, 'fb-object-link', 'en')).toBeNull();
    expect(marked(FACEBOOK_PLAYBOOK, 'fb-genai-topic', 'en')).toBe('topic');
  });

  it('marks nothing when two links stay equally likely', () => {
    page(`<div role="main">
      <p>You have the right to <a id="a" href="https://www.facebook.com/help/contact/111">object</a> to this.</p>
      <p>You have the right to <a id="b" href="https://www.facebook.com/help/contact/222">object</a> to that.</p></div>`);
    expect(marked(FACEBOOK_PLAYBOOK, 'fb-object-link', 'en')).toBeNull();
  });

  it('never marks a link to the third-party form, even worded and placed like the notice', () => {
    page(`<div role="main"><p>You have the right to <a id="tp" href="${THIRD_PARTY}">object</a> to Meta using your information.</p></div>`);
    expect(marked(FACEBOOK_PLAYBOOK, 'fb-object-link', 'en')).toBeNull();
  });

  it('marks nothing when the best candidate ties with a link to the third-party form', () => {
    page(`<div role="main">
      <p>You have the right to <a id="a" href="https://www.facebook.com/help/contact/111">object</a> here.</p>
      <p>You have the right to <a id="tp" href="${THIRD_PARTY}">object</a> there.</p></div>`);
    expect(marked(FACEBOOK_PLAYBOOK, 'fb-object-link', 'en')).toBeNull();
  });

  it('prefers the known objection form over another help form named alike', () => {
    page(`<div role="main">
      <p>Questions? <a id="help" href="https://www.facebook.com/help/contact/999">Contact us to object</a></p>
      <p>You have the right to <a id="obj" href="${OBJECTION}">object</a> to Meta using your information.</p></div>`);
    expect(marked(FACEBOOK_PLAYBOOK, 'fb-object-link', 'en')).toBe('obj');
  });

  it('marks the visible copy when a hidden one (mobile layout) comes first', () => {
    page(`<div role="main">
      <div style="display:none"><p>You have the right to <a id="mobile" href="${OBJECTION}">object</a>.</p></div>
      <p>You have the right to <a id="desktop" href="${OBJECTION}">object</a>.</p></div>`);
    expect(marked(FACEBOOK_PLAYBOOK, 'fb-object-link', 'en')).toBe('desktop');
  });

  it('marks the first of two visible copies leading to the same form', () => {
    page(`<div role="main"><p>You have the right to <a id="first" href="${OBJECTION}">object</a>.</p>
      <div role="dialog"><p>You have the right to <a id="second" href="${OBJECTION}">object</a>.</p></div></div>`);
    expect(marked(FACEBOOK_PLAYBOOK, 'fb-object-link', 'en')).toBe('first');
  });
});

describe('controls whose words are split or hold named icons', () => {
  it('finds Instagram\'s "More" although it holds an icon named "Settings"', () => {
    page(`<div role="navigation">
      <a id="home" role="link" href="/"><svg aria-label="Home"><title>Home</title></svg><span>Home</span></a>
      <a id="more" role="link" href="#"><div><svg aria-label="Settings" role="img"><title>Settings</title></svg></div><div><span><span>More</span></span></div></a>
    </div>`);
    expect(marked(INSTAGRAM_PLAYBOOK, 'ig-more-menu', 'en')).toBe('more');
    page(`<a id="plus" role="link" href="#"><svg aria-label="Options"><title>Options</title></svg><span>Plus</span></a>`);
    expect(marked(INSTAGRAM_PLAYBOOK, 'ig-more-menu', 'fr')).toBe('plus');
  });

  it('finds Facebook\'s profile button named only by the icon inside it', () => {
    page(`<div role="banner"><div id="profile" role="button" tabindex="0"><svg aria-label="Your profile" role="img"><image href="a.png"></image></svg></div></div>`);
    expect(marked(FACEBOOK_PLAYBOOK, 'fb-account-menu', 'en')).toBe('profile');
  });

  it('reads words split across spans as one name', () => {
    page(`<div role="menu"><div id="sp" role="menuitem"><span>Settings</span><span> &amp; </span><span>priv<span>acy</span></span></div></div>`);
    expect(marked(FACEBOOK_PLAYBOOK, 'fb-settings-privacy', 'en')).toBe('sp');
  });

  it('does not read a hidden copy of the words inside a control', () => {
    page(`<div role="navigation"><a id="more" role="link" href="#"><span style="display:none">Menu</span><span>More</span></a></div>`);
    expect(marked(INSTAGRAM_PLAYBOOK, 'ig-more-menu', 'en')).toBe('more');
  });

  it('ignores the same words outside the open menu (breadcrumbs, footer)', () => {
    page(`<nav aria-label="Breadcrumb"><a href="/privacy/center/">Privacy Center</a></nav>
      <div role="menu"><a id="pc" role="menuitem" href="/privacy/center/"><span>Privacy Center</span></a></div>
      <footer><a href="/privacy/center/?entry_point=facebook_page_footer">Privacy Center</a></footer>`);
    expect(marked(FACEBOOK_PLAYBOOK, 'fb-privacy-center', 'en')).toBe('pc');
  });
});

describe('surroundings', () => {
  it('is the sentence around a link, and nothing when that is the whole page', () => {
    page(`<p id="p">You have the right to <a id="a" href="#">object</a> to it.</p><main><a id="lone" href="#">object</a></main>`);
    expect(surroundings(document.getElementById('a')!)).toContain('You have the right to');
    expect(surroundings(document.getElementById('lone')!)).toBe('');
  });
});
