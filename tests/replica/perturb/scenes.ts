/**
 * Every page on the path of both sites, in the state where one step is current, composed as a
 * static DOM from the replica's own page builders (the fragments the in-page runtime would
 * mount), with the step's true target found by an oracle that knows how the replica built it.
 */
import { META_FORMS } from '../../../lib/domain';
import type { FormConfig, SpaConfig } from '../document';
import { resolveOptions, normalizePath, type ReplicaOptions } from '../options';
import type { ReplicaLang } from '../i18n';
import { pageFor, siteOf } from '../pages';

export interface Scene {
  /** The expected step id. */
  step: string;
  platform: 'facebook' | 'instagram';
  url: string;
  options?: ReplicaOptions;
  /** A menu of the app, open. */
  menu?: string;
  /**
   * Form pages: the Privacy Policy route's chooser with nothing chosen; the yes/no question
   * still unanswered; the fields, the e-mail filled or not; or, on the 2024 forms after Send,
   * the dialog asking for the e-mailed code (empty or typed).
   */
  formStage?: 'chooser' | 'question' | 'fields' | 'code';
  emailValue?: string;
  codeValue?: string;
  /** Accordions of the page the user has opened (the Privacy Policy's). */
  panels?: string[];
  /** CSS for the true target in the composed page, before the hints the runtime consumes are removed. */
  truth: string;
}

const FB = 'https://www.facebook.com';
const IG = 'https://www.instagram.com';
const IG_PC = 'https://privacycenter.instagram.com';
const FB_FORM = META_FORMS.facebookObjection2025.url;
const IG_FORM = META_FORMS.instagramObjection2025.url;
const FB_FORM_2024 = META_FORMS.facebookObjection2024.url;
const IG_FORM_2024 = META_FORMS.instagramObjection2024.url;
/** The Privacy Policy route opens the form with its chooser (see pages/shared/privacyPolicy.ts). */
const FROM_POLICY = '?entry_point=privacy_policy';
const NO_PC: ReplicaOptions = { privacyCenterEntry: false };

/** Every step of both paths, once per layout the replica offers for it. */
export const SCENES: readonly Scene[] = [
  { step: 'fb-account-menu', platform: 'facebook', url: `${FB}/`, truth: '[data-r-on="menu:account"]' },
  { step: 'fb-settings-privacy', platform: 'facebook', url: `${FB}/`, menu: 'account', truth: '[role="menu"] [data-r-on="submenu:settings"]' },
  { step: 'fb-privacy-center', platform: 'facebook', url: `${FB}/`, menu: 'settings', truth: '[role="menu"] a[href="/privacy/center/"]' },
  { step: 'fb-privacy-center', platform: 'facebook', url: `${FB}/`, menu: 'settings', options: { stepsAsButtons: true }, truth: '[role="menu"] [data-r-on="go:/privacy/center/"]' },
  { step: 'fb-genai-topic', platform: 'facebook', url: `${FB}/privacy/center/`, truth: 'a[href="/privacy/genai/"]' },
  { step: 'fb-genai-topic', platform: 'facebook', url: `${FB}/privacy/center/`, options: { stepsAsButtons: true }, truth: '[data-r-on="nav:/privacy/genai/"]' },
  { step: 'fb-object-link', platform: 'facebook', url: `${FB}/privacy/genai/`, truth: `a[href="${FB_FORM}"]` },
  { step: 'fb-object-link', platform: 'facebook', url: `${FB}/privacy/genai/`, options: { noticeInDialog: true }, truth: `a[href="${FB_FORM}"]` },
  { step: 'fb-form-yes', platform: 'facebook', url: FB_FORM, options: { formVariant: 'yesno' }, formStage: 'question', truth: '[data-r-ref="yesLabel"]' },
  { step: 'fb-form-email', platform: 'facebook', url: FB_FORM, formStage: 'fields', emailValue: '', truth: 'input[type="email"]' },
  { step: 'fb-form-country', platform: 'facebook', url: FB_FORM, options: { formVariant: 'country' }, formStage: 'fields', emailValue: 'marie@example.org', truth: 'select' },
  { step: 'fb-form-submit', platform: 'facebook', url: FB_FORM, formStage: 'fields', emailValue: 'marie@example.org', truth: '[data-r-ref="send"]' },
  { step: 'ig-more-menu', platform: 'instagram', url: `${IG}/`, truth: '[data-r-on="menu:more"]' },
  // The "More" layer has no role (docs/meta-pages.md, "Real markup"): the entry is found by its address.
  { step: 'ig-settings', platform: 'instagram', url: `${IG}/`, menu: 'more', truth: 'a[href="/accounts/edit/"]' },
  { step: 'ig-privacy-center', platform: 'instagram', url: `${IG}/accounts/edit/`, truth: `a[href="${IG_PC}/"]` },
  { step: 'ig-genai-topic', platform: 'instagram', url: `${IG_PC}/`, truth: 'a[href="/privacy/genai/"]' },
  { step: 'ig-object-link', platform: 'instagram', url: `${IG_PC}/privacy/genai/`, truth: `a[href="${IG_FORM}"]` },
  { step: 'ig-object-link', platform: 'instagram', url: `${IG_PC}/privacy/genai/`, options: { noticeInDialog: true }, truth: `a[href="${IG_FORM}"]` },
  { step: 'ig-form-yes', platform: 'instagram', url: IG_FORM, options: { formVariant: 'yesno' }, formStage: 'question', truth: '[data-r-ref="yesLabel"]' },
  { step: 'ig-form-email', platform: 'instagram', url: IG_FORM, formStage: 'fields', emailValue: '', truth: 'input[type="email"]' },
  { step: 'ig-form-submit', platform: 'instagram', url: IG_FORM, formStage: 'fields', emailValue: 'marie@example.org', truth: '[data-r-ref="send"]' },
  // The other routes of meta-flow.md: older labels, the notice on the Privacy Center home,
  // "AI at Meta" to /privacy/guide/genai, the 2024 forms' country and code, the Privacy Policy route.
  { step: 'fb-account-menu', platform: 'facebook', url: `${FB}/`, options: { accountMenuLabel: 'old' }, truth: '[data-r-on="menu:account"]' },
  { step: 'fb-genai-topic', platform: 'facebook', url: `${FB}/privacy/center/`, options: { topicLinksToGuide: true }, truth: 'a[href="/privacy/guide/genai"]' },
  { step: 'fb-object-link', platform: 'facebook', url: `${FB}/privacy/center/`, options: { noticeOnPrivacyCenterHome: true }, truth: `a[href="${FB_FORM}"]` },
  { step: 'ig-object-link', platform: 'instagram', url: `${IG_PC}/`, options: { noticeOnPrivacyCenterHome: true }, truth: `a[href="${IG_FORM}"]` },
  // Instagram's country is a typeahead (meta-flow.md, "Real markup"): its text input is the target.
  { step: 'ig-form-country', platform: 'instagram', url: IG_FORM, options: { formVariant: 'country' }, formStage: 'fields', emailValue: 'marie@example.org', truth: '[data-r-ref="countryInput"]' },
  { step: 'fb-form-code', platform: 'facebook', url: FB_FORM_2024, formStage: 'code', emailValue: 'marie@example.org', codeValue: '', truth: 'input[autocomplete="one-time-code"]' },
  { step: 'ig-form-code-confirm', platform: 'instagram', url: IG_FORM_2024, formStage: 'code', emailValue: 'marie@example.org', codeValue: '123456', truth: '[role="dialog"] [data-r-on="confirm"]' },
  { step: 'fb-settings', platform: 'facebook', url: `${FB}/`, menu: 'settings', options: NO_PC, truth: '[role="menu"] a[href="/settings/"]' },
  { step: 'fb-policy-link', platform: 'facebook', url: `${FB}/settings/`, options: NO_PC, truth: 'a[href="/privacy/policy/"]' },
  { step: 'ig-policy-link', platform: 'instagram', url: `${IG}/accounts/edit/`, options: NO_PC, truth: `a[href="${IG_PC}/policy/"]` },
  { step: 'fb-policy-other', platform: 'facebook', url: `${FB}/privacy/policy/`, truth: '[data-r-on="expand:other"]' },
  { step: 'ig-policy-genai', platform: 'instagram', url: `${IG_PC}/policy/`, panels: ['other'], truth: 'a[href="/policy/generative-ai/"]' },
  { step: 'fb-policy-object', platform: 'facebook', url: `${FB}/privacy/policy/generative-ai/`, truth: '[data-r-on="expand:object"]' },
  { step: 'fb-policy-requests', platform: 'facebook', url: `${FB}/privacy/policy/generative-ai/`, panels: ['object'], truth: `a[href="${FB_FORM_2024}${FROM_POLICY}"]` },
  { step: 'ig-policy-requests', platform: 'instagram', url: `${IG_PC}/policy/generative-ai/`, panels: ['object'], truth: `a[href="${IG_FORM_2024}${FROM_POLICY}"]` },
  { step: 'fb-form-choice', platform: 'facebook', url: `${FB_FORM_2024}${FROM_POLICY}`, formStage: 'chooser', truth: '[data-r-ref="own"]' },
  { step: 'ig-form-choice', platform: 'instagram', url: `${IG_FORM_2024}${FROM_POLICY}`, formStage: 'chooser', truth: '[data-r-ref="own"]' },
];

/** The boot configuration embedded in a replica document (see document.ts). */
function bootConfig(documentHtml: string): SpaConfig | FormConfig {
  const match = /boot\((\{.*\})\);\n<\/script>/s.exec(documentHtml);
  if (!match) throw new Error('not a replica document');
  return JSON.parse(match[1]) as SpaConfig | FormConfig;
}

function isForm(config: SpaConfig | FormConfig): config is FormConfig {
  return 'formId' in config;
}

/** The page's markup once rendered, as the runtime would mount it (hints still in). */
export function composeScene(scene: Scene, lang: ReplicaLang, doc: Document): HTMLElement {
  const url = new URL(scene.url);
  const site = siteOf(url.hostname);
  if (!site) throw new Error(scene.url);
  const config = bootConfig(pageFor(site, url, resolveOptions({ ...scene.options, lang, delayMs: 0 })).html);
  const body = doc.createElement('div');
  const fill = (container: Element | null, markup: string) => {
    if (!container) throw new Error(`${scene.step}: no container`);
    // Fixture markup written by the replica's own builders, parsed in a test document.
    container.innerHTML = markup;
  };
  if (isForm(config)) {
    fill(body, String(config.page));
    if (scene.formStage === 'chooser' && config.chooser) fill(body.querySelector('[data-r-ref="chooser"]'), String(config.chooser.html));
    if (scene.formStage === 'question' && config.question) fill(body.querySelector('[data-r-ref="question"]'), String(config.question));
    if (scene.formStage === 'fields' || scene.formStage === 'code') {
      fill(body.querySelector('[data-r-ref="fields"]'), String(config.fields));
      body.querySelector('input[type="email"]')?.setAttribute('value', scene.emailValue ?? '');
    }
    if (scene.formStage === 'code') {
      // Send was accepted: the country was chosen.
      body.querySelector('select option[value]:not([value=""])')?.setAttribute('selected', '');
      body.querySelector('[data-r-ref="countryInput"]')?.setAttribute('value', 'Ireland');
      body.querySelector('[data-r-ref="countryCode"]')?.setAttribute('value', 'IE');
      if (!config.codeDialog) throw new Error(`${scene.step}: this form asks no code`);
      const layer = doc.createElement('div');
      fill(layer, String(config.codeDialog.html));
      layer.querySelector('input')?.setAttribute('value', scene.codeValue ?? '');
      body.append(layer);
    }
    return body;
  }
  const view = config.views[normalizePath(url.pathname)] ?? config.fallback;
  if (config.shell) {
    fill(body, String(config.shell));
    fill(body.querySelector('[data-r-ref="outlet"]'), String(view.html));
  } else {
    fill(body, String(view.html));
  }
  const layer = (markup: unknown) => {
    const div = doc.createElement('div');
    fill(div, String(markup));
    body.append(div);
  };
  for (const name of scene.panels ?? []) {
    const toggle = body.querySelector(`[data-r-on="expand:${name}"]`);
    toggle?.setAttribute('aria-expanded', 'true');
    fill(toggle?.nextElementSibling ?? null, String(config.panels?.[name]));
  }
  if (view.dialog) layer(view.dialog);
  if (scene.menu) layer(config.menus?.[scene.menu]);
  return body;
}
