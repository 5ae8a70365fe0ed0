import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/state/messages';
import type { State } from '@/lib/state/schema';

/**
 * The record as the background serves it, refreshed whenever storage changes. Never writes.
 * The background is the single owner and has validated it (storage.ts), so the popup does not
 * parse it again: that keeps zod, and 60 KB, out of the popup's first render.
 */
export function useRecord(): State | undefined {
  const [state, setState] = useState<State>();
  useEffect(() => {
    let live = true;
    const show = (request: Promise<State>) =>
      request.then((s) => live && setState(s)).catch(() => undefined);
    const load = () => show(sendMessage('getState', undefined));
    void show(takePreloaded() ?? sendMessage('getState', undefined));
    const onChanged = (_: unknown, area: string) => area === 'local' && void load();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return state;
}

let preloaded: Promise<State> | undefined;

/** Asks the background for the record before the first render, which it would otherwise wait for. */
export function preloadRecord(): void {
  preloaded = sendMessage('getState', undefined);
  preloaded.catch(() => undefined);
}

function takePreloaded(): Promise<State> | undefined {
  const request = preloaded;
  preloaded = undefined;
  return request;
}
