/**
 * Runs the real engine (lib/guide) on a variant and says whether it marked the true target,
 * nothing, or something wrong.
 */
import { toLanguage } from '@/lib/languages';
import { pickCurrentStep, stepsForUrl } from '../../../lib/engine/current-step';
import { labelLists } from '../../../lib/playbooks/label-lists';
import { PLAYBOOKS } from '../../../lib/playbooks/registry';
import { TRUTH } from './noise';
import type { Variant } from './variants';

export type Verdict = 'right' | 'none' | 'wrong';

export interface Judgement {
  verdict: Verdict;
  /** What was marked, for the failure message. */
  marked?: string;
}

/** `root` holds the variant's markup; the document's base URL is the variant's page. */
export function judge(variant: Variant, root: ParentNode): Judgement {
  const playbook = PLAYBOOKS[variant.scene.platform];
  const steps = stepsForUrl(playbook, new URL(variant.scene.url), true);
  const current = pickCurrentStep(playbook, steps, labelLists(toLanguage(variant.lang)), root);
  if (!current) return { verdict: 'none' };
  const truth = current.target.closest(`[${TRUTH}]`) ?? current.target.querySelector(`[${TRUTH}]`);
  const right = current.step.id === variant.scene.step && truth?.getAttribute(TRUTH) === variant.scene.step;
  return {
    verdict: right ? 'right' : 'wrong',
    marked: `${current.step.id} on <${current.target.localName}> "${(current.target.textContent ?? '').trim().slice(0, 60)}"`,
  };
}
