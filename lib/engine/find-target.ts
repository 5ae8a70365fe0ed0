import type { LabelLists } from '../playbooks/label-lists';
import type { Matcher, Step, StepKind } from '../playbooks/schema';
import { gatherCandidates } from './candidates';
import { decide, score, type Expectation } from './evidence';
import type { Scope } from './page-look';

/** Targets that open something in place rather than lead to another page. */
const IN_PLACE: readonly StepKind[] = ['menu-button', 'form-choice', 'form-field', 'form-submit'];

/** Filled in by a search: whether some candidate was found but none clearly won. */
export interface Doubt {
  unsure: boolean;
}

/**
 * The element the matchers and the evidence point at, when it clearly wins over every other
 * visible candidate; undefined when nothing does, or when two stay equally likely.
 */
export function findTarget(
  matchers: readonly Matcher[],
  labels: LabelLists,
  root: Scope = document,
  expectation: Expectation = { inPlace: false, destinationKnown: false },
  doubt?: Doubt,
): Element | undefined {
  const candidates = gatherCandidates(matchers, labels, root);
  const target = decide(score(candidates, expectation, labels));
  if (doubt && !target && candidates.length > 0) doubt.unsure = true;
  return target;
}

/** A step's target, weighing its matchers and its evidence. */
export function findStepTarget(step: Step, labels: LabelLists, root: Scope = document, doubt?: Doubt): Element | undefined {
  const expectation: Expectation = {
    evidence: step.evidence,
    inPlace: IN_PLACE.includes(step.kind),
    destinationKnown: step.target.some((m) => m.by === 'href'),
  };
  return findTarget(step.target, labels, root, expectation, doubt);
}
