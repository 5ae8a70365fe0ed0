import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { LOCALES } from './locale-files';

/**
 * Each page sets `<html lang>` from `htmlLang` of the locale file the browser picked
 * (components/i18n.ts, uiLocale): each file must name its own language, as a language tag.
 */
describe('htmlLang names each locale file\'s own language', () => {
  it.each(LOCALES)('%s', (locale) => {
    const strings = load(readFileSync(`locales/${locale}.yml`, 'utf8')) as Record<string, unknown>;
    expect(strings.htmlLang).toBe(locale.replace('_', '-'));
  });
});
