import { beforeEach, describe, expect, it } from 'vitest';
import { readAccountsCenter } from '@/lib/content/accounts-center';
import { detectFacebookAccount, detectInstagramAccount, facebookProfileId, instagramUsername } from '@/lib/content/account-detect';

beforeEach(() => document.body.replaceChildren());

describe('account ids from profile links', () => {
  it('reads Facebook vanity names and numeric ids, not Facebook’s own pages', () => {
    expect(facebookProfileId('https://www.facebook.com/Marie.Dupont')).toBe('marie.dupont');
    expect(facebookProfileId('https://www.facebook.com/profile.php?id=1000123')).toBe('1000123');
    expect(facebookProfileId('https://www.facebook.com/groups/')).toBeUndefined();
    expect(facebookProfileId('https://evil.example/marie')).toBeUndefined();
    expect(facebookProfileId('not a url')).toBeUndefined();
  });

  it('reads Instagram usernames, not Instagram’s own pages', () => {
    expect(instagramUsername('https://www.instagram.com/Marie_Dupont/')).toBe('marie_dupont');
    expect(instagramUsername('https://www.instagram.com/explore/')).toBeUndefined();
  });
});

describe('the logged-in account', () => {
  it('is the first entry of Facebook’s left navigation, which links to Facebook’s sections', () => {
    document.body.innerHTML = `<div role="navigation"><a href="https://www.facebook.com/marie.dupont"><span>Marie</span> <span>Dupont</span></a>
      <a href="https://www.facebook.com/friends/">Friends</a><a href="https://www.facebook.com/groups/">Groups</a></div>`;
    expect(detectFacebookAccount()).toEqual({ platform: 'facebook', id: 'marie.dupont', name: 'Marie Dupont' });
  });

  it('is the target of Instagram’s “Profile” link, in any language', () => {
    document.body.innerHTML = '<nav><a href="https://www.instagram.com/explore/">Explorer</a><a href="https://www.instagram.com/marie_dupont/">Profil</a></nav>';
    expect(detectInstagramAccount()).toEqual({ platform: 'instagram', id: 'marie_dupont', name: 'marie_dupont' });
  });
});

describe('readAccountsCenter', () => {
  it('lists each entry’s name and platform, once', () => {
    document.body.innerHTML = `<div role="list">
      <div role="listitem"><span>Marie Dupont</span><span>Facebook</span></div>
      <div role="listitem"><span>marie_dupont</span><span>Instagram</span></div>
      <div role="listitem"><span>marie_dupont</span><span>Instagram</span></div></div>`;
    expect(readAccountsCenter()).toEqual([
      { platform: 'facebook', name: 'Marie Dupont' },
      { platform: 'instagram', name: 'marie_dupont' },
    ]);
  });
});
