import type { LabelLists } from '../playbooks/label-lists';
import type { Matcher } from '../playbooks/schema';
import { roleOf, selectorForRoles } from '../page/accessible-name';
import { textMatches } from '../page/normalize';
import { lookAt, type PageLook, type Scope } from './page-look';

/** What the matchers said about one element of the page. */
export interface Candidate {
  el: Element;
  /** The link's resolved address, when the element is or sits in a link. */
  href: string | undefined;
  /** The link leads to another page (not `#`, not a script). */
  navigates: boolean;
  /** …on another site than this page's. */
  offSite: boolean;
  /** A `href` matcher recognised where it leads. */
  byHref: boolean;
  /** A `role` or `text` matcher recognised its name or words. */
  byWords: boolean;
  /** A `css` matcher recognised its tag and attributes. */
  byStructure: boolean;
}

/**
 * Longer names are not a control's: a post, a card, a whole menu. Skipping them before any
 * name is computed keeps the scan cheap on a feed of thousands of buttons.
 */
export const MAX_NAME_CHARS = 160;

/**
 * Every element some matcher recognises, with what recognised it. Narrow selectors only; names
 * are computed only for elements of the right role or selector with short text. Nested hits
 * (a text match inside a link the href matcher found) are one candidate: the outer element,
 * the one that takes the click.
 */
export function gatherCandidates(matchers: readonly Matcher[], labels: LabelLists, scope: Scope): Candidate[] {
  const look = lookAt(scope);
  const found = new Map<Element, Candidate>();
  const add = (el: Element, signal: 'byHref' | 'byWords' | 'byStructure') => {
    let candidate = found.get(el);
    if (!candidate) {
      const link = linkOf(el);
      candidate = { el, href: link?.href, navigates: !!link && leadsToAPage(link), offSite: !!link && leadsToAPage(link) && link.host !== location.host, byHref: false, byWords: false, byStructure: false };
      found.set(el, candidate);
    }
    candidate[signal] = true;
  };
  for (const matcher of matchers) {
    for (const el of recognised(matcher, labels, look)) {
      if (matcher.within && !el.closest(matcher.within)) continue;
      add(el, matcher.by === 'href' ? 'byHref' : matcher.by === 'css' ? 'byStructure' : 'byWords');
    }
  }
  return mergeNested([...found.values()]);
}

function linkOf(el: Element): HTMLAnchorElement | undefined {
  const link = el.closest('a[href]') ?? el.querySelector('a[href]');
  return link instanceof HTMLAnchorElement ? link : undefined;
}

function leadsToAPage(link: HTMLAnchorElement): boolean {
  const raw = (link.getAttribute('href') ?? '').trim().toLowerCase();
  return raw !== '' && !raw.startsWith('#') && !raw.startsWith('javascript:');
}

/**
 * Whether `outer` is the same control as `inner` or holds it: an ancestor, or a `<label>` whose
 * control it is (Meta's help-form radios sit beside their label: `<input id="<field>.0">` and
 * `<label for="<field>.0">`).
 */
function holds(outer: Element, inner: Element): boolean {
  return outer.contains(inner) || (outer instanceof HTMLLabelElement && outer.control === inner);
}

function mergeNested(candidates: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const outer = candidates.find((o) => o !== c && holds(o.el, c.el));
    if (!outer) {
      kept.push(c);
      continue;
    }
    // Fold the inner one's signals into its outermost candidate ancestor.
    let top = outer;
    for (let next = candidates.find((o) => o !== top && holds(o.el, top.el)); next; next = candidates.find((o) => o !== top && holds(o.el, top.el))) top = next;
    top.byHref ||= c.byHref;
    top.byWords ||= c.byWords;
    top.byStructure ||= c.byStructure;
    if (top.href === undefined) {
      top.href = c.href;
      top.navigates = c.navigates;
      top.offSite = c.offSite;
    }
  }
  return kept;
}

function shortEnough(el: Element, look: PageLook): boolean {
  if (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby')) return true;
  return look.textLength(el) <= MAX_NAME_CHARS;
}

/** The elements a matcher looks at before it reads their words or addresses: its narrowest selector. */
export function matcherSelector(matcher: Matcher): string {
  switch (matcher.by) {
    case 'href':
      return 'a[href]';
    case 'role':
      return selectorForRoles(matcher.roles);
    case 'text':
    case 'css':
      return matcher.selector;
  }
}

/**
 * An icon, or a part of one: its `<title>` is a name, not words a person reads. Icons inside a
 * control carry the names of other places (Instagram's "More" holds one named "Settings", the
 * next step's target), so they are never a text match of their own.
 */
function partOfIcon(el: Element): boolean {
  return el.localName === 'img' || el.closest('svg') !== null;
}

function recognised(matcher: Matcher, labels: LabelLists, look: PageLook): Element[] {
  const looked = () => look.select(matcherSelector(matcher));
  switch (matcher.by) {
    case 'href': {
      const pattern = new RegExp(matcher.pattern);
      return looked().filter((a) => a instanceof HTMLAnchorElement && pattern.test(a.href));
    }
    case 'role': {
      const wanted = labels[matcher.label] ?? [];
      if (wanted.length === 0) return [];
      return looked().filter((el) => {
        const role = roleOf(el);
        return role !== undefined && matcher.roles.includes(role) && shortEnough(el, look) &&
          look.namesOf(el).some((name) => textMatches(name, wanted, matcher.match ?? 'exact'));
      });
    }
    case 'text': {
      const wanted = labels[matcher.label] ?? [];
      if (wanted.length === 0) return [];
      const matches = looked().filter((el) =>
        !partOfIcon(el) && shortEnough(el, look) && textMatches(look.ownWords(el), wanted, matcher.match ?? 'exact'),
      );
      // The innermost match is the one a person sees; its clickable ancestor takes the click anyway.
      return matches.filter((el) => !matches.some((other) => other !== el && el.contains(other)));
    }
    case 'css':
      return [...looked()];
  }
}
