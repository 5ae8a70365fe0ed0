/**
 * The HTML document every replica page is served as: an almost empty body (a loading indicator
 * in the app's root) and one inline module that boots the in-page runtime
 * (assets/spa.js or assets/form.js) with a JSON configuration. The runtime renders the real
 * content `delayMs` later, the way Meta's React apps do.
 *
 * The configuration types below are the contract between these TypeScript page builders and
 * the JavaScript runtime in assets/.
 */
import { escapeHtml, type Html } from './html';
import type { ReplicaLang } from './i18n';
import type { TasksConfig } from './pages/tasks/config';

/** URL path under which the router serves tests/replica/assets/ on every replica host. */
export const ASSET_PATH = '/__replica/assets/';
/** URL path of the endpoint the forms POST to on their own host; the router records it. */
export const SUBMIT_PATH = '/__replica/submit';

/** One page of a single-page app. */
export interface SpaView {
  title: string;
  html: Html;
  /** Shown in a dialog layer `delayMs` after the view rendered (the noticeInDialog variant). */
  dialog?: Html;
}

/*
 * Both runtimes also receive { rootId, delayMs, loading } from htmlDocument: the root element
 * to render into, how late to render, and the loading indicator's label.
 */

/** Configuration of assets/spa.js. */
export interface SpaConfig {
  /**
   * Persistent chrome (top bar, left bar) rendered around the views; it must contain the
   * element `data-r-ref="outlet"` that views render into. Without a shell, views fill the root.
   */
  shell?: Html;
  /** Views by normalised pathname ('/privacy/genai'). Links to these paths navigate with pushState. */
  views: Record<string, SpaView>;
  /** Shown for any other path. */
  fallback: SpaView;
  /** Menus by name, mounted in a layer of their own by the `menu:<name>` action. */
  menus?: Record<string, Html>;
  /** A feed that fills `data-r-ref="feed"` containers and keeps growing. */
  feed?: FeedConfig;
  /** Accordion panels by name, rendered by the `expand:<name>` action after its toggle. */
  panels?: Record<string, Html>;
}

export interface FeedConfig {
  platform: 'facebook' | 'instagram';
  posts: readonly string[];
  like: string;
  comment: string;
  share: string;
  initialPosts: number;
  intervalMs: number;
}

/** Configuration of assets/form.js. */
export interface FormConfig {
  formId: string;
  kind: 'objection' | 'third-party';
  variant: 'plain' | 'yesno' | 'country';
  initialEmail: string;
  /** Header and card; refs: card, question, fields. */
  page: Html;
  /** yesno only: the question; refs: yes, no, answerNote. */
  question?: Html;
  /** yesno only: rendered into answerNote after "No". */
  noMessage?: Html;
  /** The fields; data-r-field email/reason/country; refs: send, emailError, countryError. */
  fields: Html;
  /** Replaces the card after a successful Send. */
  confirmation: Html;
  /** Instead: the confirmation opens in this window over the form, which stays in the page behind it. */
  confirmationWindow?: Html;
  /** The countries Instagram's typeahead suggests (refs countryInput, countryCode, countrySuggestions). */
  countries?: Array<{ code: string; name: string }>;
  errors: { email: string; country: string; reason?: string };
  /**
   * The Privacy Policy route's chooser (refs own, thirdParty, different, choiceNote), asked
   * before the yes/no question; notes rendered into choiceNote for the other two options.
   */
  chooser?: { html: Html; thirdPartyNote: Html; differentNote: Html };
  /** The country is required whatever the variant (the 2024 forms). */
  askCountry?: boolean;
  /** The 2024 forms: the explanation is required, at least this long. */
  reasonMinLength?: number;
  /** The 2024 forms: after Send, a dialog asks for the e-mailed code (refs code, confirm, codeError). */
  codeDialog?: { html: Html; error: string };
}

interface DocumentSpec {
  lang: ReplicaLang;
  title: string;
  delayMs: number;
  /** Text of the loading indicator shown until the first render. */
  loading: string;
  runtime: 'spa' | 'form' | 'tasks';
  config: SpaConfig | FormConfig | TasksConfig;
}

/** JSON embedded in a <script>: `<` is escaped so no string can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function htmlDocument(spec: DocumentSpec): string {
  const rootId = `mount_0_0_${Math.random().toString(36).slice(2, 4)}`;
  const boot = { rootId, delayMs: spec.delayMs, loading: spec.loading, ...spec.config };
  return `<!DOCTYPE html>
<html lang="${spec.lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(spec.title)}</title>
<link rel="stylesheet" href="${ASSET_PATH}replica.css">
<script type="module">
import { boot } from '${ASSET_PATH}${spec.runtime}.js';
boot(${scriptJson(boot)});
</script>
</head>
<body>
<div id="${rootId}"><div role="progressbar" aria-busy="true" aria-label="${escapeHtml(spec.loading)}"></div></div>
</body>
</html>
`;
}
