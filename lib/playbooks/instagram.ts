import { addressTo, formIds, hostIs, META_FORMS, SITES } from '../domain';
import { objectionLinkEvidence } from './form-link-evidence';
import { formSteps, REASON_FIELD } from './form-steps';
import { GENAI_TOPIC_PATH } from './genai-topic-path';
import { genuineEmailSteps } from './genuine-email-steps';
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
    {
      id: 'ig-more-menu',
      kind: 'menu-button',
      text: 'step_ig_more_menu',
      counted: true,
      sessionOnly: true,
      desktopOnly: true,
      pages: [{ host: IG_HOST, path: '^/(?!accounts/)' }],
      target: [
        { by: 'role', roles: ['button', 'link'], label: 'igMore', match: 'exact' },
        { by: 'text', selector: '[role], a, button', label: 'igMore', match: 'exact' },
      ],
      directLink: PRIVACY_CENTER_URL,
    },
    {
      id: 'ig-settings',
      kind: 'menu-item',
      text: 'step_ig_settings',
      counted: true,
      sessionOnly: true,
      desktopOnly: true,
      pages: [{ host: IG_HOST, path: '^/(?!accounts/)' }],
      // The menu is a plain layer mounted at the end of the page (no role="menu"), and "More"
      // itself holds an icon named "Settings": the entry is the link to the settings that says
      // so, wherever it sits; either alone ("Edit profile", an icon's name) marks nothing.
      target: [
        { by: 'href', pattern: addressTo(IG, '/accounts/edit') },
        { by: 'role', roles: ['menuitem', 'link', 'button'], label: 'igSettings', match: 'exact' },
      ],
      evidence: { addressAndWords: true },
      directLink: PRIVACY_CENTER_URL,
    },
    // The Privacy Policy route: its settings link comes before the Privacy Center's, which wins
    // when the settings page shows both.
    ...policySteps('ig', {
      settingsPages: [{ host: IG_HOST, path: '^/accounts/' }],
      policyPages: [{ host: PRIVACY_CENTER_HOST, path: '^/policy(?:/|$)' }],
      policyHref: addressTo(PRIVACY_CENTER, '/policy'),
    }),
    {
      id: 'ig-privacy-center',
      kind: 'link',
      text: 'step_ig_privacy_center',
      counted: true,
      sessionOnly: true,
      desktopOnly: true,
      pages: [{ host: IG_HOST, path: '^/accounts/' }],
      target: [
        { by: 'href', pattern: addressTo(PRIVACY_CENTER, '') },
        { by: 'role', roles: ['link', 'button', 'menuitem'], label: 'privacyCenter', match: 'startsWith' },
      ],
      // The link sits in the settings' "More info and support" section.
      evidence: { nearWords: ['moreInfoSupport'] },
      directLink: PRIVACY_CENTER_URL,
    },
    {
      id: 'ig-genai-topic',
      kind: 'link',
      text: 'step_ig_genai_topic',
      counted: true,
      pages: [{ host: PRIVACY_CENTER_HOST, path: '^/(?:privacy/center/?)?$' }],
      target: [
        { by: 'href', pattern: addressTo(PRIVACY_CENTER, `/privacy/${GENAI_TOPIC_PATH}`) },
        { by: 'role', roles: ['link', 'button', 'menuitem', 'tab'], label: 'aiAtMeta', match: 'startsWith' },
        { by: 'text', selector: '[role], a, button', label: 'aiAtMeta', match: 'exact' },
      ],
      directLink: 'https://privacycenter.instagram.com/privacy/genai/',
    },
    {
      id: 'ig-object-link',
      kind: 'form-link',
      text: 'step_ig_object_link',
      counted: true,
      // The generative-AI page, and the Privacy Center home when it carries the notice itself.
      pages: [{ host: PRIVACY_CENTER_HOST, path: `^/(?:privacy/(?:${GENAI_TOPIC_PATH}|center)/?)?$` }],
      target: [
        { by: 'href', pattern: addressTo(HELP, '/contact/\\d+') },
        { by: 'role', roles: ['link', 'button'], label: 'objectLink', match: 'contains' },
      ],
      evidence: objectionLinkEvidence('instagram'),
      directLink: META_FORMS.instagramObjection2025.url,
    },
    ...formSteps('ig', [{ host: HELP_HOST, path: FORM_PATH }]),
    ...genuineEmailSteps('ig', 'instagram'),
  ],
  forms: [
    { kind: 'own', confirmation: ['confirmation'], pages: [{ host: HELP_HOST, path: OBJECTION_FORM_PATH }], reasonField: REASON_FIELD },
    { kind: 'own', confirmation: ['confirmation'], onlyFromNotice: true, pages: [{ host: HELP_HOST, path: FORM_PATH }], reasonField: REASON_FIELD },
  ],
};
