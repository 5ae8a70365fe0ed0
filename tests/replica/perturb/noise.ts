/**
 * The noise a variant adds to a composed page: the facts of shared/meta-flow.md ("More facts")
 * and generic noise of real pages. Each operator mutates the page around its true target (the
 * element carrying TRUTH); none may make another element the right one.
 */
import { META_FORMS } from '../../../lib/domain';
import type { ReplicaLang } from '../i18n';
import type { Rng } from './rng';
import type { Scene } from './scenes';

/** The attribute the oracle puts on the true target (never read by the extension). */
export const TRUTH = 'data-truth';

export interface NoiseContext {
  doc: Document;
  body: HTMLElement;
  truth: Element;
  lang: ReplicaLang;
  scene: Scene;
  rng: Rng;
}

export interface Noise {
  name: string;
  /** Whether the operator means something on this scene. */
  applies(ctx: NoiseContext): boolean;
  apply(ctx: NoiseContext): void;
}

/** The third-party paragraph of the generative-AI page (meta-flow.md), per replica language. */
const THIRD_PARTY_PARAGRAPH: Record<ReplicaLang, { before: string; link: string }> = {
  en: { before: 'If information about you from third parties is used to develop AI at Meta, ', link: 'learn more here' },
  'en-GB': { before: 'If information about you from third parties is used to develop AI at Meta, ', link: 'learn more here' },
  fr: { before: 'Si des informations vous concernant provenant de tiers sont utilisées pour l’IA chez Meta, ', link: 'consultez cette page' },
  de: { before: 'Wenn Informationen über dich von Dritten für KI bei Meta verwendet werden: ', link: 'mehr dazu' },
  es: { before: 'Si se usa información sobre ti procedente de terceros para la IA en Meta, ', link: 'más información aquí' },
  it: { before: 'Se vengono usate informazioni su di te provenienti da terze parti per l’IA in Meta, ', link: 'scopri di più qui' },
  nl: { before: 'Als informatie over jou van derden wordt gebruikt voor AI bij Meta, vind je ', link: 'meer informatie hier' },
};

/** Names of other help and settings places, for decoy links and icons. */
const OTHER_NAMES: Record<ReplicaLang, string[]> = {
  en: ['Help Center', 'Contact us', 'Report a problem', 'Settings', 'Menu', 'Close'],
  'en-GB': ['Help Centre', 'Contact us', 'Report a problem', 'Settings', 'Menu', 'Close'],
  fr: ['Pages d’aide', 'Nous contacter', 'Signaler un problème', 'Options', 'Menu', 'Fermer'],
  de: ['Hilfebereich', 'Kontakt', 'Problem melden', 'Einstellungen', 'Menü', 'Schließen'],
  es: ['Servicio de ayuda', 'Contacto', 'Informar de un problema', 'Configuración', 'Menú', 'Cerrar'],
  it: ['Centro assistenza', 'Contattaci', 'Segnala un problema', 'Impostazioni', 'Menu', 'Chiudi'],
  nl: ['Helpcentrum', 'Contact', 'Een probleem melden', 'Instellingen', 'Menu', 'Sluiten'],
};

function el(doc: Document, tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function namedIcon(doc: Document, name: string): Element {
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('aria-label', name);
  svg.setAttribute('role', 'img');
  svg.setAttribute('viewBox', '0 0 24 24');
  const title = doc.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.textContent = name;
  svg.append(title);
  return svg;
}

/** The block a target sits in: its sentence, list entry or card (a direct child of a container). */
function blockOf(truth: Element): Element {
  return truth.closest('p, li, h3, [role="radiogroup"]') ?? truth;
}

function randomFormId(rng: Rng): string {
  let id = String(1 + rng.int(9));
  while (id.length < 15) id += String(rng.int(10));
  return id;
}

function insertNear(ctx: NoiseContext, node: Node, anchor: Element = blockOf(ctx.truth)): void {
  if (ctx.rng.chance(0.5)) anchor.before(node);
  else anchor.after(node);
}

/** The visible words of the target, to repeat elsewhere. */
function targetWords(truth: Element): string {
  return (truth.getAttribute('aria-label') ?? truth.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const isObjectLinkScene = (ctx: NoiseContext) => ctx.scene.step.endsWith('-object-link');

export const NOISES: readonly Noise[] = [
  {
    name: 'third-party-paragraph',
    applies: isObjectLinkScene,
    apply(ctx) {
      const words = THIRD_PARTY_PARAGRAPH[ctx.lang];
      const form = ctx.rng.pick([META_FORMS.thirdParty, META_FORMS.thirdPartyOlder]);
      const p = el(ctx.doc, 'p');
      const span = el(ctx.doc, 'span', {}, words.before);
      const a = el(ctx.doc, 'a', { role: 'link', href: form.url });
      a.append(el(ctx.doc, 'span', {}, words.link));
      span.append(a, '.');
      p.append(span);
      // French and German layouts put it first (meta-flow.md); others after.
      insertNear(ctx, p);
    },
  },
  {
    name: 'decoy-help-links',
    applies: () => true,
    apply(ctx) {
      const count = 1 + ctx.rng.int(3);
      for (let i = 0; i < count; i++) {
        const host = ctx.scene.platform === 'facebook' ? 'https://www.facebook.com/help/contact/' : 'https://help.instagram.com/contact/';
        const p = el(ctx.doc, 'p');
        p.append(el(ctx.doc, 'a', { role: 'link', href: `${host}${randomFormId(ctx.rng)}` }, ctx.rng.pick(OTHER_NAMES[ctx.lang].slice(0, 3))));
        insertNear(ctx, p);
      }
    },
  },
  {
    name: 'icon-in-target',
    applies: (ctx) => !ctx.truth.matches('input, select, textarea'),
    apply(ctx) {
      const name = ctx.rng.pick(OTHER_NAMES[ctx.lang].slice(3));
      // A span: a div would close an enclosing <p> when the browser parses the page.
      const wrapper = el(ctx.doc, 'span');
      wrapper.append(namedIcon(ctx.doc, name));
      ctx.truth.prepend(wrapper);
    },
  },
  {
    name: 'hidden-duplicate',
    applies: () => true,
    apply(ctx) {
      const block = blockOf(ctx.truth);
      const copy = block.cloneNode(true) as Element;
      for (const marked of [copy, ...Array.from(copy.querySelectorAll(`[${TRUTH}]`))]) marked.removeAttribute(TRUTH);
      for (const withId of [copy, ...Array.from(copy.querySelectorAll('[id]'))]) withId.removeAttribute('id');
      const wrapper = ctx.rng.chance(0.5) ? el(ctx.doc, 'div', { style: 'display:none' }) : el(ctx.doc, 'div', { hidden: '' });
      wrapper.append(copy);
      insertNear(ctx, wrapper, block);
    },
  },
  {
    name: 'split-words',
    applies: (ctx) => !ctx.truth.matches('input, select, textarea'),
    apply(ctx) {
      const walker = ctx.doc.createTreeWalker(ctx.truth, 4 /* SHOW_TEXT */);
      const texts: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.nodeValue ?? '').trim().length > 3) texts.push(n as Text);
      for (const text of texts) {
        const value = text.nodeValue ?? '';
        const cut = 1 + ctx.rng.int(value.length - 2);
        const a = el(ctx.doc, 'span', {}, value.slice(0, cut));
        const b = el(ctx.doc, 'span', {}, value.slice(cut));
        text.replaceWith(a, b);
      }
    },
  },
  {
    name: 'words-in-breadcrumbs-and-footer',
    applies: (ctx) => targetWords(ctx.truth).length > 0,
    apply(ctx) {
      const words = targetWords(ctx.truth);
      const crumbs = el(ctx.doc, 'nav', { 'aria-label': 'Breadcrumb' });
      crumbs.append(el(ctx.doc, 'a', { href: '/' }, 'Meta'), ' › ', el(ctx.doc, 'span', { 'aria-current': 'page' }, words));
      const footer = el(ctx.doc, 'footer');
      footer.append(
        el(ctx.doc, 'a', { href: 'https://about.meta.com/' }, words),
        ' · ',
        el(ctx.doc, 'a', { href: '/privacy/center/?entry_point=facebook_page_footer' }, 'Privacy Center'),
      );
      ctx.body.prepend(crumbs);
      ctx.body.append(footer);
    },
  },
  {
    name: 'extra-wrappers',
    applies: () => true,
    apply(ctx) {
      const depth = 1 + ctx.rng.int(3);
      for (let i = 0; i < depth; i++) {
        const target = ctx.rng.chance(0.5) ? ctx.truth : blockOf(ctx.truth);
        // Inside a sentence only inline wrappers survive the browser's parser.
        const wrapper = el(ctx.doc, target.closest('p') ? 'span' : ctx.rng.pick(['div', 'span']));
        if (target === ctx.body || !target.parentNode) continue;
        target.replaceWith(wrapper);
        wrapper.append(target);
      }
    },
  },
  {
    name: 'reordered-sections',
    applies: (ctx) => (blockOf(ctx.truth).parentElement?.children.length ?? 0) > 1,
    apply(ctx) {
      const parent = blockOf(ctx.truth).parentElement!;
      for (const child of ctx.rng.shuffle(Array.from(parent.children))) parent.append(child);
    },
  },
  {
    name: 'en-gb-spelling',
    applies: (ctx) => ctx.lang === 'en',
    apply(ctx) {
      const walker = ctx.doc.createTreeWalker(ctx.body, 4 /* SHOW_TEXT */);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        n.nodeValue = (n.nodeValue ?? '').replace(/Center/g, 'Centre').replace(/\bhonor/g, 'honour');
      }
    },
  },
  {
    name: 'profile-icon-and-facebook-menu',
    applies: (ctx) => ctx.scene.step === 'fb-account-menu',
    apply(ctx) {
      // Facebook: the profile button holds an svg with the name; "Facebook menu" sits nearby.
      const name = ctx.truth.getAttribute('aria-label') ?? '';
      ctx.truth.removeAttribute('aria-label');
      ctx.truth.replaceChildren(namedIcon(ctx.doc, name));
      const nav = el(ctx.doc, 'div', { role: 'navigation', 'aria-label': 'Account Controls and Settings' });
      nav.append(el(ctx.doc, 'div', { role: 'button', tabindex: '0', 'aria-label': 'Facebook menu' }));
      ctx.truth.before(nav);
    },
  },
  {
    name: 'more-holds-settings-icon',
    applies: (ctx) => ctx.scene.step === 'ig-more-menu',
    apply(ctx) {
      ctx.truth.querySelector('svg')?.replaceWith(namedIcon(ctx.doc, OTHER_NAMES[ctx.lang][3]));
    },
  },
];

/** Facts that belong to a scene are always applied; generic noise is drawn. */
export const SCENE_FACTS = new Set(['third-party-paragraph', 'profile-icon-and-facebook-menu', 'more-holds-settings-icon']);
