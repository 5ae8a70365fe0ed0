import { pickCurrentStep, stepsForUrl } from '@/lib/engine/current-step';
import type { Language } from '@/lib/languages';
import { labelLists } from '@/lib/playbooks/label-lists';
import type { Playbook } from '@/lib/playbooks/schema';

declare const window: Window & { happyDOM: { setURL(url: string): void } };

/**
 * "<step id> on #<element id>" (its tag where it has no id) of what the guide would mark on
 * `url` showing `markup`, in a guided session, or null.
 */
export function currentMark(playbook: Playbook, url: string, markup: string, lang: Language = 'en'): string | null {
  window.happyDOM.setURL(url);
  // Test fixtures only: the extension itself never parses markup.
  document.body.innerHTML = markup;
  const found = pickCurrentStep(playbook, stepsForUrl(playbook, new URL(url), true), labelLists(lang));
  return found ? `${found.step.id} on #${found.target.id || found.target.localName}` : null;
}
