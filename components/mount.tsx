import { render, type VNode } from 'preact';
import { stringsMissing, uiLocale } from './i18n';

/**
 * Shows an extension page: in the language of its strings, with its title, once its strings are
 * there (stringsMissing reloads the page once when they are not).
 */
export function mountPage(page: VNode, title?: () => string): void {
  if (stringsMissing()) return;
  document.documentElement.lang = uiLocale();
  if (title) document.title = title();
  render(page, document.getElementById('app')!);
}
