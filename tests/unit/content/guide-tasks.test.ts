import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Guide, type GuideBackend, type GuideOptions, type GuidePlaybook } from '@/lib/content/guide';
import { labelLists } from '@/lib/playbooks/label-lists';
import { TASK_PLAYBOOKS } from '@/lib/playbooks/task-registry';
import { texts } from './guide-texts';


/** The background's answer for a task's playbook, as run-site.ts passes it on. */
function backend(running = true) {
  return {
    context: vi.fn(() => Promise.resolve({ labels: labelLists('en'), guiding: running, session: false, followedFormUrl: null, reasonTemplate: null })),
    objectionSent: vi.fn(() => Promise.resolve()),
    formFollowed: vi.fn(() => Promise.resolve()),
    done: vi.fn((_seen: Parameters<GuideBackend['taskDone']>[0]) => Promise.resolve()),
    notPossible: vi.fn((_seen: Parameters<GuideBackend['taskNotPossible']>[0]) => Promise.resolve()),
    stop: vi.fn(() => Promise.resolve()),
  };
}

/** The task's guide: the one engine, with the test's backend. */
function taskGuide(playbook: GuidePlaybook, api: ReturnType<typeof backend>, options?: GuideOptions): Guide {
  return new Guide(playbook, texts, { ...api, taskDone: api.done, taskNotPossible: api.notPossible }, options);
}

function goTo(url: string) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

const marked = () => document.querySelector('[data-opposer-step]')?.getAttribute('data-opposer-step') ?? null;

/** Instagram's switch; `professional` disables it as Instagram does. */
function privacyPage(professional = false): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.setAttribute('role', 'switch');
  input.setAttribute('aria-label', 'Private account');
  input.setAttribute('aria-checked', 'false');
  input.disabled = professional;
  document.body.append(input);
  return input;
}

function dialog(confirmLabel: string): HTMLElement {
  const box = document.createElement('div');
  box.setAttribute('role', 'dialog');
  const button = document.createElement('div');
  button.setAttribute('role', 'button');
  button.textContent = confirmLabel;
  box.append(button);
  document.body.append(box);
  return box;
}

let guide: Guide | undefined;
beforeEach(() => document.body.replaceChildren());
afterEach(() => guide?.stop());

describe('Guide on a task', () => {
  it('asks nothing on a page that is not the task’s, and stays asleep when the user did not start the task', async () => {
    goTo('https://www.instagram.com/');
    const api = backend();
    guide = taskGuide(TASK_PLAYBOOKS['private-account'], api);
    await guide.onLocation();
    expect(api.context).not.toHaveBeenCalled();

    goTo('https://www.instagram.com/accounts/who_can_see_your_content/');
    privacyPage();
    const idle = backend(false);
    guide = taskGuide(TASK_PLAYBOOKS['private-account'], idle);
    await guide.onLocation();
    expect(idle.context).toHaveBeenCalledTimes(1);
    expect(marked()).toBeNull();
  });

  it('points at the switch while off, then at the dialog’s button, and records done only once the switch is on', async () => {
    goTo('https://www.instagram.com/accounts/who_can_see_your_content/');
    const input = privacyPage();
    const api = backend();
    guide = taskGuide(TASK_PLAYBOOKS['private-account'], api);
    await guide.onLocation();
    await vi.waitFor(() => expect(marked()).toBe('ig-private-switch'));
    // A click the page cancels flips `checked` for a moment: aria-checked is what counts.
    input.checked = true;
    const box = dialog('Switch to private');
    await vi.waitFor(() => expect(marked()).toBe('ig-private-confirm'));
    expect(api.done).not.toHaveBeenCalled();
    input.checked = false;
    box.remove();
    input.setAttribute('aria-checked', 'true');
    await vi.waitFor(() => expect(api.done).toHaveBeenCalledTimes(1));
    expect(marked()).toBeNull();
  });

  it('says a professional account cannot be private and points at nothing', async () => {
    goTo('https://www.instagram.com/accounts/who_can_see_your_content/');
    privacyPage(true);
    const api = backend();
    guide = taskGuide(TASK_PLAYBOOKS['private-account'], api);
    await guide.onLocation();
    await vi.waitFor(() => expect(api.notPossible).toHaveBeenCalledWith(expect.objectContaining({ reason: 'professional-account' })));
    expect(marked()).toBeNull();
    expect(api.done).not.toHaveBeenCalled();
  });

  it('records "limit past posts" only after the marked confirm button was clicked and its dialog closed', async () => {
    goTo('https://www.facebook.com/settings/?tab=posts');
    const open = document.createElement('div');
    open.setAttribute('role', 'button');
    open.textContent = 'Limit past posts';
    const audience = document.createElement('div');
    audience.setAttribute('role', 'button');
    audience.setAttribute('aria-label', 'Edit privacy. Sharing with Public.');
    document.body.append(audience, open);
    const api = backend();
    guide = taskGuide(TASK_PLAYBOOKS['limit-past-posts'], api);
    await guide.onLocation();
    await vi.waitFor(() => expect(marked()).toBe('fb-limit-past-posts'));
    expect(open.getAttribute('data-opposer-step')).toBe('fb-limit-past-posts');

    // Cancelled: the dialog closes without its marked button being clicked.
    let box = dialog('Limit old posts');
    await vi.waitFor(() => expect(marked()).toBe('fb-limit-confirm'));
    box.remove();
    await vi.waitFor(() => expect(marked()).toBe('fb-limit-past-posts'));
    await new Promise((r) => setTimeout(r, 800));
    expect(api.done).not.toHaveBeenCalled();

    box = dialog('Limit old posts');
    await vi.waitFor(() => expect(marked()).toBe('fb-limit-confirm'));
    (box.querySelector('[data-opposer-step]') as HTMLElement).click();
    box.remove();
    await vi.waitFor(() => expect(api.done).toHaveBeenCalledTimes(1), { timeout: 2000 });
  });
});

describe('Guide on a task: fallback', () => {
  it('offers the way round (Privacy Checkup) when "Limit past posts" cannot be found', async () => {
    goTo('https://www.facebook.com/settings/?tab=posts');
    const api = backend();
    guide = taskGuide(TASK_PLAYBOOKS['limit-past-posts'], api, { fallbackMs: 50 });
    await guide.onLocation();
    const panelText = () => document.querySelector('[data-opposer-ui]')?.shadowRoot?.textContent ?? '';
    await vi.waitFor(() => expect(panelText()).toContain('cannot find fb-limit-past-posts'));
    const link = document.querySelector('[data-opposer-ui]')?.shadowRoot?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://www.facebook.com/privacy/checkup/');
    expect(marked()).toBeNull();
  });

  it('on Privacy Checkup, offers the older Privacy tab instead', async () => {
    goTo('https://www.facebook.com/privacy/checkup/');
    guide = taskGuide(TASK_PLAYBOOKS['limit-past-posts'], backend(), { fallbackMs: 50 });
    await guide.onLocation();
    await vi.waitFor(() => {
      const link = document.querySelector('[data-opposer-ui]')?.shadowRoot?.querySelector('a');
      expect(link?.getAttribute('href')).toBe('https://www.facebook.com/settings?tab=privacy');
    });
  });
});
