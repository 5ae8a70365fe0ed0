/**
 * Replica of Meta's objection flow for end-to-end tests.
 *
 * `installReplica(context)` answers every request of a Playwright browser context:
 *  - facebook.com and its subdomains, instagram.com and its subdomains, accountscenter.meta.com
 *    get replica pages (pages/), in-page runtime files (assets/) and the form submit endpoint;
 *  - anything else is aborted.
 * Every requested URL is recorded, and so is every form submission.
 *
 * See /work/shared/meta-flow.md for what the real pages look like and do.
 */
import { readFileSync } from 'node:fs';
import type { BrowserContext, Route } from '@playwright/test';
import { ASSET_PATH, SUBMIT_PATH } from './document';
import { resolveOptions, type ReplicaOptions } from './options';
import { pageFor, siteOf } from './pages';
import { withActiveProfile } from './profiles';

export type { ReplicaLang } from './i18n';
export type { ReplicaOptions } from './options';

export interface ReplicaSubmission {
  /** The form page that sent it. */
  url: string;
  email: string;
  reason: string;
  /** Only on the form variant that asks for it. */
  country?: string;
  /** The e-mailed code, on the 2024 forms (sent only once confirmed). */
  code?: string;
}

export interface ReplicaHandle {
  /** Every Send a form performed, with the page state it sent. */
  submissions(): ReplicaSubmission[];
  /** Every URL the browser requested through the router, Meta's or not. */
  requests(): string[];
}

const ASSET_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** tests/replica/assets/<name>, served as ASSET_PATH<name>; read once per process. */
const assetCache = new Map<string, string>();
function asset(name: string): string | undefined {
  if (!/^[a-z]+\.(js|css)$/.test(name)) return undefined;
  if (!assetCache.has(name)) {
    try {
      assetCache.set(name, readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8'));
    } catch {
      return undefined;
    }
  }
  return assetCache.get(name);
}

function parseSubmission(body: string | null): Partial<ReplicaSubmission> {
  try {
    return JSON.parse(body ?? '{}') as Partial<ReplicaSubmission>;
  } catch {
    return {};
  }
}

export async function installReplica(context: BrowserContext, options: ReplicaOptions = {}): Promise<ReplicaHandle> {
  const resolved = resolveOptions(options);
  const submissions: ReplicaSubmission[] = [];
  const requests: string[] = [];

  async function handle(route: Route): Promise<void> {
    const request = route.request();
    requests.push(request.url());
    const url = new URL(request.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return route.continue();
    const site = siteOf(url.hostname);
    if (!site) return route.abort('blockedbyclient');

    if (url.pathname.startsWith(ASSET_PATH)) {
      const name = url.pathname.slice(ASSET_PATH.length);
      const body = asset(name);
      if (body === undefined) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, contentType: ASSET_TYPES[name.split('.').pop()!], body });
    }

    if (url.pathname === SUBMIT_PATH) {
      if (request.method() !== 'POST') return route.fulfill({ status: 405, body: '' });
      const sent = parseSubmission(request.postData());
      submissions.push({
        url: String(sent.url ?? request.headers()['referer'] ?? ''),
        email: String(sent.email ?? ''),
        reason: String(sent.reason ?? ''),
        ...(typeof sent.country === 'string' ? { country: sent.country } : {}),
        ...(typeof sent.code === 'string' ? { code: sent.code } : {}),
      });
      return route.fulfill({ status: 200, json: { ok: true } });
    }

    if (url.pathname === '/favicon.ico') return route.fulfill({ status: 404, body: '' });

    const page = pageFor(site, url, withActiveProfile(resolved, (await request.allHeaders())['cookie']));
    return route.fulfill({ status: page.status, contentType: 'text/html; charset=utf-8', body: page.html });
  }

  await context.route('**/*', handle);
  return {
    submissions: () => submissions.map((s) => ({ ...s })),
    requests: () => [...requests],
  };
}
