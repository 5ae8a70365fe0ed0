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
  /** Form pages: the yes/no question still unanswered; else the fields, the e-mail filled or not. */
  formStage?: 'question' | 'fields';
  emailValue?: string;
  /** CSS for the true target in the composed page, before the hints the runtime consumes are removed. */
  truth: string;
}

const FB = 'https://www.facebook.com';
const IG = 'https://www.instagram.com';
const IG_PC = 'https://privacycenter.instagram.com';
const FB_FORM = META_FORMS.facebookObjection2025.url;
const IG_FORM = META_FORMS.instagramObjection2025.url;

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
  { step: 'fb-form-yes', platform: 'facebook', url: FB_FORM, options: { formVariant: 'yesno' }, formStage: 'question', truth: '[data-r-ref="yes"]' },
  { step: 'fb-form-email', platform: 'facebook', url: FB_FORM, formStage: 'fields', emailValue: '', truth: 'input[type="email"]' },
  { step: 'fb-form-country', platform: 'facebook', url: FB_FORM, options: { formVariant: 'country' }, formStage: 'fields', emailValue: 'marie@example.org', truth: 'select' },
  { step: 'fb-form-submit', platform: 'facebook', url: FB_FORM, formStage: 'fields', emailValue: 'marie@example.org', truth: '[data-r-ref="send"]' },
  { step: 'ig-more-menu', platform: 'instagram', url: `${IG}/`, truth: '[data-r-on="menu:more"]' },
  { step: 'ig-settings', platform: 'instagram', url: `${IG}/`, menu: 'more', truth: '[role="menu"] a[href="/accounts/edit/"]' },
  { step: 'ig-privacy-center', platform: 'instagram', url: `${IG}/accounts/edit/`, truth: `a[href="${IG_PC}/"]` },
  { step: 'ig-genai-topic', platform: 'instagram', url: `${IG_PC}/`, truth: 'a[href="/privacy/genai/"]' },
  { step: 'ig-object-link', platform: 'instagram', url: `${IG_PC}/privacy/genai/`, truth: `a[href="${IG_FORM}"]` },
  { step: 'ig-object-link', platform: 'instagram', url: `${IG_PC}/privacy/genai/`, options: { noticeInDialog: true }, truth: `a[href="${IG_FORM}"]` },
  { step: 'ig-form-yes', platform: 'instagram', url: IG_FORM, options: { formVariant: 'yesno' }, formStage: 'question', truth: '[data-r-ref="yes"]' },
  { step: 'ig-form-email', platform: 'instagram', url: IG_FORM, formStage: 'fields', emailValue: '', truth: 'input[type="email"]' },
  { step: 'ig-form-submit', platform: 'instagram', url: IG_FORM, formStage: 'fields', emailValue: 'marie@example.org', truth: '[data-r-ref="send"]' },
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
    if (scene.formStage === 'question' && config.question) fill(body.querySelector('[data-r-ref="question"]'), String(config.question));
    if (scene.formStage === 'fields') {
      fill(body.querySelector('[data-r-ref="fields"]'), String(config.fields));
      body.querySelector('input[type="email"]')?.setAttribute('value', scene.emailValue ?? '');
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
  if (view.dialog) layer(view.dialog);
  if (scene.menu) layer(config.menus?.[scene.menu]);
  return body;
}
