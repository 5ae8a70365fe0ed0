/**
 * A stand-in for the one piece of layout the unit tests need. happy-dom lays nothing out: every
 * element's getBoundingClientRect() is an empty box at 0, 0. Pages put copies away (the mobile
 * layout's, one kept for screen readers) by positioning them far above or left of the page, and
 * a browser gives such a copy, and what it holds, a box out there; the guide reads that box
 * (lib/engine/evidence.ts). Here such elements get a box out there too, of a nominal pixel
 * (nothing is measured). Every other element, and any element not rendered, keeps happy-dom's box.
 */

/** Put further out than this, a positioned element is taken to be entirely off the page. */
const FAR_OUT_PX = -1000;

/** happy-dom's own method, kept once: the setup runs again for each file in a shared environment. */
const HAPPY_DOM_BOX = Symbol.for('happy-dom getBoundingClientRect');
type Box = (this: Element) => DOMRect;
const proto = Element.prototype as Element & { [HAPPY_DOM_BOX]?: Box };
const happyDomBox = (proto[HAPPY_DOM_BOX] ??= Object.getOwnPropertyDescriptor(proto, 'getBoundingClientRect')?.value as Box);

/**
 * Where `el`'s box is, in the window's coordinates, when it or an ancestor is positioned far out
 * by its style: `left`/`top` from the page's corner (`absolute`) or the window's (`fixed`).
 */
function farOut(el: Element): { x: number; y: number } | undefined {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.position !== 'absolute' && style.position !== 'fixed') continue;
    const left = parseFloat(style.left) || 0;
    const top = parseFloat(style.top) || 0;
    if (left > FAR_OUT_PX && top > FAR_OUT_PX) continue;
    return style.position === 'fixed' ? { x: left, y: top } : { x: left - window.scrollX, y: top - window.scrollY };
  }
  return undefined;
}

proto.getBoundingClientRect = function (this: Element): DOMRect {
  const at = this.checkVisibility() ? farOut(this) : undefined;
  return at ? new DOMRect(at.x, at.y, 1, 1) : happyDomBox.call(this);
};
