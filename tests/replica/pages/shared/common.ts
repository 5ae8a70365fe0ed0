/**
 * Pieces shared by every site: the "not available" view and the helpers that wrap a
 * single-page app or a form into a served document.
 */
import { htmlDocument, type FormConfig, type SpaConfig, type SpaView } from '../../document';
import { html } from '../../html';
import type { PageContext, ReplicaPage } from '../context';

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

/** A single-page app document; its first view is chosen in the page from location.pathname. */
export function spaPage(ctx: PageContext, title: string, config: SpaConfig): ReplicaPage {
  return {
    status: 200,
    html: htmlDocument({
      lang: ctx.lang,
      title,
      delayMs: ctx.options.delayMs,
      loading: ctx.t.common.loading,
      runtime: 'spa',
      config,
    }),
  };
}

export function formPage(ctx: PageContext, title: string, config: FormConfig): ReplicaPage {
  return {
    status: 200,
    html: htmlDocument({
      lang: ctx.lang,
      title,
      delayMs: ctx.options.delayMs,
      loading: ctx.t.common.loading,
      runtime: 'form',
      config,
    }),
  };
}
