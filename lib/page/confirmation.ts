import type { LabelLists } from '../playbooks/label-lists';
import { ATTRIBUTES, type LabelKey } from '../domain';
import { normalizeText } from './normalize';

/**
 * The confirmation Meta shows after Send, if it is on the page: the sentence that contains one
 * of the form's confirmation phrases, in any supported language. Returns its words (kept as proof).
 */
export function findConfirmation(
  keys: readonly LabelKey[],
  labels: LabelLists,
  root: ParentNode = document.body,
): string | undefined {
  const phrases = keys.flatMap((key) => labels[key] ?? []).map(normalizeText);
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(`[${ATTRIBUTES.ui}], script, style, noscript`)) continue;
    const text = normalizeText(node.textContent ?? '');
    if (text && phrases.some((p) => text.includes(p))) {
      const block = parent.closest('p, div, section, [role="alert"], [role="status"]') ?? parent;
      return (block.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 2000);
    }
  }
  return undefined;
}
