/**
 * The shape of the replica's words per language (tests/replica/texts/<lang>.json), checked when
 * they load (../i18n.ts). Objects are strict: a misspelt key in a language file fails at once.
 *
 * `pages`: every visible text of the replica pages on the objection path. The strings the
 * extension's playbooks match come from docs/meta-pages.md (menu labels, "AI at Meta", the
 * notice sentence and its link words, form labels, "Send", the confirmation); the rest is
 * filler in the same register as Meta's pages.
 *
 * `routes`: the other routes and the pages full of other people (issue 8): Facebook's banner
 * beside "Your profile", the settings pages, the Privacy Policy route with its chooser, the 2024
 * forms' explanation check and e-mail code step, the Italian-style on-page confirmation, a
 * friend's profile, a group's members, the profile switcher. English follows the quotes of
 * docs/meta-pages.md ("Other policies and articles", "Your right to object", "Learn more and
 * submit requests here", the chooser's three options, the Italian-style confirmation).
 *
 * `tasks`: the pages of the tasks beyond the objection (docs/meta-pages.md, "Beyond the objection").
 *
 * Typography follows Meta's: French and Italian use the typographic apostrophe (U+2019) and
 * French puts a no-break space (U+00A0, written \u00a0 in the files) before « : ; ? ! ». English
 * keeps the plain apostrophe, as quoted in the guides docs/meta-pages.md names.
 */
import { z } from 'zod';

const text = z.string().min(1);
const texts = z.array(text).readonly();

export const TopicIdSchema = z.enum(['security', 'sharing', 'ads', 'ai']);
export type TopicId = z.infer<typeof TopicIdSchema>;

export const CountryCodeSchema = z.enum(['AT', 'BE', 'DE', 'ES', 'FR', 'IE', 'IT', 'NL']);
export type CountryCode = z.infer<typeof CountryCodeSchema>;

export const PageTextsSchema = z.strictObject({
  common: z.strictObject({
    loading: text,
    notAvailable: text,
    notAvailableHint: text,
    close: text,
    back: text,
    /** The Privacy Center's name: Facebook's menu item, Instagram's settings link, page title. */
    privacyCenter: text,
  }),
  feed: z.strictObject({ like: text, comment: text, share: text, posts: texts }),
  facebook: z.strictObject({
    yourProfile: text,
    search: text,
    friends: text,
    groups: text,
    marketplace: text,
    memories: text,
    saved: text,
    // account menu
    seeAllProfiles: text,
    settingsPrivacy: text,
    helpSupport: text,
    display: text,
    feedback: text,
    logout: text,
    // "Settings & privacy" submenu
    settings: text,
    privacyCheckup: text,
    activityLog: text,
    language: text,
    // "Help & support" submenu
    helpCenter: text,
    supportInbox: text,
    reportProblem: text,
  }),
  privacyCenter: z.strictObject({
    intro: text,
    topicsHeading: text,
    topicBody: text,
    /** Every topic, in its own words (z.record over an enum wants every key). */
    topics: z.record(TopicIdSchema, z.strictObject({ title: text, description: text })),
  }),
  genai: z.strictObject({
    title: text,
    intro: text,
    whatHeading: text,
    whatBody: text,
    rightsHeading: text,
    /** The notice sentence; `link` is the text of the link to the objection form. */
    notice: z.strictObject({ before: text, link: text, after: text }),
  }),
  form: z.strictObject({
    helpCenter: text,
    title2025: text,
    title2024: text,
    intro: text,
    question: text,
    yes: text,
    no: text,
    noMessage: text,
    email: text,
    reason: text,
    country: text,
    countryPlaceholder: text,
    /** Every country of the form's <select>. */
    countries: z.record(CountryCodeSchema, text),
    send: text,
    errorEmail: text,
    errorCountry: text,
    thanks: text,
    confirmation: text,
  }),
  thirdParty: z.strictObject({ title: text, intro: text, reason: text, confirmation: text }),
  accountsCenter: z.strictObject({
    title: text,
    intro: text,
    profiles: text,
    connected: text,
    security: text,
    addAccounts: text,
    /** Password and security page: the "Security checks" heading and its "Recent emails" entry. */
    securityChecks: text,
    recentEmails: text,
  }),
  instagram: z.strictObject({
    home: text,
    search: text,
    explore: text,
    reels: text,
    messages: text,
    notifications: text,
    create: text,
    profile: text,
    more: text,
    /** The name of the icon inside "More" (its svg's aria-label and <title>): "Settings", fr « Options ». */
    moreIcon: text,
    posts: text,
    // "More" menu
    settings: text,
    activity: text,
    saved: text,
    appearance: text,
    report: text,
    switchAccounts: text,
    logout: text,
    // /accounts/edit/
    howYouUse: text,
    editProfile: text,
    editProfileHint: text,
    moreInfo: text,
    help: text,
    accountStatus: text,
    about: text,
  }),
});

export const RouteTextsSchema = z.strictObject({
  banner: z.strictObject({ facebookMenu: text, accountControls: text, accountOld: text, notifications: text }),
  /** The Facebook menu's entries (not the account menu). */
  appsMenu: texts,
  settings: z.strictObject({ title: text, nav: texts, privacyPolicy: text }),
  policy: z.strictObject({
    title: text,
    intro: text,
    sections: texts,
    other: text,
    articles: texts,
    rightToObject: text,
    objectBody: text,
    submitRequests: text,
    thirdPartyBefore: text,
    thirdPartyLink: text,
  }),
  chooser: z.strictObject({ legend: text, own: text, thirdParty: text, different: text, thirdPartyNote: text, differentNote: text }),
  form2024: z.strictObject({ errorReason: text, codeTitle: text, codeBody: text, codeLabel: text, codeConfirm: text, codeError: text }),
  /** The Italian-style confirmation: the request "applied going forward", an e-mail to come. */
  confirmationApplied: text,
  people: z.strictObject({
    posts: text,
    about: text,
    friends: text,
    photos: text,
    members: text,
    groupFeed: text,
    discover: text,
    sharedPost: text,
  }),
});

/** Where `{who}` stands in a template, the audience's name goes. */
const whoTemplate = text.refine((value) => value.includes('{who}'), 'must contain {who}');

export const TaskTextsSchema = z.strictObject({
  fbPosts: z.strictObject({
    title: text,
    settings: text,
    posts: text,
    futureRow: text,
    futureHint: text,
    /** aria-label of the audience buttons, as Meta writes it: "Edit privacy. Sharing with {who}." */
    audience: whoTemplate,
    public: text,
    friends: text,
    /** A second audience row, so that the page has several "Edit privacy. Sharing with …" buttons. */
    friendsListRow: text,
    pastRow: text,
    pastHint: text,
    limitButton: text,
    dialogTitle: text,
    dialogText: text,
    dialogConfirm: text,
    cancel: text,
    checkupTitle: text,
    checkupTopic: text,
  }),
  igPrivacy: z.strictObject({
    title: text,
    section: text,
    privateAccount: text,
    hint: text,
    professionalNote: text,
    dialogTitle: text,
    dialogPoints: texts,
    dialogConfirm: text,
    cancel: text,
  }),
  waForm: z
    .strictObject({
      title: text,
      intro: text,
      question: text,
      options: texts,
      /** Index in `options` of the objection choice. */
      objection: z.number().int().nonnegative(),
      email: text,
      phone: text,
      message: text,
      send: text,
      thanks: text,
      errorEmail: text,
      errorPhone: text,
    })
    .refine((form) => form.objection < form.options.length, 'objection must index options'),
});

/** One language's file. */
export const ReplicaTextsSchema = z.strictObject({ pages: PageTextsSchema, routes: RouteTextsSchema, tasks: TaskTextsSchema });

export type Texts = z.infer<typeof PageTextsSchema>;
export type RouteTexts = z.infer<typeof RouteTextsSchema>;
export type TaskTexts = z.infer<typeof TaskTextsSchema>;
export type ReplicaTexts = z.infer<typeof ReplicaTextsSchema>;
