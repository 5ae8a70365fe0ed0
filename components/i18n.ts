import { i18n } from '#i18n';

/** Strings without substitutions, looked up once per page: they never change while it is open. */
const looked = new Map<string, string>();

/**
 * UI strings by key (locales/*.yml); the browser's language picks the file. A string without
 * substitutions is asked of the browser once per page: the popup's 30 rows asked 619 times for
 * 56 strings, a call into the extension API each (about 1.5 ms of its first render).
 */
export const t = ((key: string, ...rest: unknown[]) => {
  if (rest.length > 0) return (i18n.t as (key: string, ...rest: unknown[]) => string)(key, ...rest);
  let text = looked.get(key);
  if (text === undefined) {
    text = (i18n.t as (key: string) => string)(key);
    // An empty answer is the browser's "no strings yet" (stringsMissing), never kept.
    if (text) looked.set(key, text);
  }
  return text;
}) as typeof i18n.t;

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

/** Set while a page reloads itself for its strings (stringsMissing). */
const RELOADED_FOR_STRINGS = 'opposer:reloaded-for-strings';

/**
 * Whether this page opened without the extension's strings, and so reloads itself. Chromium can
 * open an extension page before the extension's messages reach its process: seen in e2e right
 * after the browser started, a popup whose every string was empty, `<html lang="">` and blank
 * buttons. Every lookup answers "" then, `htmlLang` included, which no locale file leaves empty.
 * The page loads once more and finds them; a page still without them is shown as it is, never
 * reloaded in a loop (the mark lives in the tab's sessionStorage).
 */
export function stringsMissing(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = sessionStorage, reload = () => location.reload()): boolean {
  if (i18n.t('htmlLang')) {
    storage.removeItem(RELOADED_FOR_STRINGS);
    return false;
  }
  if (storage.getItem(RELOADED_FOR_STRINGS)) return false;
  storage.setItem(RELOADED_FOR_STRINGS, '1');
  reload();
  return true;
}
