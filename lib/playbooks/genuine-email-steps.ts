import type { Step } from './schema';

/**
 * The trip that tells a genuine e-mail from Meta from a phishing copy (shared/meta-flow.md,
 * "Is that e-mail really from Meta?"): Accounts Center → Password and security → "Recent
 * emails", which lists the e-mails Meta really sent. The same on both sites' Accounts Center;
 * shown only during a session the popup starts ("Show me in Accounts Center"). `prefix` is the
 * playbook's, `hostname` its Accounts Center (accountscenter.facebook.com or .instagram.com).
 */
export function genuineEmailSteps(prefix: string, hostname: string): Step[] {
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
