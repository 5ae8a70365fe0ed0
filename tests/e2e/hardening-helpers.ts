/**
 * Helpers of the hardening suite (tests/e2e/hardening-*.spec.ts): what the extension logs,
 * which requests it makes, and small ways to reach its storage from the service worker.
 */
import type { ConsoleMessage, Request, WebError, Worker } from '@playwright/test';
import { ASSET_PATH, SUBMIT_PATH } from '../replica/document';
import type { Browser } from './fixtures';

/** The extension's own API, as seen inside its service worker. */
declare const chrome: {
  storage: {
    local: {
      get(keys: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      clear(): Promise<void>;
    };
  };
};

export interface Problem {
  /** Where it was seen: the page's URL, or "service worker". */
  where: string;
  /** console type (error, warning) or "uncaught". */
  type: string;
  text: string;
  /** The script the message came from, when the browser says. */
  source: string;
}

const EXTENSION_URL = /^chrome-extension:\/\//;

function format(problems: readonly Problem[]): string {
  return problems.map((p) => `[${p.type}] ${p.where}${p.source ? ` (${p.source})` : ''}: ${p.text}`).join('\n');
}

/**
 * Collects every console error/warning and uncaught error of every page and worker of the
 * context, sorted into the extension's own (popup, options, service worker, content scripts,
 * or a text that names Opposer) and the pages' own. Call right after launch.
 */
export async function watchConsole(ext: Browser) {
  const extension: Problem[] = [];
  const pages: Problem[] = [];
  const belongsToExtension = (p: Problem) =>
    EXTENSION_URL.test(p.where) || EXTENSION_URL.test(p.source) || p.where === 'service worker' || /opposer/i.test(p.text);
  const add = (p: Problem) => (belongsToExtension(p) ? extension : pages).push(p);

  ext.context.on('console', (m: ConsoleMessage) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    const worker = m.worker();
    const where = worker ? (EXTENSION_URL.test(worker.url()) ? 'service worker' : worker.url()) : (m.page()?.url() ?? '');
    add({ where, type: m.type(), text: m.text(), source: m.location().url ?? '' });
  });
  ext.context.on('weberror', (e: WebError) => {
    const error = e.error();
    add({ where: e.page()?.url() ?? '', type: 'uncaught', text: `${error.message}\n${error.stack ?? ''}`, source: /chrome-extension:\/\/[^\s)]+/.exec(error.stack ?? '')?.[0] ?? '' });
  });
  // Uncaught errors and rejections of a service worker reach no Playwright event: make them log,
  // in the running worker and in every one started later.
  const instrument = (worker: Worker) => worker.evaluate(() => {
    const scope = self as unknown as EventTarget;
    scope.addEventListener('error', (event) => console.error(`[uncaught in the service worker] ${(event as ErrorEvent).message}`));
    scope.addEventListener('unhandledrejection', (event) => {
      const reason: unknown = (event as PromiseRejectionEvent).reason;
      const stack = reason instanceof Error ? reason.stack : undefined;
      console.error(`[unhandled rejection in the service worker] ${stack ?? JSON.stringify(reason)}`);
    });
  }).catch(() => undefined);
  ext.context.on('serviceworker', (worker) => void instrument(worker));
  await instrument(ext.serviceWorker);

  return {
    extension: () => [...extension],
    pages: () => [...pages],
    format,
  };
}

export interface SeenRequest {
  url: string;
  method: string;
  navigation: boolean;
  /** 'service worker', the frame's URL, or '' when unknown. */
  from: string;
}

/**
 * Records every request of the context and says which ones the extension must not have made:
 * anything from its service worker or its own pages to the web, any host outside `hosts`
 * (the hosts the test visits), and, on those hosts, anything a replica page never asks for
 * (its pages, its runtime under ASSET_PATH, the favicon, the form's POST to SUBMIT_PATH).
 */
export function watchRequests(ext: Browser) {
  const seen: SeenRequest[] = [];
  ext.context.on('request', (r: Request) => {
    let from = '';
    if (r.serviceWorker()) from = 'service worker';
    else {
      try {
        from = r.frame().url();
      } catch {
        from = '';
      }
    }
    seen.push({ url: r.url(), method: r.method(), navigation: r.isNavigationRequest(), from });
  });

  function offending(hosts: readonly string[]): string[] {
    const out: string[] = [];
    for (const r of seen) {
      const url = new URL(r.url);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      if (r.from === 'service worker') out.push(`service worker → ${r.method} ${r.url}`);
      else if (EXTENSION_URL.test(r.from)) out.push(`extension page ${r.from} → ${r.method} ${r.url}`);
      else if (!hosts.includes(url.hostname)) out.push(`${r.from || '?'} → ${r.method} ${r.url} (a host no page asked for)`);
      else if (
        !r.navigation &&
        !url.pathname.startsWith(ASSET_PATH) &&
        url.pathname !== '/favicon.ico' &&
        !(url.pathname === SUBMIT_PATH && r.method === 'POST')
      ) {
        out.push(`${r.from || '?'} → ${r.method} ${r.url} (not a request the replica page makes)`);
      }
    }
    // The router sees requests too, including those it aborted.
    for (const u of ext.replica.requests()) {
      const url = new URL(u);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && !hosts.includes(url.hostname)) {
        out.push(`router → ${u} (a host no page asked for)`);
      }
    }
    return [...new Set(out)];
  }

  return { seen: () => [...seen], offending };
}

/** Everything in the extension's chrome.storage.local, as the service worker reads it. */
export function storageDump(ext: Browser): Promise<Record<string, unknown>> {
  return ext.serviceWorker.evaluate(() => chrome.storage.local.get(null));
}

export function storageSet(ext: Browser, items: Record<string, unknown>): Promise<void> {
  return ext.serviceWorker.evaluate((i) => chrome.storage.local.set(i), items);
}

/** A valid stored record (schema v3): two linked accounts, one objection sent and confirmed. */
export function seededRecord(): Record<string, unknown> {
  return {
    accounts: [
      { key: 'facebook:jean.martin', platform: 'facebook', id: 'jean.martin', name: 'Jean Martin', firstSeen: '2025-05-01T10:00:00.000Z', lastSeen: '2025-05-02T10:00:00.000Z', origin: 'seen' },
      { key: 'instagram:jean_m', platform: 'instagram', id: 'jean_m', name: 'jean_m', firstSeen: '2025-05-01T10:00:00.000Z', lastSeen: '2025-05-02T10:00:00.000Z', origin: 'seen' },
    ],
    groups: [{ id: 'g1', accountKeys: ['facebook:jean.martin', 'instagram:jean_m'], source: 'accounts-center', updatedAt: '2025-05-02T10:00:00.000Z' }],
    objections: [
      {
        id: 'o1',
        accountKey: 'facebook:jean.martin',
        platform: 'facebook',
        kind: 'own',
        formUrl: 'https://www.facebook.com/help/contact/712876720715583',
        sentAt: '2025-05-02T10:05:00.000Z',
        confirmationText: 'We have received your request.',
        emailConfirmedAt: '2025-05-03T08:00:00.000Z',
        followUp: { genuineCheckedAt: '2025-05-03T08:10:00.000Z', complaintPreparedAt: null, complaintAuthority: null },
      },
    ],
    lastSeen: { facebook: 'facebook:jean.martin', instagram: 'instagram:jean_m' },
    session: null,
    templates: { fr: 'Je m’oppose.' },
    thirdPartyTemplates: {},
    notices: [],
  };
}

/**
 * Stops the extension's service worker, as Chrome does after 30 s idle or at a restart: the
 * next message starts it afresh and its top level (storage migrations, badge) runs again.
 */
export async function stopServiceWorker(ext: Browser): Promise<void> {
  const page = await ext.context.newPage();
  try {
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
  } finally {
    await page.close();
  }
}

/** The extension's running service worker (after a restart, the new one): a Browser to talk to it. */
export async function withLiveWorker(ext: Browser): Promise<Browser> {
  const prefix = `chrome-extension://${ext.extensionId}/`;
  for (let i = 0; i < 50; i++) {
    const worker = ext.context.serviceWorkers().find((w) => w.url().startsWith(prefix));
    if (worker) {
      try {
        await worker.evaluate(() => 1);
        return { ...ext, serviceWorker: worker };
      } catch {
        // the old worker, closing
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the extension has no running service worker');
}
