import type { Platform } from '../domain';
import type { Step } from './schema';

/** Each site's Accounts Center, where the trip runs. */
const ACCOUNTS_CENTER_HOSTS: Readonly<Record<Platform, string>> = {
  facebook: 'accountscenter.facebook.com',
  instagram: 'accountscenter.instagram.com',
};

/** Where the popup's "Show me in Accounts Center" opens: the trip's first page. */
export function genuineEmailStart(platform: Platform): string {
  return `https://${ACCOUNTS_CENTER_HOSTS[platform]}/`;
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
  return [
    {
      id: `${prefix}-ac-password-security`,
      kind: 'link',
      trip: 'genuine-email',
      text: 'step_ac_password_security',
      counted: true,
      optional: false,
      sessionOnly: true,
      pages: [{ host, path: '^/?$' }],
      target: [
        { by: 'href', pattern: '^https://accountscenter\\.(?:facebook|instagram|meta)\\.com/password_and_security/?(?:[?#].*)?$' },
        { by: 'role', roles: ['link', 'button', 'menuitem'], label: 'passwordAndSecurity', match: 'startsWith' },
      ],
      directLink: `https://${hostname}/password_and_security`,
    },
    {
      id: `${prefix}-ac-recent-emails`,
      kind: 'link',
      trip: 'genuine-email',
      text: 'step_ac_recent_emails',
      counted: true,
      optional: false,
      sessionOnly: true,
      pages: [{ host, path: '^/password_and_security(?:/.*)?$' }],
      target: [
        { by: 'href', pattern: '^https://accountscenter\\.(?:facebook|instagram|meta)\\.com/password_and_security/recent_emails/?(?:[?#].*)?$' },
        { by: 'role', roles: ['link', 'button', 'menuitem'], label: 'recentEmails', match: 'startsWith' },
        { by: 'text', selector: '[role], a, button', label: 'recentEmails', match: 'exact' },
      ],
    },
  ];
}
