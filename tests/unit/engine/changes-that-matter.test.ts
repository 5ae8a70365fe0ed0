import { describe, expect, it } from 'vitest';
import { candidateSelector, changesMatter } from '@/lib/engine/changes-that-matter';
import { FACEBOOK_PLAYBOOK } from '@/lib/playbooks/facebook';

/** The Privacy Center's steps: what the guide looks for there. */
const SELECTOR = candidateSelector(FACEBOOK_PLAYBOOK.steps.filter((s) => s.id === 'fb-genai-topic' || s.id === 'fb-object-link'));

const PAGE = `
  <nav><ul id="topics"><li><a href="/privacy/guide/sharing/">Sharing</a></li><li id="empty"><a href="/privacy/genai/"></a></li></ul></nav>
  <main id="cards"><section><h2>Topic</h2><p>${'Learn how your information is used and the choices you have. '.repeat(4)}</p><p id="para"></p></section></main>
  <aside id="activity"><div><span>Activity 1</span> <time>1 s</time></div></aside>`;

/** The records one change to the fixture page makes, as the guide's observer would get them. */
function recordsOf(change: () => void): MutationRecord[] {
  document.body.innerHTML = PAGE;
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'aria-expanded'] });
  change();
  const records = observer.takeRecords();
  observer.disconnect();
  expect(records.length, 'the change made no record').toBeGreaterThan(0);
  return records;
}
const $ = (css: string) => document.querySelector(css)!;

describe('changesMatter: which changes can change what the guide marks', () => {
  it('a panel that changes every frame with no control in it does not', () => {
    const records = recordsOf(() => {
      const item = document.createElement('div');
      item.innerHTML = '<span>Activity 2</span> <time>2 s</time>';
      $('#activity').prepend(item);
      $('#activity').lastElementChild!.remove();
    });
    expect(changesMatter(records, SELECTOR)).toBe(false);
  });

  it('words added to a long section, beside its links, do not', () => {
    expect(changesMatter(recordsOf(() => $('#para').append('More words.')), SELECTOR)).toBe(false);
  });

  it('a link inserted or removed does', () => {
    expect(changesMatter(recordsOf(() => $('#topics').insertAdjacentHTML('beforeend', '<li><a href="/privacy/genai/">AI at Meta</a></li>')), SELECTOR)).toBe(true);
    expect(changesMatter(recordsOf(() => $('#topics li').remove()), SELECTOR)).toBe(true);
  });

  it('words rendered late inside a link do: its name changed', () => {
    expect(changesMatter(recordsOf(() => $('#empty a').append('AI at Meta')), SELECTOR)).toBe(true);
    expect(changesMatter(recordsOf(() => $('#empty a').insertAdjacentHTML('beforeend', '<span>AI at Meta</span>')), SELECTOR)).toBe(true);
  });

  it('an element carrying the mark coming or going does, whatever it is', () => {
    const records = recordsOf(() => {
      const marked = document.createElement('div');
      marked.setAttribute('data-opposer-step', 'fb-genai-topic');
      $('#activity').append(marked);
    });
    expect(changesMatter(records, SELECTOR)).toBe(true);
  });

  it('a watched attribute does', () => {
    expect(changesMatter(recordsOf(() => $('#activity').setAttribute('hidden', '')), SELECTOR)).toBe(true);
  });
});
