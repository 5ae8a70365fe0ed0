/**
 * Facebook's Posts settings (`/settings/?tab=posts`), the older Privacy tab (`/settings?tab=privacy`)
 * and Privacy Checkup (`/privacy/checkup/`): the "Limit who can see past posts" row and its
 * confirmation dialog, next to audience buttons named "Edit privacy. Sharing with …" (see
 * shared/meta-flow.md, "Beyond the objection"). Row texts sit in span[dir=auto] inside [role=main].
 */
import { html, reactId, type Html } from '../../html';
import { TASK_TEXTS } from '../../i18n';
import type { PageContext, ReplicaPage } from '../context';
import { tasksPage } from '../shared/common';
import { facebookLogo } from '../shared/icons';

const CARD = 'background:#fff;border-radius:8px;padding:16px 20px;margin-bottom:16px;box-shadow:0 1px 2px rgba(0,0,0,.2)';
const BUTTON = 'display:inline-block;background:#e4e6eb;border-radius:6px;padding:6px 12px;font-weight:600';
const BACKDROP = 'position:fixed;inset:0;background:rgba(255,255,255,.8);display:flex;align-items:center;justify-content:center;z-index:20';

/** The path and tab this builder answers, or undefined. */
export function facebookPostsVariant(path: string, url: URL): 'posts' | 'privacy' | 'checkup' | undefined {
  if (path === '/privacy/checkup') return 'checkup';
  if (path !== '/settings') return undefined;
  const tab = url.searchParams.get('tab');
  return tab === 'posts' ? 'posts' : tab === 'privacy' ? 'privacy' : undefined;
}

function row(label: string, hint: string, control: Html): Html {
  return html`<div style="display:flex;align-items:center;gap:16px;padding:12px 0;border-top:1px solid #dadde1">
      <div style="flex:1"><span dir="auto" style="font-weight:600">${label}</span><div><span dir="auto" style="color:#65676b">${hint}</span></div></div>
      ${control}
    </div>`;
}

function audienceButton(ctx: PageContext, who: string): Html {
  const t = TASK_TEXTS[ctx.lang].fbPosts;
  return html`<div role="button" tabindex="0" aria-label="${t.audience.replace('{who}', who)}" data-r-on="noop" style="${BUTTON}"><span>${who}</span></div>`;
}

export function facebookPostsPage(ctx: PageContext, variant: 'posts' | 'privacy' | 'checkup'): ReplicaPage {
  const t = TASK_TEXTS[ctx.lang].fbPosts;
  const limitButton = html`<div role="button" tabindex="0" data-r-on="open" style="${BUTTON}"><span><span>${t.limitButton}</span></span></div>`;
  const heading = variant === 'checkup' ? t.checkupTitle : t.posts;
  const rows = html`
      ${variant === 'checkup' ? html`<h3><span dir="auto">${t.checkupTopic}</span></h3>` : ''}
      ${row(t.futureRow, t.futureHint, audienceButton(ctx, t.public))}
      ${row(t.pastRow, t.pastHint, limitButton)}`;
  const titleId = reactId();
  const page = html`<div role="banner" style="display:flex;align-items:center;gap:12px;padding:8px 16px;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.2)">
      <a role="link" href="/" aria-label="Facebook">${facebookLogo()}</a>
    </div>
    <div style="display:flex">
      <div role="navigation" aria-label="${t.settings}" style="width:280px;padding:16px;background:#fff;min-height:600px">
        <h1 style="font-size:24px">${t.settings}</h1>
        <a role="link" href="/settings/?tab=posts" style="display:block;padding:8px"><span>${t.posts}</span></a>
      </div>
      <div role="main" style="flex:1;max-width:700px;margin:24px">
        <div style="${CARD}" data-r-ref="card"><h2>${heading}</h2>${rows}</div>
        <div style="${CARD}">${row(t.friendsListRow, '', audienceButton(ctx, t.friends))}</div>
      </div>
    </div>`;
  const dialog = html`<div style="${BACKDROP}">
      <div role="dialog" aria-modal="true" aria-labelledby="${titleId}" style="background:#fff;border-radius:8px;padding:20px;max-width:500px;box-shadow:0 12px 28px rgba(0,0,0,.3)">
        <h2 id="${titleId}"><span dir="auto">${t.dialogTitle}</span></h2>
        <p><span dir="auto">${t.dialogText}</span></p>
        <div style="display:flex;justify-content:flex-end;gap:8px">
          <div role="button" tabindex="0" data-r-on="cancel" style="${BUTTON};background:none;color:#0866ff"><span>${t.cancel}</span></div>
          <div role="button" tabindex="0" data-r-on="confirm" style="${BUTTON};background:#0866ff;color:#fff"><span><span>${t.dialogConfirm}</span></span></div>
        </div>
      </div>
    </div>`;
  return tasksPage(ctx, variant === 'checkup' ? `${t.checkupTitle} | Facebook` : t.title, { kind: 'fb-posts', page, dialog });
}
