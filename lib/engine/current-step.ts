import type { Detour, Trip } from '../domain';
import type { LabelLists } from '../playbooks/label-lists';
import type { Step } from '../playbooks/schema';
import { formLacksRequired, isEmptyField } from '../page/form-fields';
import { findStepTarget, type Doubt } from './find-target';
import { PageLook } from './page-look';
import { urlMatches } from './url-rules';

/** The steps of a playbook, in path order (a site's or a task's). */
type Path = { readonly steps: readonly Step[] };

/** The steps that can be current on this URL, in path order. */
export function stepsForUrl(playbook: Path, url: URL, sessionRunning: boolean): Step[] {
  return playbook.steps.filter((step) => (sessionRunning || !step.sessionOnly) && urlMatches(step.pages, url));
}

/** What a scan found for a step: its target, and whether candidates were seen of which none clearly won. */
interface Found {
  target: Element | undefined;
  unsure: boolean;
}

export interface CurrentStep {
  step: Step;
  target: Element;
  /** 1-based position in the whole path, for "Step 3 of 7". */
  number: number;
}

/**
 * The step to point at now: the furthest one along the path whose target is on screen and
 * whose conditions hold. "Furthest" makes the guide follow the user: an opened menu moves the
 * marker to its item, a closed one moves it back to the button that opens it. `doubt`: told
 * whether a step looked at had candidates of which none clearly won.
 */
export function pickCurrentStep(
  playbook: Path,
  steps: readonly Step[],
  labels: LabelLists,
  root: ParentNode = document,
  doubt?: Doubt,
): CurrentStep | undefined {
  const found = new Map<string, Found>();
  const look = new PageLook(root);
  const find = (step: Step): Found => {
    let result = found.get(step.id);
    if (!result) {
      const own: Doubt = { unsure: false };
      result = { target: findStepTarget(step, labels, look, own), unsure: own.unsure };
      if (doubt && own.unsure) doubt.unsure = true;
      found.set(step.id, result);
    }
    return result;
  };
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i];
    const { target } = find(step);
    if (!target) continue;
    if (step.kind === 'form-field' && !isEmptyField(target, step.chosenIn)) continue;
    if (step.kind === 'switch' && isSwitchedOn(target)) continue;
    // Never Send while the form still requires a field, whether or not a step points at it.
    if (step.kind === 'form-submit' && formLacksRequired(target)) continue;
    // A step this one waits for whose field is empty, or could not be told from a look-alike
    // (it may be the empty one): not yet, and nothing rather than a guess.
    const waiting = (step.afterFilled ?? []).some((id) => {
      const dep = steps.find((s) => s.id === id);
      if (!dep) return false;
      const { target: depTarget, unsure } = find(dep);
      return unsure || (depTarget !== undefined && isEmptyField(depTarget, dep.chosenIn));
    });
    if (waiting) continue;
    return { step, target, number: stepNumber(playbook, step) };
  }
  return undefined;
}

/**
 * Position on the path a person walks, counting the counted steps of the same trip; an
 * uncounted (optional) step shows the number of the next counted one, or the last number when it
 * comes after the last counted step (the e-mailed code after Send: never "Step 8 of 7").
 */
export function stepNumber(playbook: Path, step: Step): number {
  const index = playbook.steps.indexOf(step);
  const before = playbook.steps.slice(0, Math.max(index, 0)).filter((s) => s.counted && tripOf(s) === tripOf(step)).length;
  return Math.min(before + 1, pathLength(playbook, step));
}

/** Where a step of a way round is on it: "Privacy Policy: 2 of 5". */
export interface DetourPlace {
  detour: Detour;
  number: number;
  total: number;
}

/** The place of `step` among the steps of its way round, in path order; none for other steps. */
export function detourPlace(playbook: Path, step: Step): DetourPlace | undefined {
  const { detour } = step;
  if (!detour) return undefined;
  const way = playbook.steps.filter((s) => s.detour === detour);
  return { detour, number: way.indexOf(step) + 1, total: way.length };
}

/** How many counted steps the trip of `step` (the objection's, when none is given) has. */
export function pathLength(playbook: Path, step?: Step): number {
  const trip = step ? tripOf(step) : 'objection';
  return playbook.steps.filter((s) => s.counted && tripOf(s) === trip).length;
}

function tripOf(step: Step): Trip {
  return step.trip ?? 'objection';
}

/**
 * A switch that is on: its `aria-checked` when it has one (Meta's `input[role=switch]` keeps its
 * state there, and a checkbox's `checked` flips for the time of a click the page may cancel),
 * else a checkbox's `checked`.
 */
export function isSwitchedOn(el: Element): boolean {
  const state = el.getAttribute('aria-checked');
  if (state !== null) return state === 'true';
  return el instanceof HTMLInputElement && el.type === 'checkbox' && el.checked;
}
