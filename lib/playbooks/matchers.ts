import type { LabelKey } from '../domain';
import type { Matcher } from './schema';

type Match = Extract<Matcher, { by: 'role' }>['match'];

/**
 * One named target, two signals (lib/engine/evidence.ts): an element of one of `roles` whose
 * accessible name is `label`'s words, and an element matching `selector` that shows them. Both
 * compare the words the same way (`match`, 'exact' unless told) and look only `within` it.
 */
export function roleAndText(label: LabelKey, roles: string[], selector: string, options: { match?: Match; within?: string } = {}): Matcher[] {
  const { match = 'exact', within } = options;
  const scope = within ? { within } : {};
  return [
    { by: 'role', roles, label, match, ...scope },
    { by: 'text', selector, label, match, ...scope },
  ];
}

/** A form's Send button (Meta's help forms, WhatsApp's): its role and name, else its words, else its submit type. */
export const SEND_BUTTON: Matcher[] = [
  { by: 'role', roles: ['button'], label: 'send', match: 'exact' },
  { by: 'text', selector: 'button, [role="button"], input[type="submit"]', label: 'send', match: 'startsWith' },
  { by: 'css', selector: 'button[type="submit"], input[type="submit"]' },
];
