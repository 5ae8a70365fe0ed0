import { beforeEach, describe, expect, it } from 'vitest';
import { FACEBOOK_PLAYBOOK } from '@/lib/playbooks/facebook';
import { INSTAGRAM_PLAYBOOK } from '@/lib/playbooks/instagram';
import { currentMark } from './current-mark';

/**
 * One fixture per wrong mark the harder perturbation suite found (tests/replica/perturb/): each
 * failed before its fix in lib/engine/evidence.ts or the playbooks' evidence.
 */

const OBJECTION = 'https://www.facebook.com/help/contact/712876720715583';
const POLICY_FORM = 'https://www.facebook.com/help/contact/6359191084165019?entry_point=privacy_policy';
/** How the mobile layout's copies and copies kept for screen readers are put away. */
const OFF_SCREEN = '<style>.x1off { position: absolute; left: -10000px; top: -10000px }</style>';

beforeEach(() => document.body.replaceChildren());

describe('copies moved off the screen', () => {
  it('a copy of the notice link earlier in the page is not the one marked', () => {
    expect(currentMark(FACEBOOK_PLAYBOOK, 'https://www.facebook.com/privacy/genai/', `${OFF_SCREEN}
      <div class="x1off"><p><span>You have the right to <a id="copy" href="${OBJECTION}">object</a> to this.</span></p></div>
      <p><span>You have the right to <a id="obj" href="${OBJECTION}">object</a> to this.</span></p>`)).toBe('fb-object-link on #obj');
  });

  it('a copy of a button (no address to tell them apart) is no rival', () => {
    expect(currentMark(INSTAGRAM_PLAYBOOK, 'https://www.instagram.com/', `${OFF_SCREEN}
      <div class="x1off"><a id="copy" role="link" href="#"><svg aria-label="Settings"></svg><span>More</span></a></div>
      <a id="more" role="link" href="#"><svg aria-label="Settings"></svg><span>More</span></a>`)).toBe('ig-more-menu on #more');
  });

  it('an element laid out with a box off the page is no rival in a browser either (inline style)', () => {
    expect(currentMark(FACEBOOK_PLAYBOOK, 'https://www.facebook.com/privacy/genai/', `
      <p style="position:fixed;left:-5000px"><span>You have the right to <a id="copy" href="${OBJECTION}">object</a>.</span></p>
      <p><span>You have the right to <a id="obj" href="${OBJECTION}">object</a>.</span></p>`)).toBe('fb-object-link on #obj');
  });
});

describe('the Privacy Policy route', () => {
  const ARTICLE = 'https://www.facebook.com/privacy/policy/generative-ai/';

  it('"Learn more and submit requests here" is the link after the right-to-object sentence, not another help form with the same words', () => {
    expect(currentMark(FACEBOOK_PLAYBOOK, ARTICLE, `
      <section><h2>Help Center</h2><p>Report a problem: <a id="other" href="https://www.facebook.com/help/contact/123456789012345">Learn more and submit requests here</a></p></section>
      <div role="button" aria-expanded="true">Your right to object</div>
      <div><p>You have the right to object to the processing of your information. <a id="req" href="${POLICY_FORM}">Learn more and submit requests here</a></p></div>`)).toBe('fb-policy-requests on #req');
  });

  it('the generative-AI article is the policy\'s own, not a help-center article with the same title', () => {
    expect(currentMark(FACEBOOK_PLAYBOOK, 'https://www.facebook.com/privacy/policy/', `
      <ul><li><a id="help" href="/help/123456789">How Meta uses information for generative AI models and features</a></li></ul>
      <div role="button" aria-expanded="true">Other policies and articles</div>
      <div><a id="article" href="/privacy/policy/generative-ai/">How Meta uses information for generative AI models and features</a></div>`)).toBe('fb-policy-genai on #article');
  });

  it('an accordion already open is not pointed at when its panel\'s link is unclear', () => {
    expect(currentMark(FACEBOOK_PLAYBOOK, 'https://www.facebook.com/privacy/policy/generative-ai/', `
      <div id="open" role="button" aria-expanded="true">Your right to object</div>
      <div><p>You have the right to object. <a href="/help/contact/111111111111111">Learn more and submit requests here</a></p>
      <p>You have the right to object. <a href="/help/contact/222222222222222">Learn more and submit requests here</a></p></div>`)).toBe(null);
  });

  it('a closed accordion is', () => {
    expect(currentMark(FACEBOOK_PLAYBOOK, 'https://www.facebook.com/privacy/policy/generative-ai/', `
      <div id="closed" role="button" tabindex="0" aria-expanded="false"><span>Your right to object</span></div><div></div>`)).toBe('fb-policy-object on #closed');
  });
});

describe('names of other places on icons inside the current target', () => {
  it('an icon titled like the next target ("Privacy Center") inside "Settings & privacy" is not that target', () => {
    expect(currentMark(FACEBOOK_PLAYBOOK, 'https://www.facebook.com/', `
      <div role="button" tabindex="0"><svg role="img" aria-label="Your profile"></svg></div>
      <div><div role="menu">
        <div id="sp" role="listitem" tabindex="0"><span><svg role="img" aria-label="Privacy Center"><title>Privacy Center</title></svg></span><span>Settings &amp; privacy</span></div>
        <div role="listitem" tabindex="0"><span>Help &amp; support</span></div>
      </div></div>`)).toBe('fb-settings-privacy on #sp');
  });
});
