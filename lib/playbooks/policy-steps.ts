import { requestsLinkEvidence } from './form-link-evidence';
import type { Evidence, Step, UrlRule } from './schema';

export interface PolicyPages {
  /** The site's settings pages, which link to the Privacy Policy. */
  settingsPages: UrlRule[];
  /** The Privacy Policy and its articles. */
  policyPages: UrlRule[];
  /** Where the settings' Privacy Policy link leads (a regular expression over the full URL). */
  policyHref: string;
}

/**
 * The Privacy Policy route, the same on both sites (docs/meta-pages.md, "The path, per site"): Settings →
 * Privacy Policy → "Other policies and articles" → "How Meta uses information for generative AI
 * models and features" → "Your right to object" → "Learn more and submit requests here", which
 * opens the form with its chooser (form-steps.ts). A detour beside the Privacy Center route:
 * none of its steps is counted, each shows the number of the next counted step.
 */
export function policySteps(prefix: string, pages: PolicyPages): Step[] {
  // The policy's articles lead to pages of the policy; look-alikes with the same title (a
  // help-center article, "related articles", the footer) lead elsewhere.
  const inPolicy: Evidence = { leadsTo: pages.policyPages.map((rule) => `^https://${rule.host.slice(1, -1)}${rule.path.slice(1)}`) };
  // An accordion already open is not a step to take: its panel holds the next one.
  const closedAccordion = 'a, [role="tab"], [role="button"]:not([aria-expanded="true"]), button:not([aria-expanded="true"])';
  return [
    {
      id: `${prefix}-policy-link`,
      kind: 'link',
      text: 'step_policy_link',
      counted: false,
      optional: true,
      sessionOnly: true,
      pages: pages.settingsPages,
      target: [
        { by: 'href', pattern: pages.policyHref },
        { by: 'role', roles: ['link', 'button', 'menuitem'], label: 'privacyPolicy', match: 'exact' },
      ],
    },
    {
      id: `${prefix}-policy-other`,
      kind: 'link',
      text: 'step_policy_other',
      counted: false,
      optional: true,
      pages: pages.policyPages,
      target: [
        { by: 'role', roles: ['link', 'tab'], label: 'otherPolicies', match: 'exact' },
        { by: 'text', selector: closedAccordion, label: 'otherPolicies', match: 'exact' },
      ],
    },
    {
      id: `${prefix}-policy-genai`,
      kind: 'link',
      text: 'step_policy_genai',
      counted: false,
      optional: true,
      pages: pages.policyPages,
      target: [
        { by: 'role', roles: ['link', 'button'], label: 'genaiArticle', match: 'startsWith' },
        { by: 'text', selector: 'a, [role="button"], button', label: 'genaiArticle', match: 'startsWith' },
      ],
      evidence: inPolicy,
    },
    {
      id: `${prefix}-policy-object`,
      kind: 'link',
      text: 'step_policy_object',
      counted: false,
      optional: true,
      pages: pages.policyPages,
      target: [
        { by: 'role', roles: ['link', 'tab'], label: 'rightToObject', match: 'exact' },
        { by: 'text', selector: closedAccordion, label: 'rightToObject', match: 'exact' },
      ],
    },
    {
      // A form link: following it tells the guide which form it opened, whatever its id.
      id: `${prefix}-policy-requests`,
      kind: 'form-link',
      text: 'step_policy_requests',
      counted: false,
      optional: true,
      pages: pages.policyPages,
      target: [
        { by: 'role', roles: ['link'], label: 'submitRequests', match: 'startsWith' },
        { by: 'text', selector: 'a[href]', label: 'submitRequests', match: 'startsWith' },
      ],
      evidence: requestsLinkEvidence(),
    },
  ];
}
