import type { Language } from '../languages';
import type { ObjectionKind, Platform } from '../domain';
import { defaultReason, userReasons } from '../templates/defaults';
import { labelLists } from '../playbooks/label-lists';
import { isDone, statusOf } from '../accounts/status';
import type { GuideContext } from './messages';
import type { State } from './schema';
import { sessionRunning } from './session';

/** What a content script needs to guide on a page, from the state and the page's language. */
export function guideContext(
  state: State,
  platform: Platform,
  pageLang: Language | null,
  uiLang: Language,
  form: ObjectionKind | null,
  followedFormUrl: string | null,
): GuideContext {
  const lang = pageLang ?? uiLang;
  const lastKey = state.lastSeen[platform];
  const account = lastKey ? state.accounts.find((a) => a.key === lastKey) : undefined;
  return {
    sessionRunning: sessionRunning(state, platform),
    accountDone: account ? isDone(statusOf(state, account).status) : false,
    reasonTemplate: userReasons(state, form ?? 'own')[lang] ?? defaultReason(form ?? 'own', lang),
    followedFormUrl,
    labels: labelLists(pageLang),
  };
}
