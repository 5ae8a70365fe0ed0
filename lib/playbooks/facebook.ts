import { addressTo, formIds, hostIs, META_FORMS, SITES } from '../domain';
import { feedStep } from './feed-steps';
import { formSteps, REASON_FIELD } from './form-steps';
import { GENAI_TOPIC_PATH } from './genai-topic-path';
import { genuineEmailSteps } from './genuine-email-steps';
import { noticeSteps } from './notice-steps';
import { policySteps } from './policy-steps';
import type { Playbook } from './schema';

const FB_HOST = hostIs(SITES.facebook.hosts.pages);
const FB_LINKS = SITES.facebook.hosts.links;
const IN_MENU = SITES.facebook.menuLayers;
/** Where the way from the feed starts: any page but the Privacy Center, help and settings (the feed, a profile…). */
const FEED_PAGES = [{ host: FB_HOST, path: '^/(?!privacy/|help/|settings)' }];
/** Where the fallback panel sends the user when a step of the way from the feed cannot be found. */
const PRIVACY_CENTER_URL = 'https://www.facebook.com/privacy/center/';
/** Any help form; the objection forms are the 2025 and 2024 ids, others count when reached from the notice. */
const FORM_PATH = '^/help/contact/\\d+/?$';
const OBJECTION_FORM_PATH = `^/help/contact/(?:${formIds('facebook', 'own').join('|')})/?$`;
/** Meta's Privacy Policy and its articles (the Privacy Policy route). */
const POLICY_PATH = '^/privacy/policy(?:/|$)';
const THIRD_PARTY_FORM_PATH = `^/help/contact/(?:${formIds('facebook', 'third-party').join('|')})/?$`;

/** The way from Facebook's feed to the objection form's Send button (see docs/meta-pages.md). */
export const FACEBOOK_PLAYBOOK: Playbook = {
  platform: 'facebook',
  prefix: 'fb',
  accountsCenterLists: 'name',
  uiText: { guide: 'guideFacebook', name: 'platform_facebook', done: 'objectionRecorded' },
  homeUrl: 'https://www.facebook.com/',
  privacyCenterUrl: PRIVACY_CENTER_URL,
  formUrl: META_FORMS.facebookObjection2025.url,
  steps: [
    feedStep(PRIVACY_CENTER_URL, {
      id: 'fb-account-menu',
      kind: 'menu-button',
      text: 'step_fb_account_menu',
      pages: FEED_PAGES,
      // "Your profile" (older builds: "Account", exactly); never the banner's "Facebook menu"
      // button nor its "Account Controls and Settings" navigation.
      target: [
        { by: 'role', roles: ['button', 'link'], label: 'fbAccountMenu', match: 'startsWith' },
        { by: 'role', roles: ['button'], label: 'fbAccountMenuOld', match: 'exact' },
        { by: 'text', selector: '[aria-label], [role="button"]', label: 'fbAccountMenu', match: 'exact' },
      ],
    }),
    feedStep(PRIVACY_CENTER_URL, {
      id: 'fb-settings-privacy',
      kind: 'menu-item',
      text: 'step_fb_settings_privacy',
      pages: FEED_PAGES,
      target: [
        { by: 'role', roles: ['menuitem', 'button', 'link', 'listitem'], label: 'settingsAndPrivacy', match: 'startsWith', within: IN_MENU },
        { by: 'text', selector: '[role] , a, button', label: 'settingsAndPrivacy', match: 'exact', within: IN_MENU },
      ],
    }),
    feedStep(PRIVACY_CENTER_URL, {
      // The Privacy Policy route's way in: pointed at only when the submenu has no Privacy Center.
      id: 'fb-settings',
      kind: 'menu-item',
      text: 'step_fb_settings',
      counted: false,
      pages: FEED_PAGES,
      target: [
        { by: 'href', pattern: addressTo(FB_LINKS, '/settings'), within: IN_MENU },
        { by: 'role', roles: ['menuitem', 'link'], label: 'fbSettings', match: 'exact', within: IN_MENU },
      ],
    }),
    ...policySteps('fb', {
      settingsPages: [{ host: FB_HOST, path: '^/settings' }],
      policyPages: [{ host: FB_HOST, path: POLICY_PATH }],
      policyHref: addressTo(FB_LINKS, '/privacy/policy'),
    }),
    feedStep(PRIVACY_CENTER_URL, {
      id: 'fb-privacy-center',
      kind: 'menu-item',
      text: 'step_fb_privacy_center',
      pages: [{ host: FB_HOST, path: '^/(?!privacy/|help/)' }],
      target: [
        { by: 'href', pattern: addressTo(FB_LINKS, '/privacy/center'), within: IN_MENU },
        { by: 'role', roles: ['menuitem', 'button', 'link'], label: 'privacyCenter', match: 'startsWith', within: IN_MENU },
        { by: 'text', selector: '[role], a, button', label: 'privacyCenter', match: 'exact', within: IN_MENU },
      ],
    }),
    ...noticeSteps('fb', 'facebook', {
      homePages: [{ host: FB_HOST, path: '^/privacy/center/?$' }],
      noticePages: [{ host: FB_HOST, path: `^/privacy/(?:${GENAI_TOPIC_PATH}|center)/?$` }],
      linkHost: FB_LINKS,
      formHref: addressTo(FB_LINKS, '/help/contact/\\d+'),
      genaiUrl: 'https://www.facebook.com/privacy/genai/',
      formUrl: META_FORMS.facebookObjection2025.url,
    }),
    ...formSteps('fb', [{ host: FB_HOST, path: FORM_PATH }]),
    ...genuineEmailSteps('fb', 'facebook'),
  ],
  forms: [
    {
      kind: 'third-party',
      confirmation: ['requestReceived', 'confirmation'],
      pages: [{ host: FB_HOST, path: THIRD_PARTY_FORM_PATH }],
      reasonField: [{ by: 'css', selector: 'textarea' }],
    },
    {
      kind: 'own',
      confirmation: ['confirmation'],
      pages: [{ host: FB_HOST, path: OBJECTION_FORM_PATH }],
      reasonField: REASON_FIELD,
    },
    {
      kind: 'own',
      confirmation: ['confirmation'],
      onlyFromNotice: true,
      pages: [{ host: FB_HOST, path: FORM_PATH }],
      reasonField: REASON_FIELD,
    },
  ],
};
