import { browser } from 'wxt/browser';
import type { DetectedAccount } from './account-detect';
import type { GuideName } from '../domain';
import type { UrlRule } from '../playbooks/schema';
import { sendMessage } from '../record/messages';
import { deliver } from '../deliver';
import { watchLocation } from './location-watcher';
import { urlMatches } from '../engine/url-rules';

/**
 * The one cheap check, on every page of a guide's site: one message asks the background
 * whether the guide has anything to do on this page (and tells it the account the page showed
 * at start). When it has, the background starts the guide in this page (lib/background/page-guide.ts)
 * and this script is done. Otherwise it sleeps; a same-document navigation asks again only when
 * it reaches one of the pages the background named. No observer, no timer, nothing else.
 * Returns the function that stops asking.
 */
export function askForGuide(guide: GuideName, account?: DetectedAccount): () => void {
  /** The guide's pages, as the background's first answer named them; until then every page asks. */
  let pages: UrlRule[] | undefined;
  let asking = false;
  /** The page moved on while the background was answering about the page before. */
  let movedMeanwhile = false;
  const onItsPages = () => !pages || urlMatches(pages, new URL(location.href));

  const ask = (seen?: DetectedAccount) => {
    asking = true;
    const question = { guide, url: location.href, ...(seen && { account: { id: seen.id, name: seen.name } }) };
    const answered = () => {
      asking = false;
      if (movedMeanwhile && onItsPages()) ask();
      movedMeanwhile = false;
    };
    // A background restarting (a reloaded page in Firefox, a worker stopped mid-message) is asked again.
    deliver(() => sendMessage('pageOpened', question)).then(
      (answer) => {
        if (answer.started) {
          stopWatching();
          return;
        }
        pages ??= answer.pages;
        answered();
      },
      answered, // Still unreachable after deliver's tries (the extension gone): the next page asks again.
    );
  };
  const stopWatching = watchLocation(() => {
    // The extension was updated or removed: this copy of the script is an orphan.
    if (!browser.runtime?.id) stopWatching();
    else if (asking) movedMeanwhile = true;
    else if (onItsPages()) ask();
  });
  ask(account);
  return stopWatching;
}
