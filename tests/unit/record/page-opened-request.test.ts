import { describe, expect, it } from 'vitest';
import { Requests } from '@/lib/record/requests';

/** The content script's one message on a site's page: the page's address, with the account it saw at start. */
describe('pageOpened request', () => {
  const question = { guide: 'facebook', url: 'https://www.facebook.com/' };

  it('carries the account the page showed at start', () => {
    const parsed = Requests.pageOpened.parse({ ...question, account: { id: 'marie.dupont', name: 'Marie Dupont' } });
    expect(parsed.account).toEqual({ id: 'marie.dupont', name: 'Marie Dupont' });
  });

  it('is still answered without an account', () => {
    expect(Requests.pageOpened.parse(question).account).toBeUndefined();
  });

  it('drops an account accountSeen would refuse, and keeps the question', () => {
    const parsed = Requests.pageOpened.parse({ ...question, account: { id: '', name: 'x'.repeat(201) } });
    expect(parsed.account).toBeUndefined();
    expect(parsed.guide).toBe('facebook');
  });

  it('refuses a guide it does not know and an address that is not a web page', () => {
    expect(Requests.pageOpened.safeParse({ ...question, guide: 'tiktok' }).success).toBe(false);
    expect(Requests.pageOpened.safeParse({ ...question, url: 'javascript:alert(1)' }).success).toBe(false);
  });
});

describe('getGuideContext request', () => {
  it('does not take the UI language from the content script (the background reads its own)', () => {
    expect(Requests.getGuideContext.parse({ platform: 'facebook', pageLang: 'en', form: null, uiLang: 'fr' })).not.toHaveProperty('uiLang');
  });
});
