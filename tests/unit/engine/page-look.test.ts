import { beforeEach, describe, expect, it, vi } from 'vitest';
import { pickCurrentStep, stepsForUrl } from '@/lib/engine/current-step';
import { PageLook } from '@/lib/engine/page-look';
import * as ownWords from '@/lib/page/own-words';
import { FACEBOOK_PLAYBOOK } from '@/lib/playbooks/facebook';
import { labelLists } from '@/lib/playbooks/label-lists';

const PRIVACY_CENTER = stepsForUrl(FACEBOOK_PLAYBOOK, new URL('https://www.facebook.com/privacy/center/'), false);
const scan = () => pickCurrentStep(FACEBOOK_PLAYBOOK, PRIVACY_CENTER, labelLists());

function html(markup: string) {
  // Test fixtures only: the extension itself never parses markup.
  document.body.innerHTML = markup;
}

beforeEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('PageLook: what one scan reads of the page', () => {
  it('selects once per selector, in document order', () => {
    html('<a href="/a" id="a">A</a><button id="b">B</button><a href="/c" id="c">C</a>');
    const look = new PageLook(document);
    const links = look.select('a[href]');
    expect(links.map((el) => el.id)).toEqual(['a', 'c']);
    expect(look.select('a[href]')).toBe(links);
  });

  it('reads each control\'s names once, however many matchers of however many steps compare them', () => {
    html(`<ul>${Array.from({ length: 20 }, (_, i) => `<li><a href="/privacy/guide/topic-${i}/">Topic ${i}</a></li>`).join('')}</ul>
      <a href="/privacy/genai/">AI at Meta</a>`);
    const names = vi.spyOn(ownWords, 'controlNames');
    expect(scan()?.step.id).toBe('fb-genai-topic');
    const perElement = new Map<Element, number>();
    for (const [el] of names.mock.calls) perElement.set(el, (perElement.get(el) ?? 0) + 1);
    expect(perElement.size).toBeGreaterThan(20);
    expect(Math.max(...perElement.values())).toBe(1);
  });

  it('is made anew for each scan: a page changed between two scans is read again', () => {
    html('<a href="/privacy/guide/settings/">Your privacy settings</a>');
    expect(scan()).toBeUndefined();
    document.body.insertAdjacentHTML('beforeend', '<a href="/privacy/genai/" id="ai">AI at Meta</a>');
    expect(scan()?.target.id).toBe('ai');
    document.getElementById('ai')!.textContent = 'Your activity';
    document.getElementById('ai')!.setAttribute('href', '/privacy/guide/activity/');
    expect(scan()).toBeUndefined();
  });
});
