import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { stringsMissing, t } from '@/components/i18n';

/** What the browser answers for the page's strings: none at all, or English's. */
let strings: Record<string, string> = {};

function tabStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
    size: () => items.size,
  };
}

describe('stringsMissing: an extension page opened before its strings reached it', () => {
  beforeEach(() => {
    strings = {};
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => strings[key] ?? '');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reloads the page once, then shows it as it is rather than reload again', () => {
    const storage = tabStorage();
    const reload = vi.fn();
    expect(stringsMissing(storage, reload)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(stringsMissing(storage, reload)).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does nothing when the strings are there, and forgets an earlier reload', () => {
    const storage = tabStorage();
    const reload = vi.fn();
    stringsMissing(storage, reload);
    strings = { htmlLang: 'en' };
    expect(stringsMissing(storage, reload)).toBe(false);
    expect(storage.size()).toBe(0);
    strings = {};
    expect(stringsMissing(storage, reload)).toBe(true); // A later miss in the same tab reloads again, once.
    expect(reload).toHaveBeenCalledTimes(2);
  });
});

describe('t: the page asks the browser once per string', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('keeps a string without substitutions, asks again for one with them, and never keeps an empty answer', () => {
    const lookup = t as unknown as (key: string, substitutions?: string[]) => string;
    const answers: Record<string, string> = { onlyInThisTest: 'Kept', onlyInThisTestWith: 'With $1' };
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) =>
      (answers[key] ?? '').replace('$1', String([subs].flat()[0] ?? '')));
    expect(lookup('onlyInThisTest')).toBe('Kept');
    expect(lookup('onlyInThisTest')).toBe('Kept');
    expect(getMessage.mock.calls.filter(([key]) => key === 'onlyInThisTest')).toHaveLength(1);
    expect(lookup('onlyInThisTestWith', ['a'])).toBe('With a');
    expect(lookup('onlyInThisTestWith', ['b'])).toBe('With b');
    expect(lookup('onlyInThisTestEmpty')).toBe('');
    answers.onlyInThisTestEmpty = 'Late';
    expect(lookup('onlyInThisTestEmpty')).toBe('Late');
  });
});
