import { addressTo, formIds, hostIs, META_FORMS, SITES } from '../domain';
import { feedStep } from './feed-steps';
import { formSteps, REASON_FIELD } from './form-steps';
import { GENAI_TOPIC_PATH } from './genai-topic-path';
import { genuineEmailSteps } from './genuine-email-steps';
import { noticeSteps } from './notice-steps';
import { policySteps } from './policy-steps';
import type { Playbook } from './schema';

const { pages: IG, privacyCenter: PRIVACY_CENTER, help: HELP } = SITES.instagram.hosts;
const IG_HOST = hostIs(IG);
const PRIVACY_CENTER_HOST = hostIs(PRIVACY_CENTER);
const HELP_HOST = hostIs(HELP);
/** Where the fallback panel sends the user when a step of the way from the feed cannot be found. */
const PRIVACY_CENTER_URL = 'https://privacycenter.instagram.com/';
const FORM_PATH = '^/contact/\\d+/?$';
const OBJECTION_FORM_PATH = `^/contact/(?:${formIds('instagram', 'own').join('|')})/?$`;

/** The way from Instagram's feed to the objection form's Send button (see docs/meta-pages.md). */
export const INSTAGRAM_PLAYBOOK: Playbook = {
  platform: 'instagram',
  prefix: 'ig',
  accountsCenterLists: 'id',
  uiText: { guide: 'guideInstagram', name: 'platform_instagram', done: 'objectionRecorded' },
  homeUrl: 'https://www.instagram.com/',
  privacyCenterUrl: PRIVACY_CENTER_URL,
  formUrl: META_FORMS.instagramObjection2025.url,
  steps: [
    feedStep(PRIVACY_CENTER_URL, {
      id: 'ig-more-menu',
      kind: 'menu-button',
      text: 'step_ig_more_menu',
      pages: [{ host: IG_HOST, path: '^/(?!accounts/)' }],
      target: [
        { by: 'role', roles: ['button', 'link'], label: 'igMore', match: 'exact' },
        { by: 'text', selector: '[role], a, button', label: 'igMore', match: 'exact' },
      ],
    }),
    feedStep(PRIVACY_CENTER_URL, {
      id: 'ig-settings',
      kind: 'menu-item',
      text: 'step_ig_settings',
      pages: [{ host: IG_HOST, path: '^/(?!accounts/)' }],
      // The menu is a plain layer mounted at the end of the page (no role="menu"), and "More"
      // itself holds an icon named "Settings": the entry is the link to the settings that says
      // so, wherever it sits; either alone ("Edit profile", an icon's name) marks nothing.
      target: [
        { by: 'href', pattern: addressTo(IG, '/accounts/edit') },
        { by: 'role', roles: ['menuitem', 'link', 'button'], label: 'igSettings', match: 'exact' },
      ],
      evidence: { addressAndWords: true },
    }),
    // The Privacy Policy route: its settings link comes before the Privacy Center's, which wins
    // when the settings page shows both.
    ...policySteps('ig', {
      settingsPages: [{ host: IG_HOST, path: '^/accounts/' }],
      policyPages: [{ host: PRIVACY_CENTER_HOST, path: '^/policy(?:/|$)' }],
      policyHref: addressTo(PRIVACY_CENTER, '/policy'),
    }),
    feedStep(PRIVACY_CENTER_URL, {
      id: 'ig-privacy-center',
      kind: 'link',
      text: 'step_ig_privacy_center',
      pages: [{ host: IG_HOST, path: '^/accounts/' }],
      target: [
        { by: 'href', pattern: addressTo(PRIVACY_CENTER, '') },
        { by: 'role', roles: ['link', 'button', 'menuitem'], label: 'privacyCenter', match: 'startsWith' },
      ],
      // The link sits in the settings' "More info and support" section.
      evidence: { nearWords: ['moreInfoSupport'] },
    }),
    ...noticeSteps('ig', 'instagram', {
      homePages: [{ host: PRIVACY_CENTER_HOST, path: '^/(?:privacy/center/?)?$' }],
      noticePages: [{ host: PRIVACY_CENTER_HOST, path: `^/(?:privacy/(?:${GENAI_TOPIC_PATH}|center)/?)?$` }],
      linkHost: PRIVACY_CENTER,
      formHref: addressTo(HELP, '/contact/\\d+'),
      genaiUrl: 'https://privacycenter.instagram.com/privacy/genai/',
      formUrl: META_FORMS.instagramObjection2025.url,
    }),
    ...formSteps('ig', [{ host: HELP_HOST, path: FORM_PATH }]),
    ...genuineEmailSteps('ig', 'instagram'),
  ],
  forms: [
    { kind: 'own', confirmation: ['confirmation'], pages: [{ host: HELP_HOST, path: OBJECTION_FORM_PATH }], reasonField: REASON_FIELD },
    { kind: 'own', confirmation: ['confirmation'], onlyFromNotice: true, pages: [{ host: HELP_HOST, path: FORM_PATH }], reasonField: REASON_FIELD },
  ],
};
