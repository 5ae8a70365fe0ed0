/**
 * The replica's router, free of any browser driver: given a request, what to answer. Playwright
 * (index.ts, context.route) and Firefox over WebDriver BiDi (tests/firefox/) both drive it.
 *  - facebook.com and its subdomains, instagram.com and its subdomains, accountscenter.meta.com
 *    get replica pages (pages/), in-page runtime files (assets/) and the form submit endpoint;
 *  - any other http(s) host is blocked; other schemes (data:, extension pages) pass through.
 * Every requested URL is recorded, and so is every form submission.
 */
import { readFileSync } from 'node:fs';
import { ASSET_PATH, SUBMIT_PATH } from './document';
import { resolveOptions, type ReplicaOptions } from './options';
import { pageFor, siteOf } from './pages';
import { phoneSiteRedirect } from './pages/facebook/mobile';
import { withActiveProfile } from './profiles';

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

export interface ReplicaRequest {
  url: string;
  method: string;
  /** The request body, if any. */
  body: string | null;
  referer: string | undefined;
  /** The Cookie header: Meta's `i_user` cookie picks the acting profile (profiles.ts). */
  cookie: string | undefined;
  /** Meta sends a phone's user agent from www.facebook.com's feed to its phone site (pages/facebook/mobile.ts). */
  userAgent?: string;
}

export type ReplicaAnswer =
  | { action: 'pass' }
  | { action: 'block' }
  | { action: 'fulfill'; status: number; contentType?: string; body: string };

export interface ReplicaRouter extends ReplicaHandle {
  answer(request: ReplicaRequest): ReplicaAnswer;
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

export function createReplicaRouter(options: ReplicaOptions = {}): ReplicaRouter {
  const resolved = resolveOptions(options);
  const submissions: ReplicaSubmission[] = [];
  const requests: string[] = [];

  function answer(request: ReplicaRequest): ReplicaAnswer {
    requests.push(request.url);
    const url = new URL(request.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return { action: 'pass' };
    const site = siteOf(url.hostname);
    if (!site) return { action: 'block' };

    if (url.pathname.startsWith(ASSET_PATH)) {
      const name = url.pathname.slice(ASSET_PATH.length);
      const body = asset(name);
      if (body === undefined) return { action: 'fulfill', status: 404, body: '' };
      return { action: 'fulfill', status: 200, contentType: ASSET_TYPES[name.split('.').pop()!], body };
    }

    if (url.pathname === SUBMIT_PATH) {
      if (request.method !== 'POST') return { action: 'fulfill', status: 405, body: '' };
      const sent = parseSubmission(request.body);
      submissions.push({
        url: String(sent.url ?? request.referer ?? ''),
        email: String(sent.email ?? ''),
        reason: String(sent.reason ?? ''),
        ...(typeof sent.country === 'string' ? { country: sent.country } : {}),
        ...(typeof sent.code === 'string' ? { code: sent.code } : {}),
      });
      return { action: 'fulfill', status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true }) };
    }

    if (url.pathname === '/favicon.ico') return { action: 'fulfill', status: 404, body: '' };

    const toPhoneSite = site === 'facebook' && request.userAgent ? phoneSiteRedirect(url, request.userAgent) : undefined;
    if (toPhoneSite) return { action: 'fulfill', status: 200, contentType: 'text/html; charset=utf-8', body: toPhoneSite };
    const page = pageFor(site, url, withActiveProfile(resolved, request.cookie));
    return { action: 'fulfill', status: page.status, contentType: 'text/html; charset=utf-8', body: page.html };
  }

  return {
    answer,
    submissions: () => submissions.map((s) => ({ ...s })),
    requests: () => [...requests],
  };
}
