/**
 * The guide's own UI on Meta's pages, in a shadow root so that the page's styles cannot
 * change it (open, so that assistive tools and tests can reach it; it holds nothing secret).
 * Built with DOM calls and textContent only: nothing from the page ever becomes markup.
 */
import { ATTRIBUTES } from '../domain';
const STYLE = `
:host { all: initial; }
.ring {
  position: fixed; z-index: 2147483646; pointer-events: none; box-sizing: border-box;
  border-radius: 10px; border: 3px solid #ffb300;
  box-shadow: 0 0 0 3px #1a1a1a, 0 0 0 9999px rgba(0, 0, 0, 0.12);
  animation: pulse 1.6s ease-in-out 3;
}
/* Three pulses to catch the eye, then still: an endless one would repaint the dimmed page every
   frame for as long as the user reads. */
@keyframes pulse { 50% { border-color: #ff6f00; } }
.tip, .panel {
  position: fixed; z-index: 2147483647; max-width: min(320px, calc(100vw - 16px)); box-sizing: border-box;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  background: #1b1b1f; color: #ffffff; border: 2px solid #ffb300; border-radius: 10px;
  padding: 10px 12px; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.35);
}
/* On a phone: the whole panel on screen, scrolling inside when the words are long. */
.panel { right: 16px; bottom: 16px; max-width: min(360px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow: auto; }
.count { display: block; white-space: pre-line; font-size: 12px; color: #ffd54f; font-weight: 600; margin-bottom: 2px; }
.text { display: block; }
.row { display: flex; gap: 8px; margin-top: 8px; flex-wrap: wrap; align-items: center; }
a { color: #ffd54f; font-weight: 600; }
button {
  font: inherit; font-size: 13px; cursor: pointer; border-radius: 6px; padding: 3px 10px;
  background: transparent; color: #ffffff; border: 1px solid #bdbdbd;
}
button:focus-visible, a:focus-visible { outline: 3px solid #ffd54f; outline-offset: 2px; }
/* A finger needs a bigger target than a mouse. */
@media (pointer: coarse) {
  button { min-height: 40px; padding: 8px 14px; font-size: 14px; }
  .row a { display: inline-flex; align-items: center; min-height: 40px; }
}
@media (prefers-reduced-motion: reduce) { .ring { animation: none; } }
`;

export interface Overlay {
  root: ShadowRoot;
  destroy(): void;
}

/** Marks the guide's own host element (a plain div: a page could define any custom element name first). */
const UI_ATTRIBUTE = ATTRIBUTES.ui;

export function createOverlay(): Overlay {
  const host = document.createElement('div');
  host.setAttribute(UI_ATTRIBUTE, '');
  host.setAttribute('style', 'position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647;');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  root.append(style);
  document.documentElement.append(host);
  return { root, destroy: () => host.remove() };
}

/** A small element factory: tag, class, text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
