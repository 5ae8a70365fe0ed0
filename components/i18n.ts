import { i18n } from '#i18n';

/** UI strings by key (locales/*.yml); the browser's language picks the file. */
export const t = i18n.t;

/**
 * The language of the strings the page shows (the locale file the browser picked, which says it:
 * `htmlLang`), for `<html lang>` and for dates. Not the browser's own UI language: where the
 * browser speaks a language Opposer has no file for, the page is in English and says so; and
 * Chromium was seen to report "en-US" to a French browser's welcome tab opened at first start.
 */
export function uiLocale(): string {
  return t('htmlLang');
}

let dateFormat: Intl.DateTimeFormat | undefined;

/** One formatter for the page: building one per date made rendering 30 accounts visibly slower. */
export function formatDate(iso: string): string {
  dateFormat ??= new Intl.DateTimeFormat(uiLocale(), { day: 'numeric', month: 'long', year: 'numeric' });
  return dateFormat.format(new Date(iso));
}
