/**
 * Instagram's "Account privacy" (`/accounts/who_can_see_your_content/`): the "Private account"
 * input[role=switch] (state in aria-checked) and the "Switch to private account?" dialog; on a
 * professional account the switch is disabled, with Instagram's note (meta-flow.md).
 */
import { html, reactId } from '../../html';
import { TASK_TEXTS } from '../../i18n';
import type { PageContext, ReplicaPage } from '../context';
import { tasksPage } from '../shared/common';

const BACKDROP = 'position:fixed;inset:0;background:rgba(0,0,0,.65);display:flex;align-items:center;justify-content:center;z-index:20';
const DIALOG_BUTTON = 'display:block;padding:12px;border-top:1px solid #dbdbdb;text-align:center';

export function instagramPrivacyPage(ctx: PageContext): ReplicaPage {
  const t = TASK_TEXTS[ctx.lang].igPrivacy;
  const professional = ctx.options.instagramProfessional;
  const titleId = reactId();
  const page = html`<div role="main" style="max-width:600px;margin:32px auto;padding:0 16px">
      <h1 style="font-size:20px"><span dir="auto">${t.section}</span></h1>
      <div style="display:flex;align-items:center;justify-content:space-between;gap:16px;background:#fff;border:1px solid #dbdbdb;border-radius:12px;padding:16px">
        <span dir="auto">${t.privateAccount}</span>
        <input type="checkbox" role="switch" aria-label="${t.privateAccount}" aria-checked="false" data-r-on="toggle" data-r-ref="switch" style="width:40px;height:24px">
      </div>
      <p><span dir="auto" style="color:#737373">${t.hint}</span></p>
      ${professional ? html`<p><span dir="auto">${t.professionalNote}</span></p>` : ''}
    </div>`;
  const dialog = html`<div style="${BACKDROP}">
      <div role="dialog" aria-modal="true" aria-labelledby="${titleId}" style="background:#fff;border-radius:12px;width:400px">
        <h2 id="${titleId}" style="text-align:center;padding:16px 16px 0"><span dir="auto">${t.dialogTitle}</span></h2>
        <ul style="padding:0 32px 8px">${t.dialogPoints.map((point) => html`<li><span dir="auto">${point}</span></li>`)}</ul>
        <div role="button" tabindex="0" data-r-on="confirm" style="${DIALOG_BUTTON};color:#0095f6;font-weight:600"><span>${t.dialogConfirm}</span></div>
        <div role="button" tabindex="0" data-r-on="cancel" style="${DIALOG_BUTTON}"><span>${t.cancel}</span></div>
      </div>
    </div>`;
  return tasksPage(ctx, t.title, { kind: 'ig-privacy', page, dialog, professional });
}
