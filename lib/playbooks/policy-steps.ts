import { requestsLinkEvidence } from './form-link-evidence';
import { roleAndText } from './matchers';
import type { Evidence, Step, UrlRule } from './schema';

export interface PolicyPages {
  /** The site's settings pages, which link to the Privacy Policy. */
  settingsPages: UrlRule[];
  /** The Privacy Policy and its articles. */
  policyPages: UrlRule[];
  /** Where the settings' Privacy Policy link leads (a regular expression over the full URL). */
  policyHref: string;
}

/** The detour's steps, each its instruction's name (`step_policy_<name>`) and its id's end. */
type PolicyStepName = 'link' | 'other' | 'genai' | 'object' | 'requests';

/**
 * The Privacy Policy route, the same on both sites (docs/meta-pages.md, "The path, per site"): Settings →
 * Privacy Policy → "Other policies and articles" → "How Meta uses information for generative AI
 * models and features" → "Your right to object" → "Learn more and submit requests here", which
 * opens the form with its chooser (form-steps.ts). A detour beside the Privacy Center route:
 * none of its steps is counted, each shows the number of the next counted step and its own
 * place on the detour.
 */
export function policySteps(prefix: string, pages: PolicyPages): Step[] {
  // The policy's articles lead to pages of the policy; look-alikes with the same title (a
  // help-center article, "related articles", the footer) lead elsewhere.
  const inPolicy: Evidence = { leadsTo: pages.policyPages.map((rule) => `^https://${rule.host.slice(1, -1)}${rule.path.slice(1)}`) };
  // An accordion already open is not a step to take: its panel holds the next one.
  const closedAccordion = 'a, [role="tab"], [role="button"]:not([aria-expanded="true"]), button:not([aria-expanded="true"])';
  // Each step of the detour, uncounted and optional, its id and instruction named after it.
  const detour = (name: PolicyStepName, { kind, ...rest }: Pick<Step, 'kind' | 'sessionOnly' | 'desktopOnly' | 'pages' | 'target' | 'evidence'>): Step => ({
    id: `${prefix}-policy-${name}`,
    kind,
    text: `step_policy_${name}`,
    counted: false,
    detour: 'privacy-policy',
    ...rest,
  });
  return [
    detour('link', {
      kind: 'link',
      sessionOnly: true,
      // The settings' link, reached through the desktop menus; the policy pages are the same at any width.
      desktopOnly: true,
      pages: pages.settingsPages,
      target: [
        { by: 'href', pattern: pages.policyHref },
        { by: 'role', roles: ['link', 'button', 'menuitem'], label: 'privacyPolicy', match: 'exact' },
      ],
    }),
    detour('other', { kind: 'link', pages: pages.policyPages, target: roleAndText('otherPolicies', ['link', 'tab'], closedAccordion) }),
    detour('genai', {
      kind: 'link',
      pages: pages.policyPages,
      target: roleAndText('genaiArticle', ['link', 'button'], 'a, [role="button"], button', { match: 'startsWith' }),
      evidence: inPolicy,
    }),
    detour('object', { kind: 'link', pages: pages.policyPages, target: roleAndText('rightToObject', ['link', 'tab'], closedAccordion) }),
    // A form link: following it tells the guide which form it opened, whatever its id.
    detour('requests', {
      kind: 'form-link',
      pages: pages.policyPages,
      target: roleAndText('submitRequests', ['link'], 'a[href]', { match: 'startsWith' }),
      evidence: requestsLinkEvidence(),
    }),
  ];
}
