import { i18n } from '#i18n';
import { browser } from 'wxt/browser';

/** UI strings by key (locales/*.yml); the browser's language picks the file. */
export const t = i18n.t;

export function uiLocale(): string {
  return browser.i18n.getUILanguage();
}

export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(uiLocale(), { day: 'numeric', month: 'long', year: 'numeric' });
}
