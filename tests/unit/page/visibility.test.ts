import { describe, expect, it } from 'vitest';
import { isVisible } from '@/lib/page/visibility';

describe('isVisible', () => {
  it('is true for a rendered element, false for one hidden from people in any usual way', () => {
    document.body.innerHTML = `
      <button id="shown">Send</button>
      <div hidden><button id="in-hidden">Send</button></div>
      <div aria-hidden="true"><button id="in-aria-hidden">Send</button></div>
      <div inert><button id="in-inert">Send</button></div>
      <button id="display-none" style="display: none">Send</button>
      <button id="invisible" style="visibility: hidden">Send</button>`;
    const buttons = [...document.querySelectorAll('button')];
    expect(buttons).toHaveLength(6);
    expect(buttons.filter(isVisible).map((button) => button.id)).toEqual(['shown']);
  });

  it('is false for an element no longer in the page', () => {
    document.body.innerHTML = '<button id="b">Send</button>';
    const button = document.getElementById('b')!;
    button.remove();
    expect(isVisible(button)).toBe(false);
  });
});
