import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageOpenedAnswer } from '@/lib/record/messages';

const sendMessage = vi.hoisted(() => vi.fn<(name: 'pageOpened', question: { url: string }) => Promise<PageOpenedAnswer>>());
vi.mock('@/lib/record/messages', () => ({ sendMessage }));
const { askForGuide } = await import('@/lib/content/ask-for-guide');

/** happy-dom's own hook, to put the test page at a Facebook address. */
declare const window: Window & { happyDOM: { setURL(url: string): void } };

/** Only the Privacy Center and the forms are on this stand-in guide's pages. */
const PAGES = [{ host: '^www\\.facebook\\.com$', path: '^/(privacy|help)/' }];
const answer = (started: boolean): PageOpenedAnswer => ({ started, pages: PAGES });

/** A same-document navigation, as the page's router makes it (pushState) and the watcher hears it. */
function navigate(path: string) {
  history.pushState(null, '', path);
  dispatchEvent(new PopStateEvent('popstate'));
}
const settle = () => new Promise((r) => setTimeout(r, 0));
/** Same-document navigations, one after the other, then the background's answers. */
async function visit(...paths: string[]) {
  for (const path of paths) navigate(path);
  await settle();
}
const asked = () => sendMessage.mock.calls.map(([, q]) => new URL(q.url).pathname);

describe('askForGuide: one question per page, and nothing once the guide runs', () => {
  beforeEach(() => {
    window.happyDOM.setURL('https://www.facebook.com/');
    sendMessage.mockReset();
  });
  let stop: () => void = () => undefined;
  afterEach(() => stop());
  /** The script starts on the feed and the background has answered its first question. */
  async function started() {
    stop = askForGuide('facebook');
    await settle();
  }

  it('asks once at start, with the account the page showed', async () => {
    sendMessage.mockResolvedValue(answer(false));
    stop = askForGuide('facebook', { platform: 'facebook', id: 'marie.dupont', name: 'Marie Dupont' });
    await settle();
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith('pageOpened', {
      guide: 'facebook', url: 'https://www.facebook.com/', account: { id: 'marie.dupont', name: 'Marie Dupont' },
    });
  });

  it('asks again only on reaching one of the guide’s pages, without the account', async () => {
    sendMessage.mockResolvedValue(answer(false));
    await started();
    await visit('/jean.martin', '/photo/');
    expect(asked()).toEqual(['/']);
    await visit('/privacy/center/');
    expect(asked()).toEqual(['/', '/privacy/center/']);
    expect(sendMessage.mock.calls[1][1]).not.toHaveProperty('account');
  });

  it('once the background started the guide, never asks again', async () => {
    sendMessage.mockResolvedValue(answer(true));
    await started();
    await visit('/privacy/center/', '/help/contact/712876720715583');
    expect(asked()).toEqual(['/']);
  });

  it('a page reached while the background was answering is asked about after the answer', async () => {
    let reply: (a: PageOpenedAnswer) => void = () => undefined;
    sendMessage.mockImplementationOnce(() => new Promise((r) => (reply = r))).mockResolvedValue(answer(false));
    stop = askForGuide('facebook');
    navigate('/privacy/center/');
    await settle();
    expect(asked()).toEqual(['/']);
    reply(answer(false));
    await settle();
    expect(asked()).toEqual(['/', '/privacy/center/']);
  });

  it('an unreachable background is asked again on the next page', async () => {
    sendMessage.mockRejectedValueOnce(new Error('Could not establish connection')).mockResolvedValue(answer(false));
    await started();
    await visit('/jean.martin');
    expect(asked()).toEqual(['/', '/jean.martin']);
  });
});
