import { describe, expect, it } from 'vitest';
import { LABEL_KEYS, type LabelKey } from '@/lib/domain';
import { LANGUAGES, type Language } from '@/lib/languages';
import { LABELS } from '@/lib/playbooks/labels';

/**
 * Meta's words are matched on pages in any of the 24 languages the guide accepts as a page
 * language: every label key has words in each, unless an exception here says why. (That every
 * key is used by a playbook is checked in registry.test.ts.)
 */
const MISSING_ON_PURPOSE: Partial<Record<LabelKey, Partial<Record<Language, string>>>> = {};

describe('Meta’s labels', () => {
  it.each(LABEL_KEYS)('%s has words in every language', (key) => {
    const byLang = LABELS[key];
    const missing = LANGUAGES.filter((lang) => !byLang[lang]?.length && !MISSING_ON_PURPOSE[key]?.[lang]);
    expect(missing, `${key}: no words in`).toEqual([]);
    const blank = LANGUAGES.filter((lang) => byLang[lang]?.some((word) => !word.trim()));
    expect(blank, `${key}: an empty word in`).toEqual([]);
  });

  it('lists only exceptions that are still needed', () => {
    const stale = Object.entries(MISSING_ON_PURPOSE).flatMap(([key, langs]) =>
      Object.keys(langs ?? {}).filter((lang) => LABELS[key as LabelKey][lang as Language]?.length).map((lang) => `${key}.${lang}`),
    );
    expect(stale).toEqual([]);
  });
});
