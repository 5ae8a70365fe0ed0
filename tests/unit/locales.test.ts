import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/lib/languages';
import { LOCALES, localeOf } from './locale-files';

/**
 * Every UI locale has every string of en.yml, translated. A missing key would show English to
 * the people reading that language, silently; an English copy does the same, so a value equal
 * to the English one fails too, unless an exception below says why. Reads the key set from
 * en.yml: whatever keys are added, a language that falls behind fails here.
 */

/** Keys whose value is the same in every language: names, not words. */
const SAME_EVERYWHERE: Record<string, string> = {
  extName: 'the extension’s name',
  popupTitle: 'the extension’s name',
  platform_facebook: 'a brand name',
  platform_instagram: 'a brand name',
};

/** Keys whose English word is also that language's word, by locale. */
const SAME_IN: Partial<Record<string, Record<string, string>>> = {
  da: { platform: 'Danish spells “platform” the same' },
  de: { rename: 'German spells “Name” the same' },
  fr: { status_page: 'French calls a Facebook Page “Page” too' },
  hu: { platform: 'Hungarian spells “platform” the same' },
  mt: {
    step_ig_settings_target: 'Instagram has no Maltese interface: the user sees its English “Settings”',
    step_fb_settings_target: 'Facebook has no Maltese interface: the user sees its English “Settings”',
  },
  nl: { platform: 'Dutch spells “platform” the same', proofAccounts: 'Dutch says “accounts”' },
  sv: { guideSection: 'Swedish says “guide”' },
};

type Strings = Record<string, string>;

/** "summaryTodo: { 1: …, n: … }" → "summaryTodo.1", "summaryTodo.n" (WXT's plural forms). */
function flatten(value: unknown, prefix = '', out: Strings = {}): Strings {
  if (typeof value === 'string') out[prefix] = value;
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

function readLocale(name: string): Strings {
  return flatten(load(readFileSync(`locales/${name}.yml`, 'utf8')));
}

/** Placeholders ($1, $2…) must survive translation; letters left once they are gone are words. */
const placeholders = (text: string) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();
const hasWords = (text: string) => /\p{L}/u.test(text.replace(/\$\d/g, ''));

const en = readLocale('en');
const others = LANGUAGES.filter((lang) => lang !== 'en');

describe('UI locales', () => {
  it('has one file per EU language, and no other', () => {
    const files = readdirSync('locales').filter((f) => f.endsWith('.yml')).map((f) => f.replace(/\.yml$/, ''));
    expect(files.sort()).toEqual([...LOCALES].sort());
  });

  it.each(others)('%s has every key of en.yml, translated, with the same placeholders', (lang) => {
    const strings = readLocale(localeOf(lang));
    const missing = Object.keys(en).filter((key) => !strings[key]?.trim());
    expect(missing, `${lang}: missing or empty`).toEqual([]);
    // A plural may have more forms in another language than in English: its root key is what counts.
    const roots = new Set(Object.keys(en).map((key) => key.split('.')[0]));
    const unknown = Object.keys(strings).filter((key) => !roots.has(key.split('.')[0]));
    expect(unknown, `${lang}: keys en.yml does not have`).toEqual([]);
    const copied = Object.keys(en).filter(
      (key) => strings[key] === en[key] && hasWords(en[key]) && !(key in SAME_EVERYWHERE) && !SAME_IN[lang]?.[key],
    );
    expect(copied, `${lang}: English copies (translate, or add an exception that says why)`).toEqual([]);
    const changed = Object.keys(en).filter((key) => placeholders(strings[key]).join() !== placeholders(en[key]).join());
    expect(changed, `${lang}: placeholders differ from en.yml`).toEqual([]);
  });

  it('lists only exceptions that are still needed', () => {
    const stale: string[] = [];
    for (const [lang, keys] of Object.entries(SAME_IN)) {
      const strings = readLocale(lang);
      for (const key of Object.keys(keys ?? {})) if (strings[key] !== en[key]) stale.push(`${lang}.${key}`);
    }
    for (const key of Object.keys(SAME_EVERYWHERE)) {
      if (!(key in en)) stale.push(key);
      else if (others.every((lang) => readLocale(localeOf(lang))[key] !== en[key])) stale.push(key);
    }
    expect(stale).toEqual([]);
  });
});
