import { i18n } from '#i18n';
import { browser } from 'wxt/browser';

/** UI strings by key (locales/*.yml); the browser's language picks the file. */
export const t = i18n.t;

export function uiLocale(): string {
  return browser.i18n.getUILanguage();
}

let dateFormat: Intl.DateTimeFormat | undefined;

/** One formatter for the page: building one per date made rendering 30 accounts visibly slower. */
export function formatDate(iso: string): string {
  dateFormat ??= new Intl.DateTimeFormat(uiLocale(), { day: 'numeric', month: 'long', year: 'numeric' });
  return dateFormat.format(new Date(iso));
}
