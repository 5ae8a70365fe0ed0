import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Guide, type GuideBackend } from '@/lib/content/guide';
import { FACEBOOK_PLAYBOOK } from '@/lib/playbooks/facebook';
import { labelLists } from '@/lib/playbooks/label-lists';
import type { GuideContext } from '@/lib/record/messages';
import { texts } from './guide-texts';

/** The background's answer during a guided session (run-site.ts passes it on). */
function backend(): GuideBackend {
  const context: GuideContext = { session: true, guiding: true, reasonTemplate: 'My reason', followedFormUrl: null, labels: labelLists() };
  return {
    context: () => Promise.resolve(context),
    objectionSent: () => Promise.resolve(),
    formFollowed: () => Promise.resolve(),
    taskDone: () => Promise.resolve(),
    taskNotPossible: () => Promise.resolve(),
    stop: () => Promise.resolve(),
  };
}

const goTo = (url: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
const PROFILE_BUTTON = '<div role="button" aria-label="Your profile" id="menu"></div>';
const TOPIC_LINK = '<a href="/privacy/genai/" id="topic">AI at Meta</a>';

// The happy-dom window is shared with the files that run next in this thread: its width is put back.
let width: number;
beforeEach(() => {
  width = innerWidth;
  document.body.replaceChildren();
});
afterEach(() => Object.assign(window, { innerWidth: width }));

async function guideOn(url: string, html: string, pageWidth: number): Promise<Guide> {
  Object.assign(window, { innerWidth: pageWidth });
  goTo(url);
  document.body.innerHTML = html;
  const guide = new Guide(FACEBOOK_PLAYBOOK, texts, backend());
  await guide.onLocation();
  return guide;
}

describe('the guide at a phone’s width', () => {
  it('marks the feed’s account menu on a computer, nothing at 390 px', async () => {
    const desktop = await guideOn('https://www.facebook.com/', PROFILE_BUTTON, 1280);
    await vi.waitFor(() => expect(document.getElementById('menu')!.getAttribute('data-opposer-step')).toBe('fb-account-menu'));
    desktop.stop();
    const phone = await guideOn('https://www.facebook.com/', PROFILE_BUTTON, 390);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.querySelector('[data-opposer-step]')).toBeNull();
    phone.stop();
  });

  it('on the Privacy Center, marks the AI topic at 390 px as on a computer, counted from there', async () => {
    const counter = () => document.querySelector('[data-opposer-ui]')?.shadowRoot?.querySelector('.count')?.textContent;
    const desktop = await guideOn('https://www.facebook.com/privacy/center/', TOPIC_LINK, 1280);
    await vi.waitFor(() => expect(document.getElementById('topic')!.getAttribute('data-opposer-step')).toBe('fb-genai-topic'));
    expect(counter()).toBe('Step 4 of 7');
    desktop.stop();
    const phone = await guideOn('https://www.facebook.com/privacy/center/', TOPIC_LINK, 390);
    await vi.waitFor(() => expect(document.getElementById('topic')!.getAttribute('data-opposer-step')).toBe('fb-genai-topic'));
    // The way there on a computer (account menu, Settings & privacy, Privacy Center) is no step of a phone's.
    expect(counter()).toBe('Step 1 of 4');
    phone.stop();
  });
});
