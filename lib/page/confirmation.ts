import type { LabelLists } from '../playbooks/label-lists';
import { ATTRIBUTES, type LabelKey } from '../domain';
import { normalizeText } from './normalize';
import { isVisible } from './visibility';

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
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
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

/** Meta's windows over a page (the 2025 forms confirm in one; the 2024 ones ask for a code in one). */
const WINDOW = '[role="dialog"], [role="alertdialog"], dialog[open], [aria-modal="true"]';

/** A control the user fills in: a window holding one asks for something, it confirms nothing. */
const FIELD = 'input:not([type="hidden"]), textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="combobox"]';

/**
 * Meta's confirmation when it opens as a window over the form, the form still in the page behind
 * it (meta-flow.md, "Real markup"): a shown window with one of the phrases and no field to fill
 * (the 2024 forms' e-mailed code step is a window with a field, and is not a confirmation).
 */
export function findConfirmationWindow(
  keys: readonly LabelKey[],
  labels: LabelLists,
  root: ParentNode = document.body,
): string | undefined {
  for (const layer of root.querySelectorAll(WINDOW)) {
    if (layer.closest(`[${ATTRIBUTES.ui}]`) || layer.querySelector(FIELD) || !isVisible(layer)) continue;
    const words = findConfirmation(keys, labels, layer);
    if (words) return words;
  }
  return undefined;
}
