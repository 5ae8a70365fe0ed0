import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Guide, type GuideBackend } from '@/lib/content/guide';
import { FACEBOOK_PLAYBOOK } from '@/lib/playbooks/facebook';
import { labelLists } from '@/lib/playbooks/label-lists';
import type { GuideContext } from '@/lib/record/messages';
import { texts } from './guide-texts';


/** The background's answer for the site's playbook, as run-site.ts passes it on. */
function backend(context: Partial<GuideContext> = {}) {
  const c: GuideContext = { session: false, guiding: true, reasonTemplate: 'My reason', followedFormUrl: null, labels: labelLists(), ...context };
  return {
    context: vi.fn(() => Promise.resolve(c)),
    objectionSent: vi.fn((_sent: Parameters<GuideBackend['objectionSent']>[0]) => Promise.resolve()),
    formFollowed: vi.fn(() => Promise.resolve()),
    taskDone: vi.fn(() => Promise.resolve()),
    taskNotPossible: vi.fn(() => Promise.resolve()),
    stop: vi.fn(() => Promise.resolve()),
  } satisfies GuideBackend;
}

/** The Facebook guide started on `url`, whose page body is `html` (when given). */
async function startOn(url: string, html: string | null, api: GuideBackend = backend()): Promise<Guide> {
  goTo(url);
  if (html !== null) document.body.innerHTML = html;
  const guide = new Guide(FACEBOOK_PLAYBOOK, texts, api);
  await guide.onLocation();
  return guide;
}

function goTo(url: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

let observers = 0;
const RealObserver = globalThis.MutationObserver;
beforeEach(() => {
  document.body.replaceChildren();
  observers = 0;
  globalThis.MutationObserver = class extends RealObserver {
    constructor(cb: MutationCallback) {
      super(cb);
      observers++;
    }
  };
});
afterEach(() => {
  globalThis.MutationObserver = RealObserver;
});

describe('Guide', () => {
  it('asks nothing and watches nothing on a page off the path', async () => {
    goTo('https://www.facebook.com/privacy/checkup/');
    const api = backend();
    const guide = new Guide({ ...FACEBOOK_PLAYBOOK, steps: FACEBOOK_PLAYBOOK.steps.filter((s) => !s.sessionOnly) }, texts, api);
    await guide.onLocation();
    expect(api.context).not.toHaveBeenCalled();
    expect(observers).toBe(0);
    guide.stop();
  });

  it('on the feed with no guided session: one question, then sleep (no observer)', async () => {
    goTo('https://www.facebook.com/');
    const api = backend({ session: false });
    const guide = new Guide(FACEBOOK_PLAYBOOK, texts, api);
    await guide.onLocation();
    expect(api.context).toHaveBeenCalledTimes(1);
    expect(observers).toBe(0);
    guide.stop();
  });

  it('during a session, marks the target when it renders late', async () => {
    const guide = await startOn('https://www.facebook.com/', null, backend({ session: true }));
    expect(observers).toBe(1);
    const button = document.createElement('div');
    button.setAttribute('role', 'button');
    button.setAttribute('aria-label', 'Your profile');
    document.body.append(button);
    await vi.waitFor(() => expect(button.getAttribute('data-opposer-step')).toBe('fb-account-menu'));
    guide.stop();
    expect(button.hasAttribute('data-opposer-step')).toBe(false);
  });

  it('a panel changing every frame elsewhere does not keep it scanning: a link inserted next is marked at once', async () => {
    const guide = await startOn('https://www.facebook.com/privacy/center/', '<nav><ul id="topics"><li><a href="/privacy/guide/sharing/">Sharing</a></li></ul></nav><aside id="activity"></aside>');
    const activity = document.getElementById('activity')!;
    const microtasks = () => new Promise<void>((resolve) => queueMicrotask(resolve));
    for (let i = 0; i < 5; i++) {
      activity.insertAdjacentHTML('afterbegin', `<div><span>Activity ${i}</span> <time>${i} s</time></div>`);
      await microtasks();
    }
    // A scan for the panel would have spaced the next one by the throttle's gap (8 ms at least).
    document.getElementById('topics')!.insertAdjacentHTML('beforeend', '<li><a id="ai" href="/privacy/genai/">AI at Meta</a></li>');
    await microtasks();
    expect(document.getElementById('ai')!.getAttribute('data-opposer-step')).toBe('fb-genai-topic');
    guide.stop();
  });

  it('while its candidates have not settled, words rendered later beside them still count', async () => {
    const guide = await startOn('https://www.facebook.com/privacy/genai/', '<section><div id="notice"></div><p><a id="object" href="https://www.facebook.com/help/contact/123456">object</a></p></section>');
    // A link to an unknown help form, with no notice around it yet: no proof, nothing marked.
    expect(document.querySelector('[data-opposer-step]')).toBeNull();
    document.getElementById('notice')!.insertAdjacentHTML('beforeend', '<p>You have the right to object to the use of your information.</p>');
    await vi.waitFor(() => expect(document.getElementById('object')!.getAttribute('data-opposer-step')).toBe('fb-object-link'));
    guide.stop();
  });

  it('shows nothing on the Privacy Center for an account already done', async () => {
    const guide = await startOn('https://www.facebook.com/privacy/center/', '<a href="/privacy/genai/">AI at Meta</a>', backend({ guiding: false }));
    expect(document.querySelector('[data-opposer-step]')).toBeNull();
    expect(observers).toBe(0);
    guide.stop();
  });

  it('prefills the reason once, and records the confirmation that replaces the form', async () => {
    const api = backend();
    const guide = await startOn('https://www.facebook.com/help/contact/712876720715583', '<form><input type="email" value="a@b.c"><textarea></textarea><div role="button">Send</div></form>', api);
    const textarea = document.querySelector('textarea')!;
    expect(textarea.value).toBe('My reason');
    expect(textarea.getAttribute('data-opposer-prefilled')).toBe('true');
    expect(document.querySelector('[data-opposer-step]')?.textContent).toBe('Send');
    document.body.innerHTML = '<div><p>We’ll honour your objection. This means that from now on…</p></div>';
    await vi.waitFor(() => expect(api.objectionSent).toHaveBeenCalledTimes(1));
    expect(api.objectionSent.mock.calls[0]?.[0]).toMatchObject({ kind: 'own', formUrl: 'https://www.facebook.com/help/contact/712876720715583' });
    expect(api.objectionSent.mock.calls[0]?.[0].confirmationText).toMatch(/honour your objection/);
    guide.stop();
  });

  it('ignores an unknown help form unless it was opened from the notice', async () => {
    const guide = await startOn('https://www.facebook.com/help/contact/999', '<input type="email" value=""><textarea></textarea><div role="button">Send</div>');
    expect(document.querySelector('textarea')!.value).toBe('');
    guide.stop();
    const followed = new Guide(FACEBOOK_PLAYBOOK, texts, backend({ followedFormUrl: 'https://www.facebook.com/help/contact/999' }));
    await followed.onLocation();
    expect(document.querySelector('textarea')!.value).toBe('My reason');
    followed.stop();
  });
});
