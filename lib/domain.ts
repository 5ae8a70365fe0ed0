/**
 * The one home of the project's lists. Types, zod enums and the playbooks derive from these;
 * nothing else spells them out. (No zod here: content scripts import this file.)
 */

/** The sites Opposer guides on, each with a playbook (lib/playbooks/registry.ts). */
export const PLATFORMS = ['facebook', 'instagram'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Meta's own domains (each `<name>.com` with its subdomains): the platforms' and meta.com, home of an Accounts Center. */
export const META_DOMAINS = [...PLATFORMS, 'meta'] as const;
/** WhatsApp's domain: a task's (its data subject rights form), not a platform's. */
export const WHATSAPP_DOMAIN = 'whatsapp';

/** A regular expression's alternation of `names`, for patterns built from these lists. */
export function oneOf(names: readonly string[]): string {
  return `(?:${names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
}
/** A hostname on one of these domains or a subdomain of one (`facebook` → facebook.com, www.facebook.com…). */
export function hostnameOn(domains: readonly string[]): RegExp {
  return new RegExp(`(?:^|\\.)${oneOf(domains)}\\.com$`);
}
/** An account's key: `<platform>:<id>` (the Instagram username, the Facebook vanity name or numeric id). */
export const ACCOUNT_KEY = new RegExp(`^${oneOf(PLATFORMS)}:[^\\s:]+$`);
/** How a page address may end after its path: an optional slash, then a query or fragment. */
export const ADDRESS_END = '/?(?:[?#].*)?$';
/** A link's address: https, a host matching `host` (a pattern, unanchored), `path`, any ending. */
export function addressTo(host: string, path: string): string {
  return `^https://${host}${path}${ADDRESS_END}`;
}
/** A page rule's host: exactly a host matching `host` (a pattern, unanchored). */
export function hostIs(host: string): string {
  return `^${host}$`;
}

/**
 * What an objection is about: `own` is the AI objection for one's own content; `third-party`
 * the form about information on the user that others published or that Meta got elsewhere.
 */
export const OBJECTION_KINDS = ['own', 'third-party'] as const;
export type ObjectionKind = (typeof OBJECTION_KINDS)[number];

/**
 * How an objection came into the record when Opposer did not see Meta's confirmation itself:
 * `by-hand`, the user said they sent it outside this browser (in Meta's app, on another
 * device). An objection without it was seen confirmed on Meta's page.
 */
export const RECORDED_HOW = ['by-hand'] as const;
export type RecordedHow = (typeof RECORDED_HOW)[number];

/**
 * The trips a playbook's steps belong to: the way to the objection form, or the check that an
 * e-mail from Meta is genuine (Accounts Center → Password and security → "Recent emails").
 * Steps are numbered ("Step 1 of 2") within their trip.
 */
export const TRIPS = ['objection', 'genuine-email'] as const;
export type Trip = (typeof TRIPS)[number];

/**
 * Ways round: uncounted steps that stand in for counted ones when a page lacks the usual link
 * (the Privacy Policy route, lib/playbooks/policy-steps.ts). Their tooltips say "Step 3 of 7"
 * and, below it, their own place on the way round, so that five clicks in a row do not all read
 * the same.
 */
export const DETOURS = ['privacy-policy'] as const;
export type Detour = (typeof DETOURS)[number];

/** Optional tasks beyond the objection (see docs/meta-pages.md, "Beyond the objection"). */
export const TASKS = ['limit-past-posts', 'private-account', 'whatsapp'] as const;
export type Task = (typeof TASKS)[number];

/**
 * The sites, once: the pages the extension runs on (`matches`: its content scripts' match
 * patterns, hence its host permissions), the hosts its playbooks' rules name (patterns,
 * unanchored: hostIs and addressTo anchor them), and where a site's menus open (Instagram's "More" opens a plain layer at the end
 * of the page: its entries are found by where they lead and what they say, wherever they sit).
 */
export const SITES = {
  facebook: {
    // facebook.com and its subdomains (www, web, m, help, accountscenter, fr-fr…), and Meta's own Accounts Center.
    matches: ['*://*.facebook.com/*', '*://accountscenter.meta.com/*'],
    hosts: {
      /** Facebook's pages: www, web, m (phones) and the localised hosts (fr-fr…). */
      pages: '(?:www\\.|web\\.|m\\.|[a-z]{2}-[a-z]{2}\\.)?facebook\\.com',
      /** Any host of Facebook's, as a link's address may name it. */
      links: '[^/]*facebook\\.com',
    },
    /** The layers Facebook's account menu opens in (not confirmed from saved pages: docs/meta-pages.md, "Menus as saved"). */
    menuLayers: '[role="menu"], [role="dialog"], [role="listbox"]',
  },
  instagram: {
    // instagram.com and its subdomains: www, help, privacycenter, accountscenter.
    matches: ['*://*.instagram.com/*'],
    hosts: {
      pages: '(?:www\\.)?instagram\\.com',
      privacyCenter: 'privacycenter\\.instagram\\.com',
      help: 'help\\.instagram\\.com',
    },
  },
  whatsapp: {
    // WhatsApp's contact forms only: the data subject rights form is one of them.
    matches: ['https://www.whatsapp.com/contact/forms/*'],
    hosts: { pages: 'www\\.whatsapp\\.com' },
  },
} as const satisfies Record<string, { matches: readonly string[]; hosts: Record<string, string>; menuLayers?: string }>;

/**
 * The guides, one per site: the site whose objection each guides (null: none), the tasks it
 * guides and the pages it runs on. On every one of those pages only a small content script runs
 * (entrypoints/site.content.ts: the account, one question to the background); the guide itself
 * (entrypoints/<name>-guide.content.ts) is started in the page by the background, and only
 * where it has something to do (lib/background/page-guide.ts).
 */
export const GUIDES = {
  facebook: { site: 'facebook', tasks: ['limit-past-posts'], matches: SITES.facebook.matches },
  instagram: { site: 'instagram', tasks: ['private-account'], matches: SITES.instagram.matches },
  whatsapp: { site: null, tasks: ['whatsapp'], matches: SITES.whatsapp.matches },
} as const satisfies Record<string, { site: Platform | null; tasks: readonly Task[]; matches: readonly string[] }>;
export type GuideName = keyof typeof GUIDES;

/**
 * Meta's sites for phones' browsers (Meta sends a phone's user agent there; `mbasic.` was retired
 * in 2024). Their menus are boxes with no names: the guide never tries its desktop-only steps
 * there (lib/engine/page-plan.ts). Their help forms count like www's.
 */
export const PHONE_SITE_HOSTS: readonly string[] = ['m.facebook.com'];
export const GUIDE_NAMES = Object.keys(GUIDES) as GuideName[];

/** The guide whose sites hold `hostname`, by the hosts of its match patterns (`*.` for any subdomain). */
export function guideAt(hostname: string): GuideName | undefined {
  return GUIDE_NAMES.find((name) =>
    GUIDES[name].matches.some((pattern) => {
      const host = /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
      return host.startsWith('*.') ? hostname === host.slice(2) || hostname.endsWith(host.slice(1)) : hostname === host;
    }),
  );
}

/** What a step's target is (see StepKindSchema in lib/playbooks/schema.ts for each one's meaning). */
export const STEP_KINDS = [
  'menu-button', 'menu-item', 'link', 'form-link', 'form-choice', 'form-field', 'form-submit',
  'opens-dialog', 'switch', 'confirm',
] as const;
export type StepKind = (typeof STEP_KINDS)[number];
/** The kinds of steps that live on a help form: shown only on a form the guide recognises. */
export const FORM_STEP_KINDS: readonly StepKind[] = ['form-choice', 'form-field', 'form-submit'];

/** The attributes Opposer sets on Meta's pages (test hooks, see docs/test-hooks.md). */
export const ATTRIBUTES = {
  /** The one element the guide points at; its value is the step id. */
  step: 'data-opposer-step',
  /** A form field Opposer filled, whose value the page's own state holds. */
  prefilled: 'data-opposer-prefilled',
  /** The host element of Opposer's own UI (highlight, tooltip, panel) in the page. */
  ui: 'data-opposer-ui',
} as const;

/**
 * The browser.storage.local key of the record (lib/record/storage.ts). Guides listen to its
 * changes: the record changed in another tab (an objection sent) may end what this page is for.
 */
export const RECORD_STORAGE_KEY = 'opposer';

/**
 * The keys of Meta's words that the playbooks match (the words themselves, per language, are
 * in lib/texts/<lang>.json, served by lib/playbooks/labels.ts; tests check every key has words in every language).
 */
export const LABEL_KEYS = [
  'fbAccountMenu', 'settingsAndPrivacy', 'privacyCenter', 'aiAtMeta', 'objectLink', 'objectNotice',
  'send', 'yes', 'confirmation', 'igMore', 'igSettings', 'emailField', 'reasonField', 'countryField',
  'moreInfoSupport', 'requestReceived', 'thirdPartyNotice', 'fbAccountMenuOld', 'fbSettings', 'privacyPolicy', 'otherPolicies',
  'genaiArticle', 'rightToObject', 'submitRequests', 'formChoiceOwn', 'codeField', 'codeConfirm',
  // followup: Accounts Center → Password and security → "Recent emails"
  'passwordAndSecurity', 'recentEmails',
  // Tasks beyond the objection (lib/playbooks/tasks/).
  'limitPastPosts', 'limitConfirm', 'privateAccount', 'switchToPrivate', 'waObjectionOption', 'phoneField',
] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];

/**
 * Meta's help forms, by the id in their address (`/help/contact/<id>` on Facebook,
 * `help.instagram.com/contact/<id>`). Ids change from year to year: the playbooks also
 * recognise an objection form reached from Meta's notice, whatever its id.
 */
export const META_FORMS = {
  facebookObjection2025: { platform: 'facebook', kind: 'own', id: '712876720715583', url: 'https://www.facebook.com/help/contact/712876720715583' },
  facebookObjection2024: { platform: 'facebook', kind: 'own', id: '6359191084165019', url: 'https://www.facebook.com/help/contact/6359191084165019' },
  instagramObjection2025: { platform: 'instagram', kind: 'own', id: '767264225370182', url: 'https://help.instagram.com/contact/767264225370182' },
  instagramObjection2024: { platform: 'instagram', kind: 'own', id: '233964459562201', url: 'https://help.instagram.com/contact/233964459562201' },
  thirdParty: { platform: 'facebook', kind: 'third-party', id: '510058597920541', url: 'https://www.facebook.com/help/contact/510058597920541' },
  thirdPartyOlder: { platform: 'facebook', kind: 'third-party', id: '1266025207620918', url: 'https://www.facebook.com/help/contact/1266025207620918' },
} as const satisfies Record<string, { platform: Platform; kind: ObjectionKind; id: string; url: string }>;

/** The ids of the known forms of one platform and kind, for the playbooks' URL rules. */
export function formIds(platform: Platform, kind: ObjectionKind): string[] {
  return Object.values(META_FORMS)
    .filter((form) => form.platform === platform && form.kind === kind)
    .map((form) => form.id);
}

/** WhatsApp's data subject rights form (a task, not an objection to Meta AI training). */
export const WHATSAPP_FORM_URL = 'https://www.whatsapp.com/contact/forms/382532939919295/';
