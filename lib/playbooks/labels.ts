import { LABEL_KEYS, type LabelKey } from '../domain';
import { LANGUAGES, type Language } from '../languages';
import { perLanguage } from '../texts/per-language';
import type { LanguageTexts } from '../texts/schema';

type WordsByLanguage = Partial<Record<Language, readonly string[]>>;

/** Meta's words in each language, as lib/texts/<lang>.json lists them (sources: lib/texts/README.md). */
const WORDS = perLanguage(import.meta.glob<LanguageTexts['labels']>('../texts/*.json', { eager: true, import: 'labels' }));

function byLanguage(key: LabelKey): WordsByLanguage {
  const words: WordsByLanguage = {};
  for (const lang of LANGUAGES) if (WORDS[lang][key]) words[lang] = WORDS[lang][key];
  return words;
}

/**
 * The words Meta's desktop web pages show, per label key and language, for each element the
 * playbooks look for. Lists are ordered most likely first; the playbooks decide how a list is
 * matched (exact / startsWith / contains on the normalised accessible name or text, apostrophes
 * folded).
 */
export const LABELS = Object.fromEntries(LABEL_KEYS.map((key) => [key, byLanguage(key)])) as Record<LabelKey, WordsByLanguage>;
