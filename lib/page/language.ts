import { toLanguage, type Language } from '../languages';

/** The language the page is shown in: <html lang>, then ?locale=, then a localised host (fr-fr.facebook.com). */
export function pageLanguage(doc: Document = document, url = new URL(location.href)): Language | undefined {
  return (
    toLanguage(doc.documentElement.lang) ??
    toLanguage(url.searchParams.get('locale')) ??
    toLanguage(/^([a-z]{2})-[a-z]{2}\./.exec(url.hostname)?.[1])
  );
}
