import { ACCOUNT_DETECTORS } from './account-detect';
import { reportAccount } from './report-account';
import { accountAtStart } from './watch-account';
import { GUIDES, type GuideName } from '../domain';
import { askForGuide } from './ask-for-guide';

/**
 * What runs on every page of a guide's sites: the account the page shows (on a site that has
 * accounts), told with the page's one question, and the timed looks for one rendered late.
 * Nothing else: the guide itself is started by the background where it has something to do.
 */
export function onGuidePage(guide: GuideName): void {
  const site = GUIDES[guide].site;
  if (!site) {
    askForGuide(guide);
    return;
  }
  const detect = () => ACCOUNT_DETECTORS[site](document);
  const account = accountAtStart(site, detect);
  askForGuide(guide, account);
  reportAccount(site, detect, account !== undefined);
}
