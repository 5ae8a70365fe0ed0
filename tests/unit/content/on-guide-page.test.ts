import { beforeEach, describe, expect, it, vi } from 'vitest';

const askForGuide = vi.hoisted(() => vi.fn());
const reportAccount = vi.hoisted(() => vi.fn());
vi.mock('@/lib/content/ask-for-guide', () => ({ askForGuide }));
vi.mock('@/lib/content/report-account', () => ({ reportAccount }));
const { onGuidePage } = await import('@/lib/content/on-guide-page');

/** happy-dom's own hook, to put the test page at an address. */
declare const window: Window & { happyDOM: { setURL(url: string): void } };

describe('onGuidePage: what runs on every page of a guide’s sites', () => {
  beforeEach(() => {
    askForGuide.mockClear();
    reportAccount.mockClear();
  });

  it('on a site with accounts: the account the page shows goes with the one question; the late looks are not needed', () => {
    window.happyDOM.setURL('https://www.facebook.com/');
    document.body.innerHTML = `<div role="navigation"><a href="https://www.facebook.com/marie.dupont">Marie Dupont</a>
      <a href="https://www.facebook.com/friends/">Friends</a><a href="https://www.facebook.com/groups/">Groups</a></div>`;
    onGuidePage('facebook');
    expect(askForGuide).toHaveBeenCalledWith('facebook', { platform: 'facebook', id: 'marie.dupont', name: 'Marie Dupont' });
    expect(reportAccount).toHaveBeenCalledWith('facebook', expect.any(Function), true);
  });

  it('with no account shown yet: the question goes alone, and the late looks run with the site’s own detector', () => {
    window.happyDOM.setURL('https://www.instagram.com/');
    document.body.innerHTML = '<main></main>';
    onGuidePage('instagram');
    expect(askForGuide).toHaveBeenCalledWith('instagram', undefined);
    const [platform, detect, seen] = reportAccount.mock.calls[0] as [string, () => unknown, boolean];
    expect([platform, seen]).toEqual(['instagram', false]);
    document.body.innerHTML = '<nav><a href="https://www.instagram.com/marie_dupont/">Profile</a></nav>';
    expect(detect()).toEqual({ platform: 'instagram', id: 'marie_dupont', name: 'marie_dupont' });
  });

  it('on WhatsApp’s form (no accounts): only the question', () => {
    window.happyDOM.setURL('https://www.whatsapp.com/contact/forms/382532939919295/');
    onGuidePage('whatsapp');
    expect(askForGuide).toHaveBeenCalledWith('whatsapp');
    expect(reportAccount).not.toHaveBeenCalled();
  });
});
