import type { Step } from './schema';

/** What a step of the way from the feed says for itself; counted unless it says otherwise. */
type FeedStep = Pick<Step, 'id' | 'kind' | 'text' | 'pages' | 'target' | 'evidence'> & { counted?: boolean };

/**
 * A step of the way from the feed to the Privacy Center: shown only in a guided session started
 * from the popup, tried only in Meta's desktop layout (its menus and settings links), and where
 * its target cannot be found the fallback panel sends the user to the Privacy Center
 * (`privacyCenterUrl`). Fields in the order the playbooks write them.
 */
export function feedStep(privacyCenterUrl: string, { id, kind, text, counted = true, pages, ...rest }: FeedStep): Step {
  return { id, kind, text, counted, sessionOnly: true, desktopOnly: true, pages, ...rest, directLink: privacyCenterUrl };
}
