import { FORM_STEP_KINDS, PHONE_SITE_HOSTS } from '../domain';
import type { FormRule, Step } from '../playbooks/schema';
import { stepsForUrl } from './current-step';
import { urlMatches } from './url-rules';
import type { GuidePlaybook } from '../playbooks/guide-playbook';

/** What decides whether a playbook has anything to do on a page, all known before the page is read. */
export interface PlanFacts {
  /** Point at the steps at all (the account still needs the objection, a session or the task was started). */
  guiding: boolean;
  /** A guided session started from the popup is running: `sessionOnly` steps count too. */
  session: boolean;
  /** The last objection form the user opened from Meta's notice. */
  followedFormUrl: string | null;
  /** The page is laid out at a phone's width (the guide measures it; the background cannot). */
  phoneSize?: boolean;
}

export interface PagePlan {
  /** The steps that can be current on this page, in path order. */
  steps: Step[];
  /** The form this page is, if one of the playbook's: its reason is prefilled, its confirmation recorded. */
  form: FormRule | undefined;
  /** The path a person walks on this layout, for "Step n of m": on a phone it starts at the Privacy Center. */
  path: { steps: readonly Step[] };
}

/**
 * What a playbook does on `url`, from the URL and the facts alone: which of its steps can be
 * current here, and which of its forms the page is; undefined when nothing. The guide reads
 * this before it looks at the page, and the background before it starts a guide in the page
 * at all: both decide alike.
 */
export function pagePlan(playbook: GuidePlaybook, url: URL, facts: PlanFacts): PagePlan | undefined {
  const form = playbook.forms?.find(
    (f) => urlMatches(f.pages, url) && (!f.onlyFromNotice || sameForm(facts.followedFormUrl, url)),
  );
  // A playbook that lists its forms shows form steps only on one of them.
  const steps = facts.guiding
    ? stepsForUrl(playbook, url, facts.session)
        .filter((s) => form || !playbook.forms || !isFormStep(s))
        .filter((s) => !s.desktopOnly || !phoneLayout(url, facts))
    : [];
  if (steps.length === 0 && !form) return undefined;
  const path = phoneLayout(url, facts) ? { steps: playbook.steps.filter((s) => !s.desktopOnly) } : playbook;
  return { steps, form, path };
}

/** The form kind of the page by its address alone (before knowing whether it was followed from the notice). */
export function formKindAt(playbook: GuidePlaybook, url: URL): FormRule['kind'] | null {
  return playbook.forms?.find((f) => urlMatches(f.pages, url))?.kind ?? null;
}

/** Meta's phone site, or any page at a phone's width: desktop-only steps are not tried there. */
function phoneLayout(url: URL, facts: PlanFacts): boolean {
  return facts.phoneSize === true || PHONE_SITE_HOSTS.includes(url.hostname);
}

function isFormStep(step: Step): boolean {
  return FORM_STEP_KINDS.includes(step.kind);
}

function sameForm(followed: string | null, url: URL): boolean {
  if (!followed) return false;
  try {
    const f = new URL(followed);
    return f.hostname === url.hostname && f.pathname.replace(/\/$/, '') === url.pathname.replace(/\/$/, '');
  } catch {
    return false;
  }
}
