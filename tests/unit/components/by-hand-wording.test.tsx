import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AccountRow } from '@/components/AccountRow';
import { ProofPage } from '@/components/ProofPage';
import { addAccount, recordAccountSeen, recordObjection, recordObjectionByHand } from '@/lib/record/actions';
import { emptyState } from '@/lib/record/schema';

/**
 * What the popup's row and the printable proof say of an objection recorded by hand, in the
 * words of locales/en.yml: "recorded by hand", never Meta's confirmation seen.
 */

/** locales/en.yml as the browser serves it: a plural's forms joined with " | ", as WXT writes them. */
const EN = Object.fromEntries(
  Object.entries(load(readFileSync('locales/en.yml', 'utf8')) as Record<string, string | Record<string, string>>)
    .map(([key, value]) => [key, typeof value === 'string' ? value : Object.values(value).join(' | ')]),
);
const FB_FORM = 'https://www.facebook.com/help/contact/712876720715583';

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) =>
    [subs ?? []].flat().reduce((text, sub, i) => text.replace(`$${i + 1}`, sub), EN[key] ?? ''),
  );
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function record() {
  const state = emptyState();
  recordAccountSeen(state, 'facebook', 'marie.dupont', 'Marie Dupont');
  recordObjection(state, { platform: 'facebook', kind: 'own', formUrl: FB_FORM, confirmationText: 'We’ll honour your objection.' });
  addAccount(state, 'instagram', 'marie_app', 'marie_app');
  addAccount(state, 'instagram', 'jean_app', 'jean_app');
  recordObjectionByHand(state, 'instagram:marie_app');
  return state;
}

describe('an objection recorded by hand, in words', () => {
  it('the printable proof says "recorded by hand" for it alone', () => {
    const state = record();
    render(<ProofPage state={state} onBack={() => undefined} />, root);
    const articles = [...root.querySelectorAll('article.objection')];
    expect(articles).toHaveLength(2);
    expect(articles[0].querySelector('[data-recorded]')).toBeNull();
    expect(articles[0].querySelector('blockquote')?.textContent).toBe('We’ll honour your objection.');
    expect(articles[1].querySelector('[data-recorded="by-hand"]')?.textContent).toBe(EN.proofByHand);
    expect(EN.proofByHand).toMatch(/Recorded by hand.*did not see Meta's confirmation/);
    expect(articles[1].querySelector('blockquote')).toBeNull();
  });

  it('its popup row is sent, by hand, with Undo; a todo row offers the phone and "sent from the app"', () => {
    const state = record();
    const [, marie, jean] = state.accounts;
    render(<ul><AccountRow state={state} account={marie} /><AccountRow state={state} account={jean} /></ul>, root);
    const [sent, todo] = [...root.querySelectorAll<HTMLElement>('[data-account]')];
    expect(sent.dataset).toMatchObject({ status: 'sent', recorded: 'by-hand' });
    expect(sent.textContent).toContain('Recorded by hand on');
    expect(sent.querySelector('[data-action="undo-by-hand"]')).not.toBeNull();
    expect(sent.querySelector('[data-action="phone"], [data-action="mark-sent"]')).toBeNull();
    expect(todo.dataset.status).toBe('todo');
    expect(todo.dataset.recorded).toBeUndefined();
    expect(todo.querySelector('[data-action="phone"]')?.textContent).toBe('On my phone');
    expect(todo.querySelector('[data-action="mark-sent"]')?.textContent).toBe('I sent it from the app');
  });

  it('a row sent and seen confirmed on Meta’s page says "Sent on", recorded as seen', () => {
    const state = record();
    render(<ul><AccountRow state={state} account={state.accounts[0]} /></ul>, root);
    const row = root.querySelector<HTMLElement>('[data-account]')!;
    expect(row.dataset).toMatchObject({ status: 'sent', recorded: 'seen' });
    expect(row.textContent).toContain('Sent on');
    expect(row.textContent).not.toContain('by hand');
  });
});
