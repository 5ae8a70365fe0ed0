/**
 * Menus that exist only while open, in a layer of their own at the end of <body> (like React
 * portals). A menu is mounted by its toggle, its content is replaced by submenus, and it is
 * unmounted by Escape, by a click anywhere outside it, or by its toggle clicked again.
 */
import { render } from './dom.js';

/**
 * @param {Record<string, string>} menus  HTML of each menu, by name
 * @param {Record<string, Function>} actions  actions available to the menus' items
 */
export function createMenus(menus, actions) {
  const layer = document.createElement('div');
  document.body.append(layer);
  let open = null;
  /** Clicks already dealt with: on a toggle, or inside the menu (even if re-rendered since). */
  const handled = new WeakSet();

  function show(name) {
    open = name;
    render(layer, menus[name], actions);
  }

  function close() {
    if (open === null) return;
    open = null;
    layer.replaceChildren();
  }

  function toggle(name, event) {
    handled.add(event);
    if (open === null) show(name);
    else close();
  }

  // Capture phase: decide whether the click is inside before an item replaces the menu.
  document.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Node && layer.contains(event.target)) handled.add(event);
    },
    true,
  );
  document.addEventListener('click', (event) => {
    if (open !== null && !handled.has(event)) close();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });

  return { show, close, toggle };
}
