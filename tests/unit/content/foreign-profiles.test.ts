import { beforeEach, describe, expect, it } from 'vitest';
import { detectFacebookAccount, detectInstagramAccount } from '@/lib/content/account-detect';
import { switchedProfileRow, watchProfileSwitch } from '@/lib/content/profile-switch';
import { forgetActiveAccount } from '@/lib/record/active-account';
import { recordAccountSeen, recordObjection } from '@/lib/record/actions';
import { emptyState } from '@/lib/record/schema';
import * as pages from './pages';

/** Only the logged-in person counts: pages full of other people's links detect nobody else. */
beforeEach(() => document.body.replaceChildren());
const show = (html: string) => void (document.body.innerHTML = html);

describe('Facebook: only the logged-in person', () => {
  it('is the first entry of the feed’s shortcuts, not the people in the feed', () => {
    show(pages.facebookFeed());
    expect(detectFacebookAccount()).toEqual({ platform: 'facebook', id: 'marie.dupont', name: 'Marie Dupont' });
    show(pages.facebookFeed({ href: '/profile.php?id=1000123', name: 'Marie Dupont' }));
    expect(detectFacebookAccount()?.id).toBe('1000123');
  });

  it.each([
    ['a friend’s profile and its tabs', pages.facebookFriendProfile],
    ['a friend’s tabs in a navigation of their own', pages.facebookFriendTabsOutsideMain],
    ['a group’s member list', pages.facebookGroupMembers],
    ['the settings pages’ own navigation', pages.facebookSettings],
  ])('is nobody on %s', (_, html) => {
    show(html);
    expect(detectFacebookAccount()).toBeUndefined();
  });

  it('stays the active profile while the “See all profiles” switcher lists others', () => {
    show(pages.facebookSwitcherOpen);
    expect(detectFacebookAccount()?.id).toBe('marie.dupont');
  });
});

describe('Instagram: only the logged-in person', () => {
  it('is the left bar’s “Profile”, not the profile shown', () => {
    show(pages.instagramFriendProfile);
    expect(detectInstagramAccount()).toEqual({ platform: 'instagram', id: 'marie_dupont', name: 'marie_dupont' });
  });

  it('is nobody from the “Switch accounts” dialog', () => {
    show(pages.instagramSwitchDialog);
    expect(detectInstagramAccount()).toBeUndefined();
  });
});

describe('switching profiles', () => {
  it('notices a pick of another profile row, not the active one nor other radios', () => {
    show(`${pages.facebookSwitcherOpen}<div role="menu"><div role="radio" aria-checked="false"><span>Dark mode: on</span></div></div>`);
    const [active, other] = Array.from(document.querySelectorAll('[role="radiogroup"] [role="radio"]'));
    const darkMode = document.querySelector('[role="menu"]:last-child [role="radio"]');
    expect(switchedProfileRow(other.querySelector('span'))).toBe(other);
    expect(switchedProfileRow(active)).toBeUndefined();
    expect(switchedProfileRow(darkMode)).toBeUndefined();

    let switches = 0;
    const stop = watchProfileSwitch(document, () => switches++);
    (darkMode as HTMLElement).click();
    (active as HTMLElement).click();
    expect(switches).toBe(0);
    (other as HTMLElement).click();
    expect(switches).toBe(1);
    stop();
    (other as HTMLElement).click();
    expect(switches).toBe(1);
  });

  it('gives the objection to the profile that was active, never to the one before', () => {
    const FORM = 'https://www.facebook.com/help/contact/712876720715583';
    const state = emptyState();
    recordAccountSeen(state, 'facebook', 'marie.dupont', 'Marie Dupont');
    forgetActiveAccount(state, 'facebook'); // picked "Marie's Bakery" in the switcher
    expect(recordObjection(state, { platform: 'facebook', kind: 'own', formUrl: FORM, confirmationText: '' }).accountKey).toBeNull();
    recordAccountSeen(state, 'facebook', '1000999', "Marie's Bakery"); // the next page shows it
    expect(recordObjection(state, { platform: 'facebook', kind: 'own', formUrl: FORM, confirmationText: '' }).accountKey).toBe('facebook:1000999');
    expect(state.lastSeen.facebook).toBe('facebook:1000999');
  });
});
