import { GUIDES, type GuideName, type Task } from '../domain';
import type { GuidePlaybook } from '../playbooks/guide-playbook';
import { pagePlan } from '../engine/page-plan';
import { PLAYBOOKS } from '../playbooks/registry';
import type { UrlRule } from '../playbooks/schema';
import { TASK_PLAYBOOKS } from '../playbooks/task-registry';
import { siteGuiding, taskGuiding } from './guide-context';
import type { State } from '../record/schema';

/** What the background knows that decides whether a guide has anything to do on a page. */
export interface GuideFacts {
  state: State;
  /** The task started from the popup, while it runs (task-session.ts). */
  runningTask: Task | null;
  /** The last objection form the user opened from Meta's notice. */
  followedFormUrl: string | null;
}

/**
 * Whether the guide `name` has anything to do on `url`: one of its playbooks has a step that
 * can be current here, or the page is one of its forms. The same rule (page-plan.ts) the guide
 * applies once it runs, from the same facts: a guide started here finds its plan.
 */
export function guideWanted(name: GuideName, url: URL, { state, runningTask, followedFormUrl }: GuideFacts): boolean {
  const { site, tasks } = GUIDES[name];
  if (site && pagePlan(PLAYBOOKS[site], url, { ...siteGuiding(state, site), followedFormUrl })) return true;
  return tasks.some(
    (task) => pagePlan(TASK_PLAYBOOKS[task], url, { ...taskGuiding(task, runningTask), followedFormUrl }) !== undefined,
  );
}

/**
 * Every page the guide `name` can have something to do on: its steps' and forms' URL rules.
 * The content script asks again after a same-document navigation only to one of these.
 */
export function guidePages(name: GuideName): UrlRule[] {
  const { site, tasks } = GUIDES[name];
  const playbooks: GuidePlaybook[] = [...(site ? [PLAYBOOKS[site]] : []), ...tasks.map((task) => TASK_PLAYBOOKS[task])];
  const rules = playbooks.flatMap((p) => [...p.steps.flatMap((s) => s.pages), ...(p.forms ?? []).flatMap((f) => f.pages)]);
  const unique = new Map(rules.map((r) => [`${r.host} ${r.path}`, r]));
  return [...unique.values()];
}
