import { describe, expect, it } from 'vitest';
import { Requests } from '@/lib/state/requests';

/** The content script's one message on a site's page: the guide's question, with the account it saw at start. */
describe('getGuideContext request', () => {
  const question = { platform: 'facebook', pageLang: 'en', form: null };

  it('carries the account the page showed at start', () => {
    const parsed = Requests.getGuideContext.parse({ ...question, account: { id: 'marie.dupont', name: 'Marie Dupont' } });
    expect(parsed.account).toEqual({ id: 'marie.dupont', name: 'Marie Dupont' });
  });

  it('is still answered without an account', () => {
    expect(Requests.getGuideContext.parse(question).account).toBeUndefined();
  });

  it('drops an account accountSeen would refuse, and keeps the question', () => {
    const parsed = Requests.getGuideContext.parse({ ...question, account: { id: '', name: 'x'.repeat(201) } });
    expect(parsed.account).toBeUndefined();
    expect(parsed.platform).toBe('facebook');
  });

  it('no longer takes the UI language from the content script (the background reads its own)', () => {
    expect(Requests.getGuideContext.parse({ ...question, uiLang: 'fr' })).not.toHaveProperty('uiLang');
  });
});
