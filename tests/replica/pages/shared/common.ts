/**
 * Pieces shared by every site: the "not available" view and the helpers that wrap a
 * single-page app or a form into a served document.
 */
import { htmlDocument, type FeedConfig, type FormConfig, type SpaConfig, type SpaView } from '../../document';
import { html, type Html } from '../../html';
import type { PageContext, ReplicaPage } from '../context';
import type { TasksConfig } from '../tasks/config';
import { metaLogo } from './icons';

/** What Meta shows for a path it does not know (served with status 200, as Meta does). */
export function notAvailableView(ctx: PageContext, title: string): SpaView {
  const { common } = ctx.t;
  return {
    title,
    html: html`<div style="max-width:500px;margin:80px auto;text-align:center">
      <h2>${common.notAvailable}</h2>
      <p>${common.notAvailableHint}</p>
    </div>`,
  };
}

/**
 * The shell of Meta's own sites (Privacy Center, Privacy Policy, Accounts Center): a banner with
 * the Meta logo and a link to the site's home, above the outlet the views render into.
 */
export function metaShell(home: { href: string; label: string }, mainWidth: number, bannerShadow = true): Html {
  const shadow = bannerShadow ? ';box-shadow:0 1px 2px rgba(0,0,0,.2)' : '';
  return html`<div role="banner" style="display:flex;align-items:center;gap:12px;padding:12px 24px;background:#fff${shadow}">
      ${metaLogo()}<a role="link" href="${home.href}"><span>${home.label}</span></a>
    </div>
    <div role="main" style="max-width:${String(mainWidth)}px;margin:24px auto;padding:0 16px" data-r-ref="outlet"></div>`;
}

/** A single-page app document; its first view is chosen in the page from location.pathname. */
export function spaPage(ctx: PageContext, title: string, config: SpaConfig): ReplicaPage {
  return runtimePage(ctx, title, 'spa', config);
}

export function formPage(ctx: PageContext, title: string, config: FormConfig): ReplicaPage {
  return runtimePage(ctx, title, 'form', config);
}

export function tasksPage(ctx: PageContext, title: string, config: TasksConfig): ReplicaPage {
  return runtimePage(ctx, title, 'tasks', config);
}

function runtimePage(ctx: PageContext, title: string, runtime: 'spa' | 'form' | 'tasks', config: SpaConfig | FormConfig | TasksConfig): ReplicaPage {
  return {
    status: 200,
    html: htmlDocument({ lang: ctx.lang, title, delayMs: ctx.options.delayMs, loading: ctx.t.common.loading, runtime, config }),
  };
}

/** The home feed both sites show: 50 posts, a new one every second. */
export function feedConfig(ctx: PageContext, platform: FeedConfig['platform']): FeedConfig {
  const { feed } = ctx.t;
  return { platform, posts: feed.posts, like: feed.like, comment: feed.comment, share: feed.share, initialPosts: 50, intervalMs: 1000 };
}
