import type { UrlRule } from '../playbooks/schema';

/** Each rule's expressions, compiled the first time the rule is used (rules never change). */
const compiled = new WeakMap<UrlRule, { host: RegExp; path: RegExp }>();

/** Whether `url` is on one of the pages `rules` name (a playbook's, or the pages a guide asks about). */
export function urlMatches(rules: readonly UrlRule[], url: URL): boolean {
  return rules.some((rule) => {
    let re = compiled.get(rule);
    if (!re) compiled.set(rule, (re = { host: new RegExp(rule.host), path: new RegExp(rule.path) }));
    return re.host.test(url.hostname) && re.path.test(url.pathname);
  });
}
