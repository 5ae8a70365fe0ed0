import { describe, expect, it } from 'vitest';
import { setControlledValue } from '@/lib/page/react-input';

/** React's value tracker, as react-dom installs it: an own `value` accessor that records writes. */
function trackLikeReact(el: HTMLTextAreaElement) {
  const native = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
  let tracked = el.value;
  Object.defineProperty(el, 'value', {
    configurable: true,
    get(): string { return native.get!.call(this) as string; },
    set(v: string) { tracked = v; native.set!.call(this, v); },
  });
  const state = { value: '' };
  el.addEventListener('input', () => {
    const current = native.get!.call(el) as string;
    if (current === tracked) return; // React: "value did not change", the event is dropped
    tracked = current;
    state.value = current;
  });
  return state;
}

describe('setControlledValue', () => {
  it('reaches the state of a React-controlled field', () => {
    const el = document.createElement('textarea');
    document.body.append(el);
    const state = trackLikeReact(el);
    setControlledValue(el, 'Je m’oppose');
    expect(state.value).toBe('Je m’oppose');
  });

  it('is needed: a plain assignment and an input event are dropped by the tracker', () => {
    const el = document.createElement('textarea');
    document.body.append(el);
    const state = trackLikeReact(el);
    el.value = 'lost';
    el.dispatchEvent(new Event('input', { bubbles: true }));
    expect(state.value).toBe('');
  });
});
