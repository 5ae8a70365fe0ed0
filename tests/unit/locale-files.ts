import { LANGUAGES, type Language } from '@/lib/languages';

/** The locale file of a language, as `locales/` and the store listing name it (Chrome names Portugal's Portuguese pt_PT). */
export const localeOf = (lang: Language): string => (lang === 'pt' ? 'pt_PT' : lang);

/** The 24 UI locales, derived from lib/languages.ts. */
export const LOCALES: readonly string[] = LANGUAGES.map(localeOf);
