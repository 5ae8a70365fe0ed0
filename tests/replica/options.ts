/**
 * The knobs a test turns on the replica, their defaults, and how a request picks its language.
 */
import { isReplicaLang, type ReplicaLang } from './i18n';

export type { ReplicaLang } from './i18n';

export interface ReplicaOptions {
  /** Default 'en'. A localised host (fr-fr.facebook.com…) or ?locale=fr_FR / ?hl=fr overrides it for that page. */
  lang?: ReplicaLang;
  /** How late each page's main content renders after a load or a pushState navigation. Default 400. */
  delayMs?: number;
  /** Default { id: 'marie.dupont', name: 'Marie Dupont' }; an id like 'profile.php?id=1000123' works too. */
  facebookAccount?: { id: string; name: string };
  /** Default { username: 'marie_dupont', name: 'Marie Dupont' }. */
  instagramAccount?: { username: string; name: string };
  /** Entries of accountscenter.*\/profiles; default: the Facebook account by name, the Instagram one by username. */
  accountsCenter?: Array<{ platform: 'Facebook' | 'Instagram'; name: string }>;
  /** The objection form: plain; opens with a yes/no question; has a required country <select>. */
  formVariant?: 'plain' | 'yesno' | 'country';
  /** Default true: the objection form's e-mail starts as 'marie@example.org'; false: empty. */
  emailPrefilled?: boolean;
  /** The generative-AI page shows its notice in a role="dialog" overlay (late) instead of inline. */
  noticeInDialog?: boolean;
  /** Privacy Center links (the menu/settings entry and the "AI at Meta" topic) are div[role=button]s. */
  stepsAsButtons?: boolean;
  /** Instagram's account is a professional one: its "Private account" switch is disabled. */
  instagramProfessional?: boolean;
  /** 'old': Facebook's account menu button is named "Account" / « Compte » (older builds). Default 'current'. */
  accountMenuLabel?: 'current' | 'old';
  /** Default true; false: neither Facebook's settings submenu nor Instagram's settings link to the Privacy Center (the Privacy Policy route remains). */
  privacyCenterEntry?: boolean;
  /** The Privacy Center home carries the notice with its "object" link itself. */
  noticeOnPrivacyCenterHome?: boolean;
  /** "AI at Meta" links to /privacy/guide/genai/ (as Meta's apps do) instead of /privacy/genai/. */
  topicLinksToGuide?: boolean;
  /** The forms' on-page confirmation: 'honour' ("We'll honour your objection…") or the Italian-style 'applied'. */
  confirmation?: 'honour' | 'applied';
  /** The 2025-style confirmation window: after Send, Meta's confirmation opens in a dialog over the form, which stays behind it. */
  confirmationWindow?: boolean;
  /** Other Facebook profiles of the same login, listed by "See all profiles" (switching sets Meta's i_user cookie). */
  facebookProfiles?: Array<{ id: string; name: string }>;
}

export type ResolvedOptions = Required<ReplicaOptions>;

export const PREFILLED_EMAIL = 'marie@example.org';

export function resolveOptions(options: ReplicaOptions = {}): ResolvedOptions {
  const facebookAccount = options.facebookAccount ?? { id: 'marie.dupont', name: 'Marie Dupont' };
  const instagramAccount = options.instagramAccount ?? { username: 'marie_dupont', name: 'Marie Dupont' };
  return {
    lang: options.lang ?? 'en',
    delayMs: options.delayMs ?? 400,
    facebookAccount,
    instagramAccount,
    accountsCenter: options.accountsCenter ?? [
      { platform: 'Facebook', name: facebookAccount.name },
      { platform: 'Instagram', name: instagramAccount.username },
    ],
    formVariant: options.formVariant ?? 'plain',
    emailPrefilled: options.emailPrefilled ?? true,
    noticeInDialog: options.noticeInDialog ?? false,
    stepsAsButtons: options.stepsAsButtons ?? false,
    instagramProfessional: options.instagramProfessional ?? false,
    accountMenuLabel: options.accountMenuLabel ?? 'current',
    privacyCenterEntry: options.privacyCenterEntry ?? true,
    noticeOnPrivacyCenterHome: options.noticeOnPrivacyCenterHome ?? false,
    topicLinksToGuide: options.topicLinksToGuide ?? false,
    confirmation: options.confirmation ?? 'honour',
    confirmationWindow: options.confirmationWindow ?? false,
    facebookProfiles: options.facebookProfiles ?? [],
  };
}

/** "fr_FR", "fr-FR", "fr" → 'fr'; "en_GB" → 'en-GB'; undefined for anything the replica does not speak. */
function toReplicaLang(tag: string | null): ReplicaLang | undefined {
  if (/^en[-_]gb$/i.test(tag?.trim() ?? '')) return 'en-GB';
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return base && isReplicaLang(base) ? base : undefined;
}

/**
 * The language a page renders in: ?locale= (Facebook) or ?hl= (Instagram) first, then a
 * localised host such as fr-fr.facebook.com or nl-be.facebook.com, then the test's option.
 */
export function languageFor(url: URL, fallback: ReplicaLang): ReplicaLang {
  const fromQuery = toReplicaLang(url.searchParams.get('locale')) ?? toReplicaLang(url.searchParams.get('hl'));
  if (fromQuery) return fromQuery;
  const subdomain = url.hostname.split('.')[0];
  const fromHost = /^[a-z]{2}-[a-z]{2}$/.test(subdomain) ? toReplicaLang(subdomain) : undefined;
  return fromHost ?? fallback;
}

/** '/privacy/center/' and '/privacy/center' are the same page; '/' stays '/'. */
export function normalizePath(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}
