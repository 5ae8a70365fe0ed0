/**
 * The few WebDriver BiDi commands and events the Firefox suite speaks itself, over the
 * connection puppeteer-core already holds. `BidiBrowser.connection` is internal to
 * puppeteer-core, which is why package.json pins its exact version.
 */
import type { Browser } from 'puppeteer-core';

interface BidiString {
  type: 'string';
  value: string;
}

export interface BeforeRequestSent {
  isBlocked: boolean;
  intercepts?: string[];
  context: string | null;
  request: {
    request: string;
    url: string;
    method: string;
    headers: Array<{ name: string; value: BidiString | { type: 'base64'; value: string } }>;
    bodySize: number | null;
  };
}

interface Commands {
  'network.addIntercept': { params: { phases: ['beforeRequestSent'] }; result: { intercept: string } };
  'network.provideResponse': {
    params: {
      request: string;
      statusCode: number;
      reasonPhrase: string;
      headers: Array<{ name: string; value: BidiString }>;
      body: BidiString;
    };
    result: Record<string, never>;
  };
  'network.failRequest': { params: { request: string }; result: Record<string, never> };
  'network.continueRequest': { params: { request: string }; result: Record<string, never> };
  'network.getData': {
    params: { dataType: 'request'; request: string };
    result: { bytes: BidiString | { type: 'base64'; value: string } };
  };
}

export interface BidiConnection {
  send<M extends keyof Commands>(method: M, params: Commands[M]['params']): Promise<{ result: Commands[M]['result'] }>;
  on(event: 'network.beforeRequestSent', handler: (event: BeforeRequestSent) => void): void;
}

/** The BiDi connection of a Firefox launched by puppeteer-core with `browser: 'firefox'`. */
export function bidiConnection(browser: Browser): BidiConnection {
  const connection = (browser as unknown as { connection?: BidiConnection }).connection;
  if (!connection) throw new Error('not a WebDriver BiDi browser: launch Firefox with puppeteer-core');
  return connection;
}
