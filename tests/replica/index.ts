/**
 * Replica of Meta's objection flow for end-to-end tests.
 *
 * `installReplica(context)` answers every request of a Playwright browser context through the
 * replica's router (router.ts): Meta's hosts get replica pages, anything else is aborted.
 * Every requested URL is recorded, and so is every form submission.
 *
 * See docs/meta-pages.md for what the real pages look like and do.
 */
import type { BrowserContext, Route } from '@playwright/test';
import type { ReplicaOptions } from './options';
import { createReplicaRouter, type ReplicaHandle } from './router';

export type { ReplicaLang } from './i18n';
export type { ReplicaOptions } from './options';
export type { ReplicaHandle, ReplicaSubmission } from './router';

export async function installReplica(context: BrowserContext, options: ReplicaOptions = {}): Promise<ReplicaHandle> {
  const router = createReplicaRouter(options);

  async function handle(route: Route): Promise<void> {
    const request = route.request();
    const answer = router.answer({
      url: request.url(),
      method: request.method(),
      body: request.postData(),
      referer: request.headers()['referer'],
      cookie: (await request.allHeaders())['cookie'],
      userAgent: request.headers()['user-agent'],
    });
    if (answer.action === 'pass') return route.continue();
    if (answer.action === 'block') return route.abort('blockedbyclient');
    return route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body });
  }

  await context.route('**/*', handle);
  return { submissions: () => router.submissions(), requests: () => router.requests() };
}
