import type { Language } from '../languages';
import type { LabelKey } from '../domain';
import { LABELS } from './labels';

/** Meta's words for each label, flattened over the languages a page may use. */
export type LabelLists = Partial<Record<LabelKey, string[]>>;

/**
 * The label lists for a page in `lang` (plus English, which Meta leaves here and there
 * untranslated), or for every language when the page's language is unknown. The background
 * serves these to the content scripts, which then need not carry all 24 languages.
 */
export function labelLists(lang?: Language | null): LabelLists {
  const lists: LabelLists = {};
  for (const key of Object.keys(LABELS) as LabelKey[]) {
    const byLang = LABELS[key];
    const langs = lang ? [lang, 'en' as const] : (Object.keys(byLang) as Language[]);
    lists[key] = [...new Set(langs.flatMap((l) => byLang[l] ?? []))];
  }
  return lists;
}
