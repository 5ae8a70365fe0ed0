import type { Language } from '../languages';
import type { ObjectionKind, Platform, Task } from '../domain';
import { defaultReason } from '../templates/defaults';
import { labelLists } from '../playbooks/label-lists';
import { userReasons } from '../record/reasons';
import { isDone, statusOf } from '../record/status';
import type { GuideContext } from '../record/messages';
import type { State } from '../record/schema';
import { sessionRunning } from '../record/session';

/**
 * Whether the guide points at a site's steps: while a guided session runs on that site (then
 * its session-only steps too, from the feed on), or while the account last seen there still
 * needs its objection.
 */
export function siteGuiding(state: State, platform: Platform): { session: boolean; guiding: boolean } {
  const lastKey = state.lastSeen[platform];
  const account = lastKey ? state.accounts.find((a) => a.key === lastKey) : undefined;
  const session = sessionRunning(state, platform);
  const accountDone = account ? isDone(statusOf(state, account).status) : false;
  return { session, guiding: session || !accountDone };
}

/**
 * Whether the guide points at a task's steps: only while the user's task runs (started from the
 * popup, task-session.ts); a task is never part of a guided session.
 */
export function taskGuiding(task: Task, runningTask: Task | null): { session: false; guiding: boolean } {
  return { session: false, guiding: runningTask === task };
}

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
  return {
    ...siteGuiding(state, platform),
    reasonTemplate: userReasons(state, form ?? 'own')[lang] ?? defaultReason(form ?? 'own', lang),
    followedFormUrl,
    labels: labelLists(pageLang),
  };
}
