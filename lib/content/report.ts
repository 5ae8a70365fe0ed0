import { ATTRIBUTES } from '../domain';
import type { LabelLists } from '../playbooks/label-lists';
import { roleOf } from '../page/accessible-name';
import { textMatches } from '../page/normalize';
import { controlName, iconNames } from '../page/own-words';

/**
 * "Copy a report": a structural snapshot of the page where a step's target was not found, for
 * the user to paste into an issue (nothing leaves the browser unless they do). It holds the
 * page's skeleton (tags, roles, names of controls, addresses of links) and never its content:
 * no text nodes; a control's name only when it is one of Meta's UI words the playbooks know
 * (anything else, such as a person's name, becomes its length); addresses without query,
 * fragment or profile names, digits kept only in the ids of Meta's help forms.
 */
export interface PageReport {
  opposer: string;
  step: string;
  path: string;
  lang: string | null;
  nodes: ReportNode[];
}

export interface ReportNode {
  depth: number;
  tag: string;
  role?: string;
  name?: string;
  href?: string;
  hidden?: true;
}

/** Enough to see a page's structure; a feed beyond it says nothing more. */
const MAX_NODES = 2500;
const KEPT = 'a[href], button, input, select, textarea, label, svg, h1, h2, h3, h4, p, li, section, footer, nav, form, [role], [aria-label]';

/** A name the report may keep: exactly one of Meta's UI words, in any language the playbooks know. */
function knownWords(name: string, labels: LabelLists): string | undefined {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (!trimmed) return undefined;
  for (const words of Object.values(labels)) {
    if (words && textMatches(trimmed, words, 'exact')) return trimmed;
  }
  return `[${trimmed.length} chars]`;
}

/** Meta's hosts keep their path's shape; help form ids stay; any other digits and names go. */
export function scrubHref(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return '[invalid]';
  }
  if (url.protocol === 'mailto:' || url.protocol === 'tel:') return `${url.protocol}[scrubbed]`;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `${url.protocol}[…]`;
  const form = /^\/(?:help\/)?contact\/(\d+)\/?$/.exec(url.pathname);
  if (form) return `${url.origin}${url.pathname}`;
  const meta = /(?:^|\.)(?:facebook|instagram|meta)\.com$/.test(url.hostname);
  if (!meta) return `${url.origin}/[…]`;
  const segments = url.pathname.split('/').filter(Boolean);
  // A single segment that is not a known section is a profile (a person's name or username).
  const KNOWN = /^(privacy|help|settings|accounts|profiles|profile\.php|groups|friends|marketplace|explore|reels|direct|contact|policy|policies|about|legal|ads|watch|gaming|saved|memories|your_activity|allactivity|support|password_and_security|personal_info)$/;
  const scrubbed = segments.map((s, i) => (i === 0 && !KNOWN.test(s) ? '[profile]' : s.replace(/\d/g, '0')));
  return `${url.origin}/${scrubbed.join('/')}${url.pathname.endsWith('/') && segments.length ? '/' : ''}`;
}

export function buildReport(options: { step: string; version: string; labels: LabelLists; root?: Element }): PageReport {
  const root = options.root ?? document.body;
  const nodes: ReportNode[] = [];
  const walk = (el: Element, depth: number) => {
    for (const child of Array.from(el.children)) {
      if (nodes.length >= MAX_NODES) return;
      if (child.hasAttribute(ATTRIBUTES.ui) || child.matches('script, style, template, noscript')) continue;
      const kept = child.matches(KEPT);
      if (kept) nodes.push(describe(child, depth, options.labels));
      if (child.localName !== 'svg') walk(child, kept ? depth + 1 : depth);
    }
  };
  walk(root, 0);
  return {
    opposer: options.version,
    step: options.step,
    path: scrubHref(location.href),
    lang: document.documentElement.getAttribute('lang'),
    nodes,
  };
}

function describe(el: Element, depth: number, labels: LabelLists): ReportNode {
  const node: ReportNode = { depth, tag: el.localName };
  const role = el.getAttribute('role') ?? undefined;
  if (role) node.role = role;
  const control = roleOf(el) !== undefined || el.hasAttribute('aria-label') || el.localName === 'label';
  if (el.localName === 'svg') {
    const names = iconNames(el.parentElement ?? el);
    const name = el.getAttribute('aria-label') ?? names[0];
    if (name) node.name = knownWords(name, labels);
  } else if (control) {
    const name = knownWords(controlName(el), labels);
    if (name) node.name = name;
  }
  if (el instanceof HTMLAnchorElement && el.hasAttribute('href')) node.href = scrubHref(el.href);
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') node.hidden = true;
  return node;
}
