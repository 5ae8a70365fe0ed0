import { describe, expect, it } from 'vitest';
import { buildReport, scrubHref } from '@/lib/content/report';
import { labelLists } from '@/lib/playbooks/label-lists';

/** "Copy a report" must carry the page's structure and nothing personal. */
function report(markup: string) {
  // Test fixtures only: the extension itself never parses markup.
  document.body.innerHTML = markup;
  return buildReport({ step: 'fb-object-link', version: '1.2.3', labels: labelLists('en') });
}

describe('buildReport', () => {
  const page = `<div role="banner"><div role="button" aria-label="Your profile"><svg aria-label="Marie Dupont"></svg></div></div>
    <div role="main">
      <a role="link" href="https://www.facebook.com/marie.dupont"><span>Marie Dupont</span></a>
      <div role="article"><p>My private post about my holiday, mail me at marie@example.org</p></div>
      <p>You have the right to <a href="https://www.facebook.com/help/contact/712876720715583?ref=abc123">object</a>.</p>
      <a href="mailto:marie@example.org">Contact Marie</a>
      <a href="https://www.facebook.com/groups/123456789/posts/987">Group</a>
      <input type="email" aria-label="Email address" value="marie@example.org">
      <div data-opposer-ui><span>Opposer's own panel</span></div>
    </div>`;

  it('keeps the structure: tags, roles, known UI words, form ids, the step and the version', () => {
    const r = report(page);
    expect(r.step).toBe('fb-object-link');
    expect(r.opposer).toBe('1.2.3');
    expect(r.nodes).toContainEqual(expect.objectContaining({ tag: 'div', role: 'button', name: 'Your profile' }));
    expect(r.nodes).toContainEqual(expect.objectContaining({ tag: 'a', name: 'object', href: 'https://www.facebook.com/help/contact/712876720715583' }));
    expect(r.nodes).toContainEqual(expect.objectContaining({ tag: 'input', name: 'Email address' }));
  });

  it('never holds post content, people\'s names or e-mail addresses', () => {
    const text = JSON.stringify(report(page));
    for (const secret of ['Marie', 'marie', 'Dupont', 'holiday', 'example.org', 'private post', '123456789', 'abc123', 'Opposer\'s own']) {
      expect(text, secret).not.toContain(secret);
    }
    expect(text).toContain('[12 chars]');
  });
});

describe('scrubHref', () => {
  it('keeps help form ids and section paths; drops queries, profiles, other digits and other sites', () => {
    expect(scrubHref('https://help.instagram.com/contact/767264225370182?x=1')).toBe('https://help.instagram.com/contact/767264225370182');
    expect(scrubHref('https://www.facebook.com/privacy/genai/?entry_point=notice')).toBe('https://www.facebook.com/privacy/genai/');
    expect(scrubHref('https://www.instagram.com/marie_dupont/')).toBe('https://www.instagram.com/[profile]/');
    expect(scrubHref('https://www.facebook.com/profile.php?id=1000123')).toBe('https://www.facebook.com/profile.php');
    expect(scrubHref('https://accountscenter.facebook.com/profiles/1000123/')).toBe('https://accountscenter.facebook.com/profiles/0000000/');
    expect(scrubHref('https://example.org/marie')).toBe('https://example.org/[…]');
    expect(scrubHref('mailto:marie@example.org')).toBe('mailto:[scrubbed]');
  });
});
