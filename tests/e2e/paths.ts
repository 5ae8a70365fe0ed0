import type { Platform } from '@/lib/domain';
import { PLAYBOOKS } from '@/lib/playbooks/registry';
import type { Step } from '@/lib/playbooks/schema';

/**
 * The walks the specs follow, read from the playbooks rather than retyped: the playbooks list
 * each site's steps in the order a user meets them (see lib/playbooks/facebook.ts).
 */

const steps = (platform: Platform): readonly Step[] => PLAYBOOKS[platform].steps;

/** The steps up to and including the first that `isLast` picks. */
function upTo(list: readonly Step[], isLast: (step: Step) => boolean): string[] {
  const end = list.findIndex(isLast);
  if (end < 0) throw new Error('no such step in the playbook');
  return list.slice(0, end + 1).map((step) => step.id);
}

/** From the feed through the Privacy Center to the objection form: the counted steps up to the link that opens it. */
export function privacyCenterPath(platform: Platform): string[] {
  return upTo(steps(platform).filter((step) => step.counted), (step) => step.kind === 'form-link');
}

/** From the feed through Settings and the Privacy Policy to the form: every step up to the policy's link to it. */
export function privacyPolicyPath(platform: Platform): string[] {
  return upTo(steps(platform), (step) => step.kind === 'form-link');
}

/** The form's Send button, the one every walk ends on. */
export function submitStep(platform: Platform): string {
  const submit = steps(platform).find((step) => step.kind === 'form-submit' && step.counted);
  if (!submit) throw new Error(`${platform}: no counted form-submit step`);
  return submit.id;
}

