import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { stringsMissing } from '@/components/i18n';

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
