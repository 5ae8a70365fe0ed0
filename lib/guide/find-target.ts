import type { LabelLists } from '../playbooks/label-lists';
import type { Matcher } from '../playbooks/schema';
import { accessibleName, roleOf, selectorForRoles } from '../page/accessible-name';
import { textMatches } from '../page/normalize';
import { isVisible } from '../page/visibility';

/** The first visible element found by the first matcher that finds one, in the matchers' order. */
export function findTarget(matchers: readonly Matcher[], labels: LabelLists, root: ParentNode = document): Element | undefined {
  for (const matcher of matchers) {
    const found = candidates(matcher, labels, root).find((el) => isVisible(el) && isWithin(el, matcher.within));
    if (found) return found;
  }
  return undefined;
}

function isWithin(el: Element, within: string | undefined): boolean {
  return !within || el.closest(within) !== null;
}

function candidates(matcher: Matcher, labels: LabelLists, root: ParentNode): Element[] {
  switch (matcher.by) {
    case 'href': {
      const pattern = new RegExp(matcher.pattern);
      return Array.from(root.querySelectorAll<HTMLAnchorElement>('a[href]')).filter((a) => pattern.test(a.href));
    }
    case 'role': {
      const wanted = labels[matcher.label] ?? [];
      return Array.from(root.querySelectorAll(selectorForRoles(matcher.roles))).filter((el) => {
        const role = roleOf(el);
        return role !== undefined && matcher.roles.includes(role) && textMatches(accessibleName(el), wanted, matcher.match ?? 'exact');
      });
    }
    case 'text': {
      const wanted = labels[matcher.label] ?? [];
      const matches = Array.from(root.querySelectorAll(matcher.selector)).filter((el) =>
        textMatches(el.textContent ?? '', wanted, matcher.match ?? 'exact'),
      );
      // The innermost match is the one a person sees; its clickable ancestor takes the click anyway.
      return matches.filter((el) => !matches.some((other) => other !== el && el.contains(other)));
    }
    case 'css':
      return Array.from(root.querySelectorAll(matcher.selector));
  }
}
