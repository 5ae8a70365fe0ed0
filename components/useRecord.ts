import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/state/messages';
import type { State } from '@/lib/state/schema';
import { readSnapshot, writeSnapshot } from '@/lib/state/popup-snapshot';

/**
 * The record as the background serves it, refreshed whenever storage changes. Never writes.
 * The background is the single owner and has validated it (storage.ts), so the popup does not
 * parse it again: that keeps zod, and 60 KB, out of the popup's first render. Until the
 * background answers, the popup shows what it showed last time (lib/state/popup-snapshot.ts).
 */
export function useRecord(): State | undefined {
  const [state, setState] = useState<State>();
  useEffect(() => {
    let live = true;
    let answered = false;
    const show = (request: Promise<State>) =>
      request
        .then((s) => {
          answered = true;
          if (live) setState(s);
          writeSnapshot(s);
        })
        .catch(() => undefined);
    const load = () => show(sendMessage('getState', undefined));
    const early = takePreloaded();
    void early.snapshot.then((s) => live && !answered && s && setState(s));
    void show(early.request ?? sendMessage('getState', undefined));
    const onChanged = (_: unknown, area: string) => area === 'local' && void load();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return state;
}

let preloaded: { request?: Promise<State>; snapshot: Promise<State | undefined> } | undefined;

/** Asks for the record (and last time's snapshot) before the first render, which would otherwise wait for them. */
export function preloadRecord(): void {
  const request = sendMessage('getState', undefined);
  request.catch(() => undefined);
  preloaded = { request, snapshot: readSnapshot() };
}

function takePreloaded(): { request?: Promise<State>; snapshot: Promise<State | undefined> } {
  const taken = preloaded ?? { snapshot: readSnapshot() };
  preloaded = undefined;
  return taken;
}
