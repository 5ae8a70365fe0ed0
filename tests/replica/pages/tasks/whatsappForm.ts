/**
 * WhatsApp's data subject rights form (`www.whatsapp.com/contact/forms/<id>/`): a choice of
 * question, then e-mail, phone number and message, React-controlled, and Send (meta-flow.md).
 */
import { html, reactId } from '../../html';
import { TASK_TEXTS } from '../../i18n';
import type { PageContext, ReplicaPage } from '../context';
import { notAvailableView, spaPage, tasksPage } from '../shared/common';

const FIELD = 'display:block;width:100%;box-sizing:border-box;padding:8px;margin:4px 0 16px;font:inherit';
const FORM_PATH = /^\/contact\/forms\/\d+\/?$/;

export function whatsappPage(ctx: PageContext): ReplicaPage {
  if (!FORM_PATH.test(ctx.url.pathname)) return spaPage(ctx, 'WhatsApp', { views: {}, fallback: notAvailableView(ctx, 'WhatsApp') });
  const t = TASK_TEXTS[ctx.lang].waForm;
  const ids = { email: reactId(), phone: reactId(), reason: reactId() };
  const page = html`<div role="banner" style="padding:12px 24px;background:#008069;color:#fff;font-weight:700">WhatsApp</div>
    <div role="main" style="max-width:640px;margin:24px auto;padding:0 16px">
      <div data-r-ref="card" style="background:#fff;border-radius:8px;padding:24px">
        <h1 style="font-size:22px">${t.title}</h1>
        <p>${t.intro}</p>
        <div role="radiogroup" aria-label="${t.question}">
          <p><span>${t.question}</span></p>
          ${t.options.map((option, i) => html`<div role="radio" aria-checked="false" tabindex="0" data-r-on="choose:${String(i)}" data-r-ref="choice${String(i)}" style="padding:8px 12px;margin:4px 0;border:1px solid #ccd0d5;border-radius:6px"><span>${option}</span></div>`)}
        </div>
        <div data-r-ref="fields"></div>
      </div>
    </div>`;
  const fields = html`<div style="margin-top:16px">
      <label for="${ids.email}">${t.email}</label>
      <input type="email" id="${ids.email}" autocomplete="email" data-r-field="email" style="${FIELD}">
      <div data-r-ref="emailError"></div>
      <label for="${ids.phone}">${t.phone}</label>
      <input type="tel" id="${ids.phone}" autocomplete="tel" data-r-field="phone" style="${FIELD}">
      <div data-r-ref="phoneError"></div>
      <label for="${ids.reason}">${t.message}</label>
      <textarea id="${ids.reason}" rows="4" data-r-field="reason" style="${FIELD}"></textarea>
      <button type="button" data-r-on="send" style="background:#008069;color:#fff;border:none;border-radius:20px;padding:8px 24px;font:inherit">${t.send}</button>
    </div>`;
  return tasksPage(ctx, `${t.title} | WhatsApp`, {
    kind: 'wa-form',
    page,
    fields,
    confirmation: html`<div><h2>WhatsApp</h2><p>${t.thanks}</p></div>`,
    errors: { email: t.errorEmail, phone: t.errorPhone },
  });
}
