import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Guide, type GuideBackend } from '@/lib/content/guide';
import { FACEBOOK_PLAYBOOK } from '@/lib/playbooks/facebook';
import { labelLists } from '@/lib/playbooks/label-lists';
import type { GuideContext } from '@/lib/record/messages';
import { texts } from '../content/guide-texts';

const AI_PAGE = 'https://www.facebook.com/privacy/genai/';
const AI_PAGE_HTML =
  '<section><p>You have the right to object to the use of your information.</p><p><a id="object" href="https://www.facebook.com/help/contact/123456">object</a></p></section>';

/** A background whose answer changes when the record does: `answer.guiding` is read on every question. */
function backend(answer: { guiding: boolean }) {
  return {
    context: vi.fn(() => Promise.resolve({ session: false, reasonTemplate: 'My reason', followedFormUrl: null, labels: labelLists(), ...answer } satisfies GuideContext)),
    objectionSent: () => Promise.resolve(),
    formFollowed: () => Promise.resolve(),
    taskDone: () => Promise.resolve(),
    taskNotPossible: () => Promise.resolve(),
    stop: () => Promise.resolve(),
  } satisfies GuideBackend;
}

async function guideOnAiPage(answer: { guiding: boolean }) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(AI_PAGE);
  document.body.innerHTML = AI_PAGE_HTML;
  const api = backend(answer);
  const guide = new Guide(FACEBOOK_PLAYBOOK, texts, api);
  await guide.onLocation();
  await vi.waitFor(() => expect(document.getElementById('object')!.getAttribute('data-opposer-step')).toBe('fb-object-link'));
  return { guide, api };
}

/** Two tabs on the AI page: the objection sent from the other one changes the record (run-site.ts listens). */
describe('Guide.refresh: the record changed elsewhere', () => {
  beforeEach(() => document.body.replaceChildren());

  it('the account is done now: the "object" link is no longer marked', async () => {
    const answer = { guiding: true };
    const { guide, api } = await guideOnAiPage(answer);
    answer.guiding = false; // the objection was sent from another tab
    await guide.refresh();
    expect(api.context).toHaveBeenCalledTimes(2);
    expect(document.querySelector('[data-opposer-step]')).toBeNull();
    guide.stop();
  });

  it('an unchanged answer (an account seen, another tab loading) leaves the mark where it is, untouched', async () => {
    const answer = { guiding: true };
    const { guide } = await guideOnAiPage(answer);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-opposer-step'] });
    await guide.refresh();
    await new Promise((resolve) => setTimeout(resolve, 20));
    observer.disconnect();
    expect(changes).toEqual([]);
    expect(document.getElementById('object')!.getAttribute('data-opposer-step')).toBe('fb-object-link');
    guide.stop();
  });

  it('an account not done any more (the record imported, an objection removed): the mark comes back', async () => {
    const answer = { guiding: true };
    const { guide } = await guideOnAiPage(answer);
    answer.guiding = false;
    await guide.refresh();
    answer.guiding = true;
    await guide.refresh();
    await vi.waitFor(() => expect(document.getElementById('object')!.getAttribute('data-opposer-step')).toBe('fb-object-link'));
    guide.stop();
  });
});
