import { ADDRESS_END, formIds, META_FORMS, oneOf, PLATFORMS, type Platform } from '../domain';
import type { Evidence } from './schema';

/** A link to one of Meta's help forms with one of these ids, on Facebook's or Instagram's hosts. */
function formHref(ids: readonly string[]): string {
  return `^https://[^/]*${oneOf(PLATFORMS)}\\.com/(?:help/)?contact/${oneOf(ids)}${ADDRESS_END}`;
}

/**
 * What tells the notice's link to object from its look-alikes on the generative-AI page
 * (docs/meta-pages.md, "Variations the guide must survive"): it leads to a known objection form of the site (or to a
 * help form reached from the notice, which the step's href matcher recognises); it never leads
 * to a third-party form, whatever its words; it sits in the "right to object" sentence, not in
 * the third-party paragraph. A help form link with neither proof is not taken for it.
 */
export function objectionLinkEvidence(platform: Platform): Evidence {
  const thirdParty = Object.values(META_FORMS).filter((form) => form.kind === 'third-party').map((form) => form.id);
  return {
    leadsTo: [formHref(formIds(platform, 'own'))],
    avoid: [formHref(thirdParty)],
    nearWords: ['objectNotice'],
    awayWords: ['thirdPartyNotice'],
    // Other help forms linked on the same pages (the Privacy Center home, a help footer) share
    // the notice link's tag and kind of address: without its form id or its sentence, no mark.
    proofRequired: true,
  };
}

/**
 * The Privacy Policy route's "Learn more and submit requests here": a link to one of Meta's help
 * forms (its id is not known in advance: the chooser comes on it), never to a third-party form,
 * after the "right to object" sentence. Its words alone are also a help-center article's title
 * in "related articles", or another help form's link elsewhere on the page.
 */
export function requestsLinkEvidence(): Evidence {
  const thirdParty = Object.values(META_FORMS).filter((form) => form.kind === 'third-party').map((form) => form.id);
  return { leadsTo: [formHref(['\\d+'])], avoid: [formHref(thirdParty)], nearWords: ['objectNotice'] };
}
