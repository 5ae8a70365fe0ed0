import { describe, expect, it } from 'vitest';
import { pageLanguage } from '@/lib/page/language';

function page(lang: string): Document {
  const doc = document.implementation.createHTMLDocument('Meta');
  doc.documentElement.lang = lang;
  return doc;
}

describe('pageLanguage', () => {
  it('reads <html lang> first, as a region tag or not', () => {
    expect(pageLanguage(page('fr-FR'), new URL('https://www.facebook.com/?locale=de_DE'))).toBe('fr');
    expect(pageLanguage(page('pt'), new URL('https://www.facebook.com/'))).toBe('pt');
  });

  it('then the ?locale= parameter, then a localised host', () => {
    expect(pageLanguage(page(''), new URL('https://www.facebook.com/help/contact/1?locale=nl_NL'))).toBe('nl');
    expect(pageLanguage(page(''), new URL('https://de-de.facebook.com/privacy/center/'))).toBe('de');
  });

  it('is undefined for a language outside the EU’s, or none', () => {
    expect(pageLanguage(page('ja'), new URL('https://www.facebook.com/'))).toBeUndefined();
    expect(pageLanguage(page(''), new URL('https://www.facebook.com/'))).toBeUndefined();
  });
});
