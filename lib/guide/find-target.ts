import type { LabelLists } from '../playbooks/label-lists';
import type { Evidence, Matcher, Step } from '../playbooks/schema';
import { gatherCandidates } from './candidates';
import { decide, score } from './evidence';

/**
 * The element the matchers and the evidence point at, when it clearly wins over every other
 * visible candidate; undefined when nothing does, or when two stay equally likely.
 */
export function findTarget(
  matchers: readonly Matcher[],
  labels: LabelLists,
  root: ParentNode = document,
  evidence?: Evidence,
): Element | undefined {
  return decide(score(gatherCandidates(matchers, labels, root), evidence, labels));
}

/** A step's target, weighing its matchers and its evidence. */
export function findStepTarget(step: Step, labels: LabelLists, root: ParentNode = document): Element | undefined {
  return findTarget(step.target, labels, root, step.evidence);
}
