/**
 * The replica (tests/replica/) served to Firefox at Meta's real https URLs: one session-wide
 * WebDriver BiDi intercept (network.addIntercept with no contexts) blocks every request of
 * every tab, including the tabs the extension opens itself, and the replica's router answers
 * each one (network.provideResponse), refuses it (network.failRequest) or lets it pass.
 * No certificates are involved: the response never comes from a server.
 */
import type { Browser } from 'puppeteer-core';
import { createReplicaRouter, type ReplicaHandle } from '../replica/router';
import type { ReplicaOptions } from '../replica';
import { bidiConnection, type BeforeRequestSent, type BidiConnection } from './bidi';

const REASONS: Record<number, string> = { 200: 'OK', 404: 'Not Found', 405: 'Method Not Allowed' };

function header(event: BeforeRequestSent, name: string): string | undefined {
  const found = event.request.headers.find((h) => h.name.toLowerCase() === name);
  return found?.value.type === 'string' ? found.value.value : undefined;
}

async function requestBody(connection: BidiConnection, event: BeforeRequestSent): Promise<string | null> {
  if (event.request.method === 'GET' || !event.request.bodySize) return null;
  const { result } = await connection.send('network.getData', { dataType: 'request', request: event.request.request });
  return result.bytes.type === 'string' ? result.bytes.value : Buffer.from(result.bytes.value, 'base64').toString('utf8');
}

/** Starts answering every request of `browser` with the replica; errors end up in `onError`. */
export async function interceptReplica(
  browser: Browser,
  options: ReplicaOptions,
  onError: (error: unknown) => void,
): Promise<ReplicaHandle> {
  const connection = bidiConnection(browser);
  const router = createReplicaRouter(options);
  const { result } = await connection.send('network.addIntercept', { phases: ['beforeRequestSent'] });
  const ours = result.intercept;

  async function handle(event: BeforeRequestSent): Promise<void> {
    const request = event.request.request;
    const answer = router.answer({
      url: event.request.url,
      method: event.request.method,
      body: await requestBody(connection, event),
      referer: header(event, 'referer'),
      cookie: header(event, 'cookie'),
      userAgent: header(event, 'user-agent'),
    });
    if (answer.action === 'pass') {
      await connection.send('network.continueRequest', { request });
    } else if (answer.action === 'block') {
      await connection.send('network.failRequest', { request });
    } else {
      await connection.send('network.provideResponse', {
        request,
        statusCode: answer.status,
        reasonPhrase: REASONS[answer.status] ?? 'OK',
        headers: answer.contentType ? [{ name: 'Content-Type', value: { type: 'string', value: answer.contentType } }] : [],
        body: { type: 'string', value: answer.body },
      });
    }
  }

  connection.on('network.beforeRequestSent', (event) => {
    if (!event.isBlocked || !event.intercepts?.includes(ours)) return;
    handle(event).catch(onError);
  });
  return { submissions: () => router.submissions(), requests: () => router.requests() };
}
