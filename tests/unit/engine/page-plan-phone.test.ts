import { describe, expect, it } from 'vitest';
import { META_FORMS } from '@/lib/domain';
import { pagePlan, type PlanFacts } from '@/lib/engine/page-plan';
import { isPhoneBrowser, isPhoneSizePage } from '@/lib/page/phone';
import { PLAYBOOKS } from '@/lib/playbooks/registry';

const SESSION: PlanFacts = { guiding: true, session: true, followedFormUrl: null };
const PHONE: PlanFacts = { ...SESSION, phoneSize: true };
const ids = (url: string, facts: PlanFacts, site: 'facebook' | 'instagram' = 'facebook') =>
  pagePlan(PLAYBOOKS[site], new URL(url), facts)?.steps.map((s) => s.id) ?? [];

describe('on a phone the guide starts at the Privacy Center: no step before it is tried', () => {
  it('the feed at desktop width has the menu steps; at phone width none', () => {
    expect(ids('https://www.facebook.com/', SESSION)).toEqual(expect.arrayContaining(['fb-account-menu', 'fb-settings-privacy', 'fb-privacy-center']));
    expect(ids('https://www.facebook.com/', PHONE)).toEqual([]);
    expect(ids('https://www.instagram.com/', SESSION, 'instagram')).toEqual(expect.arrayContaining(['ig-more-menu', 'ig-settings']));
    expect(ids('https://www.instagram.com/', PHONE, 'instagram')).toEqual([]);
  });

  it('Meta’s phone site (m.facebook.com) has none, whatever the width', () => {
    expect(ids('https://m.facebook.com/', SESSION)).toEqual([]);
    expect(ids('https://m.facebook.com/bookmarks/', SESSION)).toEqual([]);
    expect(pagePlan(PLAYBOOKS.facebook, new URL('https://m.facebook.com/bookmarks/'), SESSION)).toBeUndefined();
  });

  it('settings pages: neither the Privacy Policy link nor Instagram’s Privacy Center link at phone width', () => {
    expect(ids('https://www.facebook.com/settings/', SESSION)).toContain('fb-policy-link');
    expect(ids('https://www.facebook.com/settings/', PHONE)).toEqual([]);
    expect(ids('https://www.instagram.com/accounts/edit/', SESSION, 'instagram')).toEqual(expect.arrayContaining(['ig-policy-link', 'ig-privacy-center']));
    expect(ids('https://www.instagram.com/accounts/edit/', PHONE, 'instagram')).toEqual([]);
  });

  it('from the Privacy Center on, the same steps at any width and on m.facebook.com’s forms', () => {
    expect(ids('https://www.facebook.com/privacy/center/', PHONE)).toEqual(ids('https://www.facebook.com/privacy/center/', SESSION));
    expect(ids('https://www.facebook.com/privacy/center/', PHONE)).toContain('fb-genai-topic');
    expect(ids('https://www.facebook.com/privacy/genai/', PHONE)).toEqual(['fb-object-link']);
    expect(ids('https://privacycenter.instagram.com/', PHONE, 'instagram')).toContain('ig-genai-topic');
    const form = `https://m.facebook.com/help/contact/${META_FORMS.facebookObjection2025.id}`;
    expect(ids(form, PHONE)).toContain('fb-form-submit');
    expect(ids(META_FORMS.instagramObjection2025.url, PHONE, 'instagram')).toContain('ig-form-submit');
  });

  it('the Privacy Policy pages keep their steps at phone width (the same page at any width)', () => {
    expect(ids('https://www.facebook.com/privacy/policy/', PHONE)).toContain('fb-policy-other');
  });
});

describe('which signal says "phone"', () => {
  it('the browser: its user agent (Firefox for Android, Edge for Android, iPhone), not a desktop one', () => {
    expect(isPhoneBrowser('Mozilla/5.0 (Android 14; Mobile; rv:142.0) Gecko/142.0 Firefox/142.0')).toBe(true);
    expect(isPhoneBrowser('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Mobile Safari/537.36 EdgA/140.0')).toBe(true);
    expect(isPhoneBrowser('Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1')).toBe(true);
    expect(isPhoneBrowser('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0')).toBe(false);
    expect(isPhoneBrowser('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36')).toBe(false);
  });

  it('the page: its width (360–412 px phones; a computer’s window wider)', () => {
    expect(isPhoneSizePage({ innerWidth: 360 })).toBe(true);
    expect(isPhoneSizePage({ innerWidth: 412 })).toBe(true);
    expect(isPhoneSizePage({ innerWidth: 1280 })).toBe(false);
  });
});
