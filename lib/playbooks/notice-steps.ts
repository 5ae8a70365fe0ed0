import { addressTo, type Platform } from '../domain';
import { objectionLinkEvidence } from './form-link-evidence';
import { GENAI_TOPIC_PATH } from './genai-topic-path';
import type { Step, UrlRule } from './schema';

/** Where the two steps are on one site. */
export interface NoticePages {
  /** The Privacy Center's home, which lists the "AI at Meta" topic. */
  homePages: UrlRule[];
  /** The generative-AI page, and the Privacy Center home when it carries the notice itself. */
  noticePages: UrlRule[];
  /** The host the Privacy Center's own links lead to (a pattern, as `addressTo` takes it). */
  linkHost: string;
  /** Where a link to one of the site's help forms leads (a regular expression over the full URL). */
  formHref: string;
  /** Where the fallback panel sends the user: the generative-AI page, then the objection form. */
  genaiUrl: string;
  formUrl: string;
}

/**
 * The end of the Privacy Center route, the same on both sites (docs/meta-pages.md): the "AI at
 * Meta" topic on the Privacy Center's home, then the notice's link to object, which opens the
 * form (form-steps.ts). `prefix` is the playbook's own.
 */
export function noticeSteps(prefix: 'fb' | 'ig', platform: Platform, pages: NoticePages): Step[] {
  // Each step counted, its id and instruction named after it (fields in the order the playbooks write them).
  const step = (name: 'genai_topic' | 'object_link', { kind, ...rest }: Pick<Step, 'kind' | 'pages' | 'target' | 'evidence' | 'directLink'>): Step => ({
    id: `${prefix}-${name.replace('_', '-')}`,
    kind,
    text: `step_${prefix}_${name}`,
    counted: true,
    ...rest,
  });
  return [
    step('genai_topic', {
      kind: 'link',
      pages: pages.homePages,
      target: [
        { by: 'href', pattern: addressTo(pages.linkHost, `/privacy/${GENAI_TOPIC_PATH}`) },
        { by: 'role', roles: ['link', 'button', 'menuitem', 'tab'], label: 'aiAtMeta', match: 'startsWith' },
        { by: 'text', selector: '[role], a, button', label: 'aiAtMeta', match: 'exact' },
      ],
      directLink: pages.genaiUrl,
    }),
    step('object_link', {
      kind: 'form-link',
      pages: pages.noticePages,
      target: [
        { by: 'href', pattern: pages.formHref },
        { by: 'role', roles: ['link', 'button'], label: 'objectLink', match: 'contains' },
      ],
      evidence: objectionLinkEvidence(platform),
      directLink: pages.formUrl,
    }),
  ];
}
