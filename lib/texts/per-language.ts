import { LANGUAGES, type Language } from '../languages';

/**
 * One field of every lib/texts/<lang>.json, keyed by language, from an eager `import.meta.glob`
 * of those files that imports only that field (so each bundle carries only the field it uses).
 * A language without its file is a build mistake that tests/unit/texts/texts.test.ts reports.
 */
export function perLanguage<T>(files: Record<string, T>): Record<Language, T> {
  const byName = new Map(Object.entries(files).map(([path, value]) => [path.replace(/^.*\/|\.json$/g, ''), value]));
  const texts: Partial<Record<Language, T>> = {};
  for (const lang of LANGUAGES) {
    const value = byName.get(lang);
    if (value === undefined) throw new Error(`lib/texts/${lang}.json is missing`);
    texts[lang] = value;
  }
  return texts as Record<Language, T>;
}
