/**
 * The help-center contact forms, shared by www.facebook.com/help/contact/<id> and
 * help.instagram.com/contact/<id>:
 *  - the objection form (2025 and 2024 ids; variants plain / yesno / country);
 *  - the third-party information form (no login: e-mail starts empty, no variants).
 *
 * The fragments built here are assembled in the page by assets/form.js, which keeps the
 * fields React-controlled (assets/controlled.js) and POSTs the page state on Send.
 */
import type { FormConfig } from '../../document';
import { html, reactId, type Html } from '../../html';
import { PREFILLED_EMAIL } from '../../options';
import type { PageContext, ReplicaPage } from '../context';
import { ROUTE_TEXTS } from '../../i18n';
import { CountryCodeSchema } from '../../texts/schema';
import { facebookLogo, instagramLogo } from './icons';
import { POLICY_ENTRY } from './privacyPolicy';
import { formPage } from './common';

export interface ContactFormSite {
  platform: 'facebook' | 'instagram';
  /** Where the header's "Help Center" link goes. */
  helpHome: string;
}

const CARD_STYLE = 'background:#fff;border-radius:8px;padding:24px;box-shadow:0 1px 2px rgba(0,0,0,.2)';
const FIELD_STYLE = 'display:block;width:100%;box-sizing:border-box;padding:8px;margin:4px 0 16px;font:inherit';

function pageFrame(ctx: PageContext, site: ContactFormSite, title: string, intro: string): Html {
  const logo = site.platform === 'facebook' ? facebookLogo() : instagramLogo();
  return html`<div role="banner" style="display:flex;align-items:center;gap:12px;padding:8px 24px;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.2)">
      <a role="link" href="${site.helpHome}" style="display:flex;align-items:center;gap:8px">${logo}<span>${ctx.t.form.helpCenter}</span></a>
    </div>
    <div role="main" style="max-width:640px;margin:24px auto;padding:0 16px">
      <div style="${CARD_STYLE}" data-r-ref="card">
        <h2>${title}</h2>
        <p>${intro}</p>
        <div data-r-ref="chooser"></div>
        <div data-r-ref="question"></div>
        <div data-r-ref="fields"></div>
      </div>
    </div>`;
}

/** A help form's field id: a long number, as Meta's are (a new one on each load: the guide must not know them). */
function fieldId(): string {
  return String(1_000_000_000_000_000 + Math.floor(Math.random() * 8_999_999_999_999_999));
}

/** Instagram's generated ids for controls that have no field id of their own (`u_0_e`). */
function generatedId(): string {
  return `u_0_${Math.random().toString(36).slice(2, 3)}`;
}

/** How a form asks the country: not at all, Facebook's `<select>`, Instagram's typeahead. */
type CountryField = 'none' | 'select' | 'typeahead';

/**
 * The fields as saved from Meta's help forms (meta-flow.md, "Real markup"): a
 * `form[method=post]` posting to `/ajax/help/contact/submit/page` (mobile: `/a/help/contact_us/`)
 * with the hidden `support_form_*` inputs; one `div#SupportFormRow.<fieldId>` per field, its
 * control carrying the bare field id; the e-mail named `email` with `confirm_email` beside it;
 * Send a real `<button>` holding a `span`, its value the same word.
 */
function fields(ctx: PageContext, formId: string, reasonLabel: string, country: CountryField): Html {
  const { form } = ctx.t;
  const mobile = ctx.url.hostname.startsWith('m.');
  const ids = { email: fieldId(), reason: fieldId(), country: fieldId() };
  const row = (id: string, content: Html) => html`<div id="SupportFormRow.${id}">${content}</div>`;
  const hiddenFields = JSON.stringify({ email: ids.email, reason: ids.reason, ...(country === 'none' ? {} : { country: ids.country }) });
  const countryRow =
    country === 'select'
      ? row(ids.country, html`<label for="${ids.country}">${form.country}</label>
        <select id="${ids.country}" name="Field${ids.country}" required data-r-field="country" style="${FIELD_STYLE}">
          <option value="">${form.countryPlaceholder}</option>
          ${CountryCodeSchema.options.map((code) => html`<option value="${code}">${form.countries[code]}</option>`)}
        </select>
        <div data-r-ref="countryError"></div>`)
      : country === 'typeahead'
        ? typeahead(ids.country, form.country, form.countryPlaceholder, row)
        : '';
  return html`<form method="post" action="${mobile ? '/a/help/contact_us/' : '/ajax/help/contact/submit/page'}" data-r-ref="form">
      <input type="hidden" name="support_form_id" value="${formId}">
      <input type="hidden" name="support_form_locale_id" value="${ctx.lang.replace('-', '_')}">
      <input type="hidden" name="support_form_hidden_fields" value="${hiddenFields}">
      <input type="hidden" name="support_form_fact_false_fields" value="[]">
      ${row(ids.email, html`<label for="${ids.email}">${form.email}</label>
        <input type="email" id="${ids.email}" name="email" autocomplete="email" data-r-field="email" style="${FIELD_STYLE}">
        <input type="hidden" name="confirm_email" value="${ctx.options.emailPrefilled ? PREFILLED_EMAIL : ''}">
        <div data-r-ref="emailError"></div>`)}
      ${row(ids.reason, html`<label for="${ids.reason}">${reasonLabel}</label>
        <textarea id="${ids.reason}" name="Field${ids.reason}" rows="6" data-r-field="reason" style="${FIELD_STYLE}"></textarea>
        <div data-r-ref="reasonError"></div>`)}
      ${countryRow}
      <div style="display:flex;justify-content:flex-end">
        <button ${mobile ? html`type="submit"` : ''} value="${form.send}" data-r-on="send" data-r-ref="send" style="background:#0866ff;color:#fff;border:0;border-radius:6px;padding:8px 24px;font:inherit">
          <span>${form.send}</span>
        </button>
      </div>
    </form>`;
}

/**
 * Instagram's country typeahead: a text input with a generated id, filled by typing and choosing
 * from the suggestion list (assets/typeahead.js), and the hidden `Field<id>_iso2_country_code`
 * the choice sets. Text typed but not chosen leaves the code empty: the form refuses it.
 */
function typeahead(id: string, label: string, placeholder: string, row: (id: string, content: Html) => Html): Html {
  const inputId = generatedId();
  return row(id, html`<label for="${inputId}">${label}</label>
    <div style="position:relative">
      <input type="text" id="${inputId}" autocomplete="off" placeholder="${placeholder}" data-r-ref="countryInput" style="${FIELD_STYLE}">
      <input type="hidden" name="Field${id}_iso2_country_code" value="" data-r-ref="countryCode">
      <ul data-r-ref="countrySuggestions" style="position:absolute;left:0;right:0;top:100%;z-index:5;margin:-12px 0 0;padding:0;list-style:none;background:#fff;box-shadow:0 2px 8px rgba(0,0,0,.25)"></ul>
    </div>
    <div data-r-ref="countryError"></div>`);
}

function confirmation(title: string, text: string): Html {
  return html`<div><h2>${title}</h2><p>${text}</p></div>`;
}

/** The 2025 forms' confirmation window: a dialog over the page, the form left behind it (meta-flow.md, "Real markup"). */
function confirmationWindow(title: string, text: string): Html {
  return html`<div style="position:fixed;inset:0;z-index:20;background:rgba(0,0,0,.4);display:flex;align-items:center;justify-content:center">
    <div role="dialog" aria-modal="true" aria-label="${title}" style="background:#fff;border-radius:8px;width:460px;padding:24px">
      <h2>${title}</h2>
      <p>${text}</p>
      <div style="display:flex;justify-content:flex-end">
        <div role="button" tabindex="0" data-r-on="closeConfirmation" style="background:#0866ff;color:#fff;border-radius:6px;padding:8px 24px"><span>OK</span></div>
      </div>
    </div>
  </div>`;
}

/** What the 2024 forms ask beyond the 2025 ones (meta-flow.md, "More facts"). */
const MIN_REASON_2024 = 100;

/** The Privacy Policy route's chooser of three radio options. */
function chooser(ctx: PageContext): NonNullable<FormConfig['chooser']> {
  const c = ROUTE_TEXTS[ctx.lang].chooser;
  const option = (ref: string, label: string) =>
    html`<div role="radio" aria-checked="false" tabindex="0" data-r-on="choose:${ref}" data-r-ref="${ref}" style="display:flex;align-items:center;gap:8px;margin:6px 0;padding:8px 12px;border:1px solid #ccd0d5;border-radius:6px"><span>${label}</span></div>`;
  return {
    html: html`<div role="radiogroup" aria-label="${c.legend}" style="margin-bottom:16px">
        <p><span>${c.legend}</span></p>
        ${option('own', c.own)}${option('thirdParty', c.thirdParty)}${option('different', c.different)}
        <div data-r-ref="choiceNote"></div>
      </div>`,
    thirdPartyNote: html`<p>${c.thirdPartyNote} <a role="link" href="https://www.facebook.com/help/contact/510058597920541">${ctx.t.thirdParty.title}</a></p>`,
    differentNote: html`<p>${c.differentNote}</p>`,
  };
}

/** The 2024 forms' e-mail code step: a dialog over the form. */
function codeDialog(ctx: PageContext): NonNullable<FormConfig['codeDialog']> {
  const f = ROUTE_TEXTS[ctx.lang].form2024;
  const id = reactId();
  return {
    error: f.codeError,
    html: html`<div style="position:fixed;inset:0;z-index:20;background:rgba(0,0,0,.4);display:flex;align-items:center;justify-content:center">
      <div role="dialog" aria-modal="true" aria-label="${f.codeTitle}" style="background:#fff;border-radius:8px;width:420px;padding:24px">
        <h2>${f.codeTitle}</h2>
        <p>${f.codeBody}</p>
        <label for="${id}">${f.codeLabel}</label>
        <input type="text" id="${id}" inputmode="numeric" autocomplete="one-time-code" data-r-ref="code" style="${FIELD_STYLE}">
        <div data-r-ref="codeError"></div>
        <div style="display:flex;justify-content:flex-end">
          <div role="button" tabindex="0" data-r-on="confirm" style="background:#0866ff;color:#fff;border-radius:6px;padding:8px 24px"><span>${f.codeConfirm}</span></div>
        </div>
      </div>
    </div>`,
  };
}

export function objectionFormPage(
  ctx: PageContext,
  site: ContactFormSite,
  form: { id: string; edition: 2025 | 2024 },
): ReplicaPage {
  const { t, options } = ctx;
  const title = form.edition === 2025 ? t.form.title2025 : t.form.title2024;
  // The Privacy Policy route opens the form with its chooser and the yes/no question; a direct link skips both.
  const fromPolicy = ctx.url.searchParams.get(POLICY_ENTRY.param) === POLICY_ENTRY.value;
  const is2024 = form.edition === 2024;
  const confirmationText = options.confirmation === 'applied' ? ROUTE_TEXTS[ctx.lang].confirmationApplied : t.form.confirmation;
  // The yes/no question as saved: real radios whose ids are the field id and their index, each beside its label.
  const questionId = fieldId();
  const radio = (answer: 'yes' | 'no', index: number, label: string) =>
    html`<div style="display:inline-flex;align-items:center;gap:6px;margin-right:16px;padding:6px 12px;border:1px solid #ccd0d5;border-radius:6px">
      <input type="radio" name="Field${questionId}" id="${questionId}.${index}" value="${answer}" data-r-on="answer:${answer}" data-r-ref="${answer}">
      <label for="${questionId}.${index}" data-r-ref="${answer}Label"><span>${label}</span></label>
    </div>`;
  const config: FormConfig = {
    formId: form.id,
    kind: 'objection',
    variant: options.formVariant,
    initialEmail: options.emailPrefilled ? PREFILLED_EMAIL : '',
    page: pageFrame(ctx, site, title, t.form.intro),
    question:
      options.formVariant === 'yesno' || fromPolicy
        ? html`<div id="SupportFormRow.${questionId}" role="radiogroup" aria-label="${t.form.question}" style="margin-bottom:16px">
            <p><span>${t.form.question}</span></p>
            ${radio('yes', 0, t.form.yes)}${radio('no', 1, t.form.no)}
            <div data-r-ref="answerNote"></div>
          </div>`
        : undefined,
    noMessage: html`<p style="margin-top:12px">${t.form.noMessage}</p>`,
    fields: fields(ctx, form.id, t.form.reason, options.formVariant === 'country' || is2024 ? (site.platform === 'instagram' ? 'typeahead' : 'select') : 'none'),
    confirmation: confirmation(t.form.thanks, confirmationText),
    confirmationWindow: options.confirmationWindow ? confirmationWindow(t.form.thanks, confirmationText) : undefined,
    countries: CountryCodeSchema.options.map((code) => ({ code, name: t.form.countries[code] })),
    errors: {
      email: t.form.errorEmail,
      country: t.form.errorCountry,
      reason: ROUTE_TEXTS[ctx.lang].form2024.errorReason,
    },
    chooser: fromPolicy ? chooser(ctx) : undefined,
    askCountry: is2024,
    reasonMinLength: is2024 ? MIN_REASON_2024 : undefined,
    codeDialog: is2024 ? codeDialog(ctx) : undefined,
  };
  return formPage(ctx, `${title} | ${t.form.helpCenter}`, config);
}

export function thirdPartyFormPage(ctx: PageContext, site: ContactFormSite, formId: string): ReplicaPage {
  const { t } = ctx;
  const config: FormConfig = {
    formId,
    kind: 'third-party',
    variant: 'plain',
    initialEmail: '',
    page: pageFrame(ctx, site, t.thirdParty.title, t.thirdParty.intro),
    fields: fields(ctx, formId, t.thirdParty.reason, 'none'),
    confirmation: confirmation(t.form.thanks, t.thirdParty.confirmation),
    errors: { email: t.form.errorEmail, country: t.form.errorCountry },
  };
  return formPage(ctx, `${t.thirdParty.title} | ${t.form.helpCenter}`, config);
}
