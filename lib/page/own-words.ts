/**
 * The words a person sees on a control, apart from the names of the icons inside it.
 *
 * Meta puts named icons inside controls: Instagram's "More" item holds an `svg` named
 * "Settings", Facebook's profile button an `svg` named "Your profile". The text content of such
 * a control mixes both ("SettingsMore"). Here the visible words and the icons' names are kept
 * apart, so an icon's name never counts against the words next to it, and names a control only
 * when the control has no words of its own (an icon button).
 */

/** Subtrees whose text a person does not read as the control's words. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Hidden without a layout read: the attributes and inline styles pages hide copies with. */
function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el as HTMLElement).style;
  return style !== undefined && (style.display === 'none' || style.visibility === 'hidden');
}

function isIcon(el: Element): boolean {
  return el.localName === 'svg' || el.localName === 'img';
}

/** The visible words of `el`: its text, without icons, scripts and copies hidden in the markup. */
export function ownWords(el: Element): string {
  let out = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const element = child as Element;
        if (SKIPPED.has(element.tagName) || isIcon(element) || hiddenByMarkup(element)) continue;
        walk(element);
      }
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}

/** The names of the icons inside `el` (`svg` aria-label or `<title>`, `img` alt), in order. */
export function iconNames(el: Element): string[] {
  const names: string[] = [];
  for (const icon of Array.from(el.querySelectorAll('svg, img'))) {
    const name = icon.getAttribute('aria-label') ?? (icon.localName === 'img' ? icon.getAttribute('alt') : icon.querySelector('title')?.textContent);
    if (name && name.trim()) names.push(name.trim());
  }
  return names;
}

/**
 * The names the control may go by: its name, and for an icon button with several icons
 * (an avatar and a badge), each icon's name on its own.
 */
export function controlNames(el: Element): string[] {
  if (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby')) return [controlName(el)];
  // The same names as controlName's, with the control's words walked once.
  const words = ownWords(el);
  if (words) return [words];
  const icons = iconNames(el);
  if (icons.length > 1) return [icons.join(' '), ...icons];
  return [icons[0] ?? el.getAttribute('title')?.trim() ?? ''];
}

/**
 * The name a person (and a screen reader, mostly) gives the control: its `aria-label` or
 * `aria-labelledby`, else its visible words, else the names of its icons, else its `title`.
 */
export function controlName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label && label.trim()) return label.trim();
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => { const ref = el.ownerDocument.getElementById(id); return ref ? ownWords(ref) : ''; })
      .join(' ')
      .trim();
    if (text) return text;
  }
  const words = ownWords(el);
  if (words) return words;
  const icons = iconNames(el);
  if (icons.length > 0) return icons.join(' ');
  return el.getAttribute('title')?.trim() ?? '';
}
