import { ADDRESS_END, META_DOMAINS, oneOf, type LabelKey, type Platform } from '../domain';
import type { Matcher, Step } from './schema';

/** Each site's Accounts Center, where the trip runs. */
const ACCOUNTS_CENTER_HOSTS: Readonly<Record<Platform, string>> = {
  facebook: 'accountscenter.facebook.com',
  instagram: 'accountscenter.instagram.com',
};

/** Where the popup's "Show me in Accounts Center" opens: the trip's first page. */
export function genuineEmailStart(platform: Platform): string {
  return `https://${ACCOUNTS_CENTER_HOSTS[platform]}/`;
}

/** The trip's steps, each its instruction's name (`step_ac_<name>`) and, with hyphens, its id's end. */
type TripStepName = 'password_security' | 'recent_emails';

/** One step of the trip: a link from some Accounts Center pages to another, on any of Meta's Accounts Center hosts. */
interface TripLink {
  /** The pages the link is on (a regular expression over the path). */
  from: string;
  /** The page it leads to (its path). */
  to: string;
  label: LabelKey;
  /** Other ways of knowing it, after where it leads and its role and name. */
  more?: Matcher[];
  /** Where the fallback panel sends the user when the link cannot be found. */
  directLink?: string;
}

/**
 * The trip that tells a genuine e-mail from Meta from a phishing copy (docs/meta-pages.md,
 * "Beyond the objection"): Accounts Center → Password and security → "Recent
 * emails", which lists the e-mails Meta really sent. The same on both sites' Accounts Center;
 * shown only during a session the popup starts ("Show me in Accounts Center"). `prefix` is the
 * playbook's own.
 */
export function genuineEmailSteps(prefix: string, platform: Platform): Step[] {
  const hostname = ACCOUNTS_CENTER_HOSTS[platform];
  const host = `^${hostname.replace(/\./g, '\\.')}$`;
  // Each step is counted and a link to the next page: known by where it leads, then by its name.
  const linkTo = (name: TripStepName, { from, to, label, more = [], ...rest }: TripLink): Step => ({
    id: `${prefix}-ac-${name.replaceAll('_', '-')}`,
    kind: 'link',
    trip: 'genuine-email',
    text: `step_ac_${name}`,
    counted: true,
    sessionOnly: true,
    pages: [{ host, path: from }],
    target: [
      { by: 'href', pattern: `^https://accountscenter\\.${oneOf(META_DOMAINS)}\\.com${to}${ADDRESS_END}` },
      { by: 'role', roles: ['link', 'button', 'menuitem'], label, match: 'startsWith' },
      ...more,
    ],
    ...rest,
  });
  return [
    linkTo('password_security', {
      from: '^/?$',
      to: '/password_and_security',
      label: 'passwordAndSecurity',
      directLink: `https://${hostname}/password_and_security`,
    }),
    linkTo('recent_emails', {
      from: '^/password_and_security(?:/.*)?$',
      to: '/password_and_security/recent_emails',
      label: 'recentEmails',
      more: [{ by: 'text', selector: '[role], a, button', label: 'recentEmails', match: 'exact' }],
    }),
  ];
}
