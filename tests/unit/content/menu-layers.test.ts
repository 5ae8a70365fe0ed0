import { beforeEach, describe, expect, it } from 'vitest';
import { pickCurrentStep, stepsForUrl } from '@/lib/engine/current-step';
import { FACEBOOK_PLAYBOOK } from '@/lib/playbooks/facebook';
import { INSTAGRAM_PLAYBOOK } from '@/lib/playbooks/instagram';
import { labelLists } from '@/lib/playbooks/label-lists';
import { currentMark } from './current-mark';

/**
 * Menus as saved from Meta's pages (docs/meta-pages.md, "Real markup"): Instagram's "More" holds
 * an icon named "Settings" (fr « Options ») and opens a plain role-less layer at the end of the
 * page whose "Settings" row holds a gear named "Settings" too; Facebook's profile control has no
 * name of its own, only its icon; its account menu's entries are `div[role="listitem"]`.
 */

const IG = 'https://www.instagram.com/';
const FB = 'https://www.facebook.com/';

const icon = (name: string, size = 24) =>
  `<svg role="img" aria-label="${name}" width="${size}" height="${size}" viewBox="0 0 24 24"><title>${name}</title><path d="M3 6h18"></path></svg>`;

/** Instagram's left bar: "Profile", and "More" whose icon is named `iconName`. */
const leftBar = (more: string, iconName: string, profile = 'Profile') => `
  <div role="navigation">
    <a role="link" href="/marie_dupont/"><div><span>${profile}</span></div></a>
    <a id="more" role="link" href="#"><div><div>${icon(iconName)}</div><span><span>${more}</span></span></div></a>
  </div>`;

/** The "More" layer as mounted at the end of <body>: a plain div, a gear in the "Settings" row. */
const moreLayer = (settings: string, activity: string) => `
  <div><div style="position:fixed">
    <a id="settings" role="link" href="/accounts/edit/"><div>${icon(settings, 18)}<span><span>${settings}</span></span></div></a>
    <a role="link" href="/your_activity/interactions/"><div>${icon('x')}<span><span>${activity}</span></span></div></a>
  </div></div>`;

beforeEach(() => document.body.replaceChildren());

describe('Instagram: "More" and its role-less layer, two elements named "Settings"', () => {
  it('marks "More" itself (not its icon named "Settings") while the layer is not there', () => {
    expect(currentMark(INSTAGRAM_PLAYBOOK, IG, leftBar('More', 'Settings'))).toBe('ig-more-menu on #more');
  });

  it('marks the "Settings" row of the layer mounted at the end of the page: the link, not its gear nor the icon in "More"', () => {
    expect(currentMark(INSTAGRAM_PLAYBOOK, IG, `<div id="app">${leftBar('More', 'Settings')}<main></main></div>${moreLayer('Settings', 'Your activity')}`))
      .toBe('ig-settings on #settings');
  });

  it('in French: « Plus » holds « Options », the layer\'s « Paramètres » row is marked', () => {
    expect(currentMark(INSTAGRAM_PLAYBOOK, IG, leftBar('Plus', 'Options', 'Profil'), 'fr')).toBe('ig-more-menu on #more');
    expect(currentMark(INSTAGRAM_PLAYBOOK, IG, `${leftBar('Plus', 'Options', 'Profil')}${moreLayer('Paramètres', 'Votre activité')}`, 'fr'))
      .toBe('ig-settings on #settings');
  });

  it('goes back to "More" once the layer is gone (the menu closed)', () => {
    currentMark(INSTAGRAM_PLAYBOOK, IG, `${leftBar('More', 'Settings')}${moreLayer('Settings', 'Your activity')}`);
    document.body.lastElementChild?.remove();
    const found = pickCurrentStep(INSTAGRAM_PLAYBOOK, stepsForUrl(INSTAGRAM_PLAYBOOK, new URL(IG), true), labelLists('en'));
    expect(found && `${found.step.id} on #${found.target.id}`).toBe('ig-more-menu on #more');
  });

  it('a second control named "Settings" inside "More" (not a link to the settings) is not the settings entry', () => {
    expect(currentMark(INSTAGRAM_PLAYBOOK, IG, `
      <a id="more" role="link" href="#"><div>${icon('Settings')}<div role="button" tabindex="-1" aria-label="Settings"></div><span>More</span></div></a>`))
      .toBe('ig-more-menu on #more');
  });

  it('a link to the settings under other words ("Edit profile") is not the menu\'s entry', () => {
    expect(currentMark(INSTAGRAM_PLAYBOOK, IG, `${leftBar('More', 'Settings')}
      <div role="main"><a id="edit" role="link" href="/accounts/edit/"><div>Edit profile</div></a></div>`)).toBe('ig-more-menu on #more');
  });

  it('a late role-less layer holding "Settings" that leads elsewhere marks nothing of the menu', () => {
    expect(currentMark(INSTAGRAM_PLAYBOOK, IG, `${leftBar('More', 'Settings')}
      <div><div style="position:fixed"><a role="link" href="/accounts/notifications/"><span>Settings</span></a></div></div>`)).toBe('ig-more-menu on #more');
  });
});

describe('Facebook: the profile control named only by its icon, list items in the menu', () => {
  const banner = (nav: string, menuName: string, profile: string) => `
    <div role="banner"><div role="navigation" aria-label="${nav}">
      <div role="button" tabindex="0" aria-label="${menuName}">${icon(menuName, 40)}</div>
      <div id="profile" role="button" tabindex="0"><svg role="img" aria-label="${profile}" width="40" height="40" viewBox="0 0 40 40">
        <mask id="m"><circle cx="20" cy="20" r="20" fill="white"></circle></mask>
        <g mask="url(#m)"><image href="data:image/png;base64," width="40" height="40"></image></g></svg></div>
    </div></div>`;

  it('marks the nameless wrapper through its labelled icon, never the navigation nor "Facebook menu" (en, both spellings)', () => {
    expect(currentMark(FACEBOOK_PLAYBOOK, FB, banner('Account Controls and Settings', 'Facebook menu', 'Your profile'))).toBe('fb-account-menu on #profile');
    expect(currentMark(FACEBOOK_PLAYBOOK, FB, banner('Account controls and settings', 'Facebook menu', 'Your profile'))).toBe('fb-account-menu on #profile');
  });

  it('in French: « Votre profil » inside « Raccourcis du compte »', () => {
    expect(currentMark(FACEBOOK_PLAYBOOK, FB, banner('Raccourcis du compte', 'Menu Facebook', 'Votre profil'), 'fr')).toBe('fb-account-menu on #profile');
  });

  it('marks the "Settings & privacy" list item of the open menu', () => {
    expect(currentMark(FACEBOOK_PLAYBOOK, FB, `${banner('Account Controls and Settings', 'Facebook menu', 'Your profile')}
      <div><div role="menu" aria-label="Your profile">
        <div id="sp" role="listitem" tabindex="0"><div><span>Settings &amp; privacy</span></div></div>
        <div role="listitem" tabindex="0"><div><span>Help &amp; support</span></div></div>
      </div></div>`)).toBe('fb-settings-privacy on #sp');
  });
});
