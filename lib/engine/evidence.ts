import type { LabelLists } from '../playbooks/label-lists';
import type { Evidence } from '../playbooks/schema';
import { textMatches } from '../page/normalize';
import { isVisible } from '../page/visibility';
import type { Candidate } from './candidates';

/**
 * How much each independent signal weighs. A candidate is marked only when it clearly wins:
 * at least MIN_SCORE, and MARGIN ahead of every other visible candidate that leads elsewhere.
 * One full signal (an address, a name, the sentence around it) is the margin: two links that
 * differ by nothing but a tag are a tie, and a tie marks nothing.
 */
export const WEIGHTS = {
  /** Leads to a known right destination (evidence.leadsTo). */
  knownDestination: 3,
  /** A `href` matcher recognised where it leads. */
  href: 2,
  /** A `role` or `text` matcher recognised its name or words. */
  words: 2,
  /** A `css` matcher recognised its tag: weak, form fields only. */
  structure: 1,
  /**
   * A link elsewhere: the step's target opens something in place (a menu button, a form's
   * choice or button) and this one navigates, or the step knows where its target leads (it has
   * `href` matchers) and this one leaves the site to a place none of them recognises.
   */
  leadsElsewhere: -2,
  /** The sentence, heading or dialog around it holds the step's near words. */
  nearWords: 2,
  /** …or the words of a look-alike's paragraph. */
  awayWords: -3,
} as const;
export const MIN_SCORE = 1;
export const MARGIN = 2;

export interface Scored extends Candidate {
  score: number;
  /** Leads somewhere known to be wrong. */
  vetoed: boolean;
}

/** Text of the sentence around a candidate longer than this is a whole page, not a context. */
const MAX_CONTEXT_CHARS = 1500;
/** Containers that end the search for a sentence: beyond them the words are the page's, not the target's. */
const CONTEXT_STOP = 'body, main, [role="main"], [role="navigation"], [role="menu"], [role="banner"], form';

/**
 * The words around `el`: its nearest ancestor that holds more than its own words (the
 * sentence, the section under a heading, the dialog), or nothing when that is the whole page.
 */
export function surroundings(el: Element): string {
  const own = (el.textContent ?? '').length;
  for (let node = el.parentElement; node; node = node.parentElement) {
    if (node.matches(CONTEXT_STOP)) return '';
    const text = node.textContent ?? '';
    if (text.trim().length > own + 8) return text.length <= MAX_CONTEXT_CHARS ? text : '';
  }
  return '';
}

function anyPattern(patterns: readonly string[] | undefined, href: string | undefined): boolean {
  return !!href && !!patterns?.some((p) => new RegExp(p).test(href));
}

function wordsAround(keys: readonly string[] | undefined, context: () => string, labels: LabelLists): boolean {
  if (!keys || keys.length === 0) return false;
  const words = keys.flatMap((key) => labels[key as keyof LabelLists] ?? []);
  return words.length > 0 && textMatches(context(), words, 'contains');
}

/** What the step expects of where its target leads. */
export interface Expectation {
  evidence?: Evidence;
  /** Its target opens something in place: any link leads elsewhere. */
  inPlace: boolean;
  /** Its target is a link the `href` matchers recognise: links off the site lead elsewhere. */
  destinationKnown: boolean;
}

/** Weighs each candidate's signals: no layout read, the context only where the step has words for it. */
export function score(candidates: readonly Candidate[], expectation: Expectation, labels: LabelLists): Scored[] {
  const { evidence } = expectation;
  return candidates.map((c) => {
    let total = 0;
    if ((expectation.inPlace && c.navigates) || (expectation.destinationKnown && c.offSite && !c.byHref)) total += WEIGHTS.leadsElsewhere;
    if (c.byHref) total += WEIGHTS.href;
    if (c.byWords) total += WEIGHTS.words;
    if (c.byStructure) total += WEIGHTS.structure;
    const known = anyPattern(evidence?.leadsTo, c.href);
    if (known) total += WEIGHTS.knownDestination;
    let context: string | undefined;
    const around = () => (context ??= surroundings(c.el));
    const near = wordsAround(evidence?.nearWords, around, labels);
    if (near) total += WEIGHTS.nearWords;
    if (wordsAround(evidence?.awayWords, around, labels)) total += WEIGHTS.awayWords;
    // Without proof, such a candidate is out of the running (below MIN_SCORE), not a rival.
    if (evidence?.proofRequired && !known && !near) total = Math.min(total, MIN_SCORE - 1);
    return { ...c, score: total, vetoed: anyPattern(evidence?.avoid, c.href) };
  });
}

/** Same place: the same link address, or the very same element. */
function samePlace(a: Scored, b: Scored): boolean {
  return a.el === b.el || (a.href !== undefined && a.href === b.href);
}

/**
 * The candidate that clearly wins, or undefined. Visibility (the only layout read) is checked
 * for the finalists only, best first. A winner that leads somewhere known to be wrong, or a
 * runner-up within MARGIN that leads elsewhere (known wrong or not), marks nothing: no marker is better than a
 * marker on the wrong form. Copies leading to the same place do not compete: the first
 * visible one in the page is marked.
 */
export function decide(scored: readonly Scored[]): Element | undefined {
  const finalists = scored
    .filter((c) => c.score >= MIN_SCORE || c.vetoed)
    .sort((a, b) => b.score - a.score || order(a.el, b.el));
  const visible: Scored[] = [];
  for (const c of finalists) {
    if (visible.length > 0 && c.score <= visible[0].score - MARGIN) break;
    if (isVisible(c.el) && !movedOffScreen(c.el)) visible.push(c);
  }
  const best = visible[0];
  if (!best || best.vetoed || best.score < MIN_SCORE) return undefined;
  const rival = visible.find((c) => !samePlace(c, best) && c.score > best.score - MARGIN);
  return rival ? undefined : best.el;
}

/**
 * A copy moved out of the page (the mobile layout's, or one kept for screen readers): laid out
 * entirely above or left of the document. Read for the finalists only.
 */
function movedOffScreen(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return (box.width > 0 || box.height > 0) && (box.right + window.scrollX <= 0 || box.bottom + window.scrollY <= 0);
}

/** Document order, so equal copies resolve to the first one a person sees. */
function order(a: Element, b: Element): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;
}
