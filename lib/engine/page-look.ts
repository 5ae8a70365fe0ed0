import { accessibleName, isField } from '../page/accessible-name';
import { controlNames, ownWords } from '../page/own-words';

/**
 * What one scan reads of the page, read once. A scan weighs every step that can be current on
 * the page (on the Privacy Center two, with five matchers between them) over the same few
 * hundred links and buttons; without this each matcher selected them again and read each
 * one's names and words again. Made anew for each scan (pickCurrentStep), never kept: the page
 * changes between scans.
 */
export class PageLook {
  private readonly selections = new Map<string, Element[]>();
  private readonly names = new Map<Element, string[]>();
  private readonly words = new Map<Element, string>();
  private readonly lengths = new Map<Element, number>();

  constructor(readonly root: ParentNode) {}

  /** The elements under the root that `selector` selects, in document order. */
  select(selector: string): Element[] {
    let selected = this.selections.get(selector);
    if (!selected) this.selections.set(selector, (selected = Array.from(this.root.querySelectorAll(selector))));
    return selected;
  }

  /** The names a matcher compares: a field's label (never its content), else the control's own names (icons apart). */
  namesOf(el: Element): string[] {
    let names = this.names.get(el);
    if (!names) this.names.set(el, (names = isField(el) ? [accessibleName(el)] : controlNames(el)));
    return names;
  }

  /** The visible words of `el` (own-words.ts). */
  ownWords(el: Element): string {
    let words = this.words.get(el);
    if (words === undefined) this.words.set(el, (words = ownWords(el)));
    return words;
  }

  /** The length of all of `el`'s text, hidden parts included. */
  textLength(el: Element): number {
    let length = this.lengths.get(el);
    if (length === undefined) this.lengths.set(el, (length = (el.textContent ?? '').length));
    return length;
  }
}

/** Where a search looks: a part of the page, or what a scan already read of it. */
export type Scope = ParentNode | PageLook;

export function lookAt(scope: Scope): PageLook {
  return scope instanceof PageLook ? scope : new PageLook(scope);
}
