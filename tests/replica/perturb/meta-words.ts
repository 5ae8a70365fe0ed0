/**
 * Meta's words per label key and language, read from lib/texts/<lang>.json as they are on disk.
 * The product reads those files through Vite's `import.meta.glob`, which the Playwright runner
 * (no Vite) cannot load; the noise generator runs in both runners, so it reads them itself
 * (both run from the repository's root).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LabelKey } from '../../../lib/domain';
import { LANGUAGES, type Language } from '../../../lib/languages';


const labelsOf = (lang: Language): Partial<Record<LabelKey, string[]>> =>
  (JSON.parse(readFileSync(path.resolve('lib/texts', `${lang}.json`), 'utf8')) as { labels: Partial<Record<LabelKey, string[]>> }).labels;

const BY_LANGUAGE = new Map(LANGUAGES.map((lang) => [lang, labelsOf(lang)]));

/** The words Meta shows for `key` in `lang` (most likely first), or none. */
export function metaWords(key: LabelKey, lang: Language): readonly string[] {
  return BY_LANGUAGE.get(lang)?.[key] ?? [];
}
