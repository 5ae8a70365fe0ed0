/**
 * Calls `onChange` after each same-document navigation (pushState, replaceState, Back and
 * Forward): through the Navigation API's `currententrychange`, which fires once the new URL is
 * set, where the browser has it; else a one-second poll of the URL. Returns a stop function.
 *
 * Deliberately not WXT's `ctx` helpers: a page can fake WXT's "a newer content script has
 * started" event and so switch off everything registered through `ctx`.
 */
export function watchLocation(onChange: () => void): () => void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  let poll: ReturnType<typeof setInterval> | undefined;
  if (navigation?.addEventListener) navigation.addEventListener('currententrychange', check);
  else poll = setInterval(check, 1000);
  addEventListener('popstate', check);
  return () => {
    navigation?.removeEventListener?.('currententrychange', check);
    if (poll) clearInterval(poll);
    removeEventListener('popstate', check);
  };
}
