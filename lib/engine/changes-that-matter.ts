import { ATTRIBUTES } from '../domain';
import type { Step } from '../playbooks/schema';
import { MAX_NAME_CHARS, matcherSelector } from './candidates';

/**
 * Which of a page's changes can change what the guide marks, so that a page that keeps changing
 * elsewhere (a live activity panel, counters) does not keep it scanning, and a target inserted
 * there is marked at once instead of after the throttle's gap (watch.ts).
 *
 * Only for what the steps' matchers look at: the guide turns this off wherever more than the
 * elements themselves decides (a form's or a task's outcome, words in the page; a step whose
 * candidates did not settle, which words around them, rendered later, may still decide).
 */

/** Every element any of `steps` could mark (before words and addresses are read), and the marked one. */
export function candidateSelector(steps: readonly Step[]): string {
  const selectors = new Set(steps.flatMap((step) => step.target.map(matcherSelector)));
  selectors.add(`[${ATTRIBUTES.step}]`);
  return [...selectors].join(', ');
}

/**
 * Whether these changes can add, remove or rename something `selector` matches: an attribute the
 * guide watches changed; a node that is or holds such an element came or went; or something came
 * or went inside one, up to the size of a control's name (an ancestor with more text than that is
 * a section of the page, not a control whose name changed).
 */
export function changesMatter(records: readonly MutationRecord[], selector: string): boolean {
  return records.some((record) => {
    if (record.type !== 'childList') return true;
    const moved = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
    if (moved.some((node) => node instanceof Element && (node.matches(selector) || node.querySelector(selector) !== null))) return true;
    for (let el: Element | null = record.target instanceof Element ? record.target : null; el && textAtMost(el, MAX_NAME_CHARS); el = el.parentElement) {
      if (el.matches(selector)) return true;
    }
    return false;
  });
}

/** Whether `el` holds at most `max` characters of text, reading no further than that. */
function textAtMost(el: Element, max: number): boolean {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    length += node.nodeValue?.length ?? 0;
    if (length > max) return false;
  }
  return true;
}
