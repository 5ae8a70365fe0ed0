// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { elementsOutside } from '@/lib/page/outside';

const WANTED = '[role="navigation"], nav';
const PRUNED = '[role="main"], [role="dialog"]';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('elementsOutside', () => {
  it('finds the wanted elements outside the pruned ones, in document order, nested ones too', () => {
    const doc = page(`
      <nav id="a"><div role="navigation" id="b"></div></nav>
      <div role="main"><nav id="in-main"></nav></div>
      <div><div role="navigation" id="c"></div></div>
      <nav role="dialog" id="itself-pruned"></nav>`);
    expect(elementsOutside(doc, WANTED, PRUNED).map((el) => el.id)).toEqual(['a', 'b', 'c']);
  });

  it('finds nothing when every wanted element is inside a pruned one', () => {
    const doc = page('<div role="dialog"><nav></nav><div><nav></nav></div></div>');
    expect(elementsOutside(doc, WANTED, PRUNED)).toEqual([]);
  });

  it('never looks inside a pruned subtree', () => {
    const doc = page(`<nav id="a"></nav><div role="main">${'<div><span></span></div>'.repeat(50)}</div>`);
    const matches = vi.spyOn(Element.prototype, 'matches');
    try {
      expect(elementsOutside(doc, WANTED, PRUNED).map((el) => el.id)).toEqual(['a']);
      const looked = new Set(matches.mock.contexts as Element[]);
      expect(looked.has(doc.querySelector('[role="main"]')!)).toBe(true); // looked at, then not entered
      expect([...looked].some((el) => el.closest('[role="main"]') && el.getAttribute('role') !== 'main')).toBe(false);
      expect(looked.size).toBeLessThan(10);
    } finally {
      matches.mockRestore();
    }
  });
});
