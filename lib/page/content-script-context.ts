/**
 * Stands in for WXT's ContentScriptContext in Opposer's content scripts (wxt.config.ts aliases
 * `wxt/utils/content-script-context` to this file for their builds). Their `main` takes no
 * context: the guide stops itself when the extension is gone (lib/content/location-watcher.ts).
 * WXT's builds an AbortController and a location watcher, and dispatches a CustomEvent on the
 * page's `document` as each script starts: about 3 KB and work on every Facebook and Instagram
 * page load, for nothing Opposer uses. Should WXT move its import, the build simply keeps WXT's.
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: object,
  ) {}
}
