/**
 * The languages Opposer knows, as ISO 639-1 codes: the 24 official languages of the EU.
 * UI strings, Meta's labels and reason templates are keyed by these.
 */
export const LANGUAGES = [
  'en', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'pt',
  'bg', 'cs', 'da', 'el', 'et', 'fi', 'ga', 'hr',
  'hu', 'lt', 'lv', 'mt', 'ro', 'sk', 'sl', 'sv',
] as const;

export type Language = (typeof LANGUAGES)[number];

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** "fr-FR", "fr_FR", "FR" → "fr"; undefined when not an EU language. */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : undefined;
}
