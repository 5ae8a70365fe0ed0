/**
 * The noise a variant adds to a composed page: the facts of shared/meta-flow.md ("More facts")
 * and generic noise of real pages. Each operator mutates the page around its true target (the
 * element carrying TRUTH); none may make another element the right one. Operators place their
 * decoys before and after the target, inside its own sentence, and in its dialog or menu (the
 * target's block is where they land), so the guide meets them in every order.
 */
import { META_FORMS, type LabelKey } from '../../../lib/domain';
import { metaWords } from './meta-words';
import { TEXTS, type ReplicaLang } from '../i18n';
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
  /** Returns what it drew when that varies (where, how), for the variant's name. */
  apply(ctx: NoiseContext): string | void;
}

/** The third-party paragraph of the generative-AI page (meta-flow.md), per replica language. */
const THIRD_PARTY_PARAGRAPH: Record<ReplicaLang, { before: string; links: string[] }> = {
  en: { before: 'If information about you from third parties is used to develop AI at Meta, ', links: ['learn more here', 'use this form'] },
  'en-GB': { before: 'If information about you from third parties is used to develop AI at Meta, ', links: ['learn more here', 'use this form'] },
  fr: { before: 'Si des informations vous concernant provenant de tiers sont utilisées pour l’IA chez Meta, ', links: ['consultez cette page', 'utilisez ce formulaire'] },
  de: { before: 'Wenn Informationen über dich von Dritten für KI bei Meta verwendet werden: ', links: ['mehr dazu', 'Formular'] },
  es: { before: 'Si se usa información sobre ti procedente de terceros para la IA en Meta, ', links: ['más información aquí', 'usa este formulario'] },
  it: { before: 'Se vengono usate informazioni su di te provenienti da terze parti per l’IA in Meta, ', links: ['scopri di più qui', 'usa questo modulo'] },
  nl: { before: 'Als informatie over jou van derden wordt gebruikt voor AI bij Meta, vind je ', links: ['meer informatie hier', 'dit formulier'] },
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

/** The heading of a "related articles" list. */
const RELATED: Record<ReplicaLang, string> = {
  en: 'Related articles', 'en-GB': 'Related articles', fr: 'Articles associés', de: 'Ähnliche Artikel',
  es: 'Artículos relacionados', it: 'Articoli correlati', nl: 'Gerelateerde artikelen',
};

/**
 * The words of the step after each one, when both are on the path from the feed or the notice:
 * Instagram's "More" holds an icon named "Settings", the next target's name (meta-flow.md).
 */
const NEXT_WORDS: Record<string, LabelKey> = {
  'fb-account-menu': 'settingsAndPrivacy',
  'fb-settings-privacy': 'privacyCenter',
  'fb-privacy-center': 'aiAtMeta',
  'fb-genai-topic': 'objectLink',
  'ig-more-menu': 'igSettings',
  'ig-settings': 'privacyCenter',
  'ig-privacy-center': 'aiAtMeta',
  'ig-genai-topic': 'objectLink',
};

/** Names of what a late layer at the end of the page holds: a tooltip, a toast, a popover of other places. */
const LAYER_KINDS = ['tooltip', 'toast', 'popover'] as const;

/** Another typeahead of a help form (a place the user picks from suggestions), never the country. */
const OTHER_TYPEAHEAD: Record<ReplicaLang, string> = {
  en: 'City', 'en-GB': 'Town or city', fr: 'Ville', de: 'Stadt', es: 'Ciudad', it: 'Città', nl: 'Plaats',
};

/** The words a step's target may show, within the playbook's claimed languages (lib/playbooks/labels.ts). */
const STEP_WORDS: Record<string, LabelKey> = {
  'object-link': 'objectLink',
  'genai-topic': 'aiAtMeta',
  'privacy-center': 'privacyCenter',
  'form-submit': 'send',
};

function el(doc: Document, tag: string, attrs: Record<string, string> = {}, text?: string): HTMLElement {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function namedIcon(doc: Document, name: string, withTitle = true): Element {
  const svg = doc.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('aria-label', name);
  svg.setAttribute('role', 'img');
  svg.setAttribute('viewBox', '0 0 24 24');
  if (withTitle) {
    const title = doc.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = name;
    svg.append(title);
  }
  return svg;
}

/** The block a target sits in: its sentence, list entry or card (a direct child of a container). */
function blockOf(truth: Element): Element {
  return truth.closest('p, li, h3, [role="radiogroup"]') ?? truth;
}

/** The run of text the target link sits in inside its sentence (the notice's span), or its paragraph. */
function sentenceOf(truth: Element): Element | undefined {
  const p = truth.closest('p');
  if (!p) return undefined;
  let sentence: Element = p;
  for (let node = truth.parentElement; node && node !== p; node = node.parentElement) if (node.localName === 'span') sentence = node;
  return sentence;
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

/** Puts a sentence (text and a link) inside the target's own sentence, before or after the target's words. */
function insertInSentence(ctx: NoiseContext, nodes: Node[], where: 'before' | 'after'): boolean {
  const sentence = sentenceOf(ctx.truth);
  if (!sentence) return false;
  if (where === 'before') sentence.prepend(...nodes, ' ');
  else sentence.append(' ', ...nodes);
  return true;
}

/** The visible words of the target, to repeat elsewhere. */
function targetWords(truth: Element): string {
  return (truth.getAttribute('aria-label') ?? truth.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function helpFormHost(ctx: NoiseContext): string {
  return ctx.scene.platform === 'facebook' ? 'https://www.facebook.com/help/contact/' : 'https://help.instagram.com/contact/';
}

const isFieldsScene = (ctx: NoiseContext) => ctx.scene.formStage === 'fields';
const isCountryScene = (ctx: NoiseContext) => ctx.scene.step.endsWith('-form-country');

/**
 * A help form's typeahead row as saved (meta-flow.md, "Real markup"): a text input with a
 * generated id, the hidden input its suggestion list sets, and the list. `chosen`: a suggestion
 * was picked (its words shown, its code set); `open`: the list shows these suggestions.
 */
function typeaheadRow(ctx: NoiseContext, label: string, hiddenName: string, chosen?: { words: string; code: string }, open: string[] = []): Element {
  const fieldId = randomFormId(ctx.rng);
  // Ids stay unique on the page: the replica's own typeahead is u_0_<x>.
  const inputId = `u_${1 + ctx.rng.int(3)}_${'abcdefgh'[ctx.rng.int(8)]}`;
  const row = el(ctx.doc, 'div', { id: `SupportFormRow.${fieldId}` });
  const input = el(ctx.doc, 'input', { type: 'text', id: inputId, autocomplete: 'off', value: chosen?.words ?? '' });
  const hidden = el(ctx.doc, 'input', { type: 'hidden', name: `Field${fieldId}${hiddenName}`, value: chosen?.code ?? '' });
  const list = el(ctx.doc, 'ul', { role: 'listbox' });
  for (const words of open) list.append(el(ctx.doc, 'li', { role: 'option', 'aria-selected': 'false' }, words));
  row.append(el(ctx.doc, 'label', { for: inputId }, label), input, hidden, list);
  return row;
}

/** The row of the form's reason field, after which a typeahead row goes. */
function reasonRow(ctx: NoiseContext): Element | undefined {
  return ctx.body.querySelector('textarea')?.closest('[id^="SupportFormRow."]') ?? undefined;
}

const isFormLinkScene = (ctx: NoiseContext) => /-(object-link|policy-requests)$/.test(ctx.scene.step);
const isField = (ctx: NoiseContext) => ctx.truth.matches('input, select, textarea');
const labelLang = (lang: ReplicaLang) => (lang === 'en-GB' ? 'en' : lang);

/** The third-party paragraph's parts: its words and its link to one of the third-party forms. */
function thirdPartySentence(ctx: NoiseContext): Node[] {
  const words = THIRD_PARTY_PARAGRAPH[ctx.lang];
  const form = ctx.rng.pick([META_FORMS.thirdParty, META_FORMS.thirdPartyOlder]);
  const a = el(ctx.doc, 'a', { role: 'link', href: form.url });
  a.append(el(ctx.doc, 'span', {}, ctx.rng.pick(words.links)));
  return [ctx.doc.createTextNode(words.before), a, ctx.doc.createTextNode('.')];
}

/** In the order they apply: the target's own words first, copies of it after every change to it, the page's layout last. */
export const NOISES: readonly Noise[] = [
  {
    name: 'profile-icon-and-facebook-menu',
    applies: (ctx) => ctx.scene.step === 'fb-account-menu',
    apply(ctx) {
      // Facebook: the profile button holds an svg with the name; "Facebook menu" sits nearby.
      // The replica names the icon already (the wrapper only in older builds): one of them.
      const name = ctx.truth.getAttribute('aria-label') ?? ctx.truth.querySelector('svg[aria-label]')?.getAttribute('aria-label') ?? '';
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
  {
    // The target's words as another wording the playbook knows for the same place.
    name: 'link-text-variation',
    applies: (ctx) => Object.keys(STEP_WORDS).some((suffix) => ctx.scene.step.endsWith(suffix)) && !isField(ctx),
    apply(ctx) {
      const key = Object.entries(STEP_WORDS).find(([suffix]) => ctx.scene.step.endsWith(suffix))![1];
      const words = metaWords(key, labelLang(ctx.lang));
      if (words.length === 0) return;
      const walker = ctx.doc.createTreeWalker(ctx.truth, 4 /* SHOW_TEXT */);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if ((n.nodeValue ?? '').trim() === '' || n.parentElement?.closest('svg')) continue;
        n.nodeValue = ctx.rng.pick(words);
        return;
      }
    },
  },
  {
    // meta-flow.md: the page (and its dialog) also links the third-party form; French and
    // German layouts put that paragraph first. Here also inside the notice's own sentence, and
    // sometimes twice (before and after).
    name: 'third-party-paragraph',
    applies: isFormLinkScene,
    apply(ctx) {
      const first = ctx.lang === 'fr' || ctx.lang === 'de' || ctx.rng.chance(0.5);
      const places: Array<'before' | 'after'> = [first ? 'before' : 'after'];
      if (ctx.rng.chance(0.3)) places.push(first ? 'after' : 'before');
      const drawn: string[] = [];
      for (const where of places) {
        const nodes = thirdPartySentence(ctx);
        if (ctx.rng.chance(0.35) && insertInSentence(ctx, nodes, where)) {
          drawn.push(`${where}-in-sentence`);
          continue;
        }
        drawn.push(where);
        const p = el(ctx.doc, 'p');
        const span = el(ctx.doc, 'span');
        span.append(...nodes);
        p.append(span);
        const block = blockOf(ctx.truth);
        if (where === 'before') block.before(p);
        else block.after(p);
      }
      return drawn.join('+');
    },
  },
  {
    // The next step's target's name on an element inside this one (Instagram's "More" holds an
    // icon named "Settings"): an svg with or without its <title>, or an image's alt text.
    name: 'next-name-inside',
    applies: (ctx) => ctx.scene.step in NEXT_WORDS && !isField(ctx),
    apply(ctx) {
      const words = metaWords(NEXT_WORDS[ctx.scene.step], labelLang(ctx.lang));
      if (words.length === 0) return;
      const name = ctx.rng.pick(words);
      const how = ctx.rng.pick(['svg-title', 'svg-label', 'img-alt'] as const);
      const inner = how === 'img-alt' ? el(ctx.doc, 'img', { alt: name, width: '18', height: '18' }) : namedIcon(ctx.doc, name, how === 'svg-title');
      // A span: a div would close an enclosing <p> when the browser parses the page.
      const wrapper = el(ctx.doc, 'span');
      wrapper.append(inner);
      if (ctx.rng.chance(0.5)) ctx.truth.prepend(wrapper);
      else ctx.truth.append(wrapper);
      return how;
    },
  },
  {
    name: 'icon-in-target',
    applies: (ctx) => !isField(ctx),
    apply(ctx) {
      const name = ctx.rng.pick(OTHER_NAMES[ctx.lang].slice(3));
      // A span: a div would close an enclosing <p> when the browser parses the page.
      const wrapper = el(ctx.doc, 'span');
      wrapper.append(namedIcon(ctx.doc, name));
      if (ctx.rng.chance(0.5)) ctx.truth.prepend(wrapper);
      else ctx.truth.append(wrapper);
    },
  },
  {
    name: 'split-words',
    applies: (ctx) => !isField(ctx),
    apply(ctx) {
      // The target's words, and the words of the sentence around it.
      const scope = ctx.rng.chance(0.5) ? blockOf(ctx.truth) : ctx.truth;
      const walker = ctx.doc.createTreeWalker(scope, 4 /* SHOW_TEXT */);
      const texts: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.nodeValue ?? '').trim().length > 3) texts.push(n as Text);
      for (const text of texts) {
        if (text.parentElement?.closest('style, title')) continue;
        const value = text.nodeValue ?? '';
        const cut = 1 + ctx.rng.int(value.length - 2);
        const a = el(ctx.doc, 'span', {}, value.slice(0, cut));
        const b = el(ctx.doc, 'span', {}, value.slice(cut));
        text.replaceWith(a, b);
      }
    },
  },
  {
    name: 'decoy-help-links',
    applies: () => true,
    apply(ctx) {
      const count = 2 + ctx.rng.int(3);
      for (let i = 0; i < count; i++) {
        const a = el(ctx.doc, 'a', { role: 'link', href: `${helpFormHost(ctx)}${randomFormId(ctx.rng)}` }, ctx.rng.pick(OTHER_NAMES[ctx.lang].slice(0, 3)));
        // Alternately before and after the target; a form link's decoys also in its own sentence.
        const where = i % 2 === 0 ? 'before' : 'after';
        if (isFormLinkScene(ctx) && ctx.rng.chance(0.4) && insertInSentence(ctx, [a, ctx.doc.createTextNode('.')], where)) continue;
        const p = el(ctx.doc, 'p');
        p.append(a);
        const block = blockOf(ctx.truth);
        if (where === 'before') block.before(p);
        else block.after(p);
      }
    },
  },
  {
    // Words of the target on a link to another help form, in another section ("you can also
    // object to ads"): the same words, a help form's kind of address, no notice around it.
    name: 'same-words-other-form',
    applies: (ctx) => isFormLinkScene(ctx) && targetWords(ctx.truth).length > 0,
    apply(ctx) {
      const section = el(ctx.doc, 'section');
      const a = el(ctx.doc, 'a', { role: 'link', href: `${helpFormHost(ctx)}${randomFormId(ctx.rng)}` }, targetWords(ctx.truth));
      const p = el(ctx.doc, 'p');
      p.append(`${OTHER_NAMES[ctx.lang][2]}: `, a);
      section.append(el(ctx.doc, 'h2', {}, OTHER_NAMES[ctx.lang][0]), p);
      const container = blockOf(ctx.truth).parentElement?.parentElement ?? ctx.body;
      if (ctx.rng.chance(0.5)) container.prepend(section);
      else container.append(section);
    },
  },
  {
    // The target's words in a breadcrumb, a heading, a "related articles" list and the footer.
    name: 'words-elsewhere',
    applies: (ctx) => targetWords(ctx.truth).length > 0,
    apply(ctx) {
      const words = targetWords(ctx.truth);
      const crumbs = el(ctx.doc, 'nav', { 'aria-label': 'Breadcrumb' });
      crumbs.append(el(ctx.doc, 'a', { href: '/' }, 'Meta'), ' › ', el(ctx.doc, 'span', { 'aria-current': 'page' }, words));
      const related = el(ctx.doc, 'div');
      const list = el(ctx.doc, 'ul');
      const titles = ctx.rng.shuffle([words, OTHER_NAMES[ctx.lang][0], OTHER_NAMES[ctx.lang][2]]);
      for (const title of titles) {
        const li = el(ctx.doc, 'li');
        li.append(el(ctx.doc, 'a', { role: 'link', href: `/help/${randomFormId(ctx.rng)}` }, title));
        list.append(li);
      }
      related.append(el(ctx.doc, 'h3', {}, RELATED[ctx.lang]), list);
      const footer = el(ctx.doc, 'footer');
      footer.append(
        el(ctx.doc, 'a', { href: 'https://about.meta.com/' }, words),
        ' · ',
        ctx.scene.platform === 'facebook'
          ? el(ctx.doc, 'a', { href: '/privacy/center/?entry_point=facebook_page_footer' }, ctx.lang === 'en-GB' ? 'Privacy Centre' : 'Privacy Center')
          : el(ctx.doc, 'a', { href: 'https://help.instagram.com/' }, OTHER_NAMES[ctx.lang][0]),
      );
      ctx.body.prepend(crumbs);
      if (ctx.rng.chance(0.5)) ctx.body.prepend(related);
      else ctx.body.append(related);
      ctx.body.append(footer);
      // A heading with the same words, just before the target's block (outside a sentence).
      const block = blockOf(ctx.truth);
      if (!block.parentElement?.closest('p, [role="menu"], [role="radiogroup"]') && ctx.rng.chance(0.5)) block.before(el(ctx.doc, 'h2', {}, words));
    },
  },
  {
    // Copies of the target's block the person does not see: hidden in the markup, hidden from
    // assistive technology, the mobile layout's copy (hidden by a media query on desktop), or a
    // copy moved off the screen.
    name: 'hidden-duplicate',
    applies: () => true,
    apply(ctx) {
      const block = blockOf(ctx.truth);
      const copy = block.cloneNode(true) as Element;
      for (const marked of [copy, ...Array.from(copy.querySelectorAll(`[${TRUTH}]`))]) marked.removeAttribute(TRUTH);
      for (const withId of [copy, ...Array.from(copy.querySelectorAll('[id]'))]) withId.removeAttribute('id');
      const how = ctx.rng.pick(['display-none', 'hidden', 'aria-hidden', 'mobile-copy', 'off-screen'] as const);
      // A span inside a sentence (a div would close the <p>), a div elsewhere.
      const tag = block.parentElement?.closest('p') ? 'span' : 'div';
      const wrapper =
        how === 'display-none' ? el(ctx.doc, tag, { style: 'display:none' })
          : how === 'hidden' ? el(ctx.doc, tag, { hidden: '' })
            : how === 'aria-hidden' ? el(ctx.doc, tag, { 'aria-hidden': 'true' })
              : how === 'mobile-copy' ? el(ctx.doc, tag, { class: 'x1mobile' })
                : el(ctx.doc, tag, { class: 'x1offscreen' });
      if (how === 'mobile-copy' || how === 'off-screen') {
        const style = el(ctx.doc, 'style', {}, '@media (max-width: 700px) { .x1desktop { display: none } } @media (min-width: 701px) { .x1mobile { display: none } } .x1offscreen { position: absolute; left: -10000px; top: -10000px }');
        ctx.body.prepend(style);
      }
      wrapper.append(copy);
      insertNear(ctx, wrapper, block);
      return how;
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
      // And the sections one level up, sometimes.
      const grand = parent.parentElement;
      if (grand && grand !== ctx.body && ctx.rng.chance(0.5)) for (const child of ctx.rng.shuffle(Array.from(grand.children))) grand.append(child);
    },
  },
  {
    // Typeaheads (Instagram's country, meta-flow.md "Real markup"): on the country's own scene,
    // words typed and the suggestion list open but nothing chosen (the country is still to do);
    // elsewhere a country already chosen through the list, and another place's typeahead, empty
    // or chosen. None of them may take the mark, nor hide the step that is next.
    name: 'typeahead-fields',
    applies: (ctx) => isFieldsScene(ctx) && reasonRow(ctx) !== undefined,
    apply(ctx) {
      const { form } = TEXTS[ctx.lang];
      const countries = Object.values(form.countries);
      const drawn: string[] = [];
      if (isCountryScene(ctx) && ctx.truth.matches('input')) {
        const name = ctx.rng.pick(countries);
        ctx.truth.setAttribute('value', name.slice(0, 3));
        ctx.truth.parentElement?.querySelector('[role="listbox"], ul')?.append(
          ...countries.filter((c) => c.startsWith(name.slice(0, 3))).map((c) => el(ctx.doc, 'li', { role: 'option', 'aria-selected': 'false' }, c)),
        );
        drawn.push('typed-not-chosen');
      } else if (!isCountryScene(ctx) && ctx.rng.chance(0.6)) {
        const code = ctx.rng.pick(Object.keys(form.countries)) as keyof typeof form.countries;
        reasonRow(ctx)!.after(typeaheadRow(ctx, form.country, '_iso2_country_code', { words: form.countries[code], code }));
        drawn.push('country-chosen');
      }
      const chosen = ctx.rng.chance(0.5);
      const place = ctx.rng.pick(countries);
      reasonRow(ctx)!.after(typeaheadRow(ctx, OTHER_TYPEAHEAD[ctx.lang], '_city_id', chosen ? { words: place, code: String(ctx.rng.int(100000)) } : undefined, chosen ? [] : [place]));
      drawn.push(chosen ? 'other-chosen' : 'other-open');
      return drawn.join('+');
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
    // Last, at the very end of the page: a plain role-less layer such as Meta mounts late (a
    // tooltip with the target's own words, a toast with a link named like a settings place, a
    // popover of other places). A script beside it unmounts it and mounts it again 700 ms after
    // load in a browser; parsed as a fragment (vitest), the layer is simply there.
    name: 'late-layer',
    applies: () => true,
    apply(ctx) {
      const kind = ctx.rng.pick(LAYER_KINDS);
      const layer = el(ctx.doc, 'div', { style: `position:fixed;${ctx.rng.pick(['top', 'bottom'])}:8px;left:8px;z-index:20;background:#fff;padding:8px` });
      const names = OTHER_NAMES[ctx.lang];
      if (kind === 'tooltip') {
        layer.append(el(ctx.doc, 'span', {}, targetWords(ctx.truth) || names[4]));
      } else if (kind === 'toast') {
        const link = el(ctx.doc, 'a', { role: 'link', href: `/notifications/${randomFormId(ctx.rng)}/` });
        link.append(el(ctx.doc, 'span', {}, names[3]));
        const close = el(ctx.doc, 'div', { role: 'button', tabindex: '0', 'aria-label': names[5] });
        close.append(namedIcon(ctx.doc, names[5]));
        layer.append(el(ctx.doc, 'span', {}, `${names[2]} · `), link, close);
      } else {
        for (const name of ctx.rng.shuffle(names.slice(0, 4))) {
          const a = el(ctx.doc, 'a', { role: 'link', href: `/help/${randomFormId(ctx.rng)}` });
          a.append(el(ctx.doc, 'span', {}, name));
          layer.append(el(ctx.doc, 'div', {}), a);
        }
      }
      const mountLate = el(ctx.doc, 'script');
      mountLate.textContent = '{const l=document.currentScript.previousElementSibling;l.remove();setTimeout(()=>document.body.append(l),700)}';
      ctx.body.append(layer, mountLate);
      return kind;
    },
  },
];

/** Facts that belong to a scene are applied (mostly: variants.ts says when); generic noise is drawn. */
export const SCENE_FACTS = new Set(['third-party-paragraph', 'profile-icon-and-facebook-menu', 'more-holds-settings-icon']);
