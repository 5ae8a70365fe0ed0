/**
 * Menus that exist only while open, in a layer of their own (like React portals): a plain,
 * role-less `div` appended at the end of <body> a moment after the click that opens it (as
 * Instagram's "More" layer, docs/meta-pages.md "Real markup"), and removed when it closes. A menu
 * is mounted by its toggle, its content is replaced by submenus, and it is unmounted by Escape,
 * by a click anywhere outside it, or by its toggle clicked again.
 */
import { render } from './dom.js';

/** How long after the opening click the layer is mounted (Meta loads a menu's code on first use). */
const MOUNT_DELAY_MS = 120;

/**
 * @param {Record<string, string>} menus  HTML of each menu, by name
 * @param {Record<string, Function>} actions  actions available to the menus' items
 */
export function createMenus(menus, actions) {
  const layer = document.createElement('div');
  let open = null;
  let mounting;
  /** Clicks already dealt with: on a toggle, or inside the menu (even if re-rendered since). */
  const handled = new WeakSet();

  function show(name) {
    open = name;
    // A submenu replaces the open menu's content at once; a closed menu mounts late, at the end.
    if (layer.isConnected) {
      render(layer, menus[name], actions);
      return;
    }
    clearTimeout(mounting);
    mounting = setTimeout(() => {
      if (open === null) return;
      render(layer, menus[open], actions);
      document.body.append(layer);
    }, MOUNT_DELAY_MS);
  }

  function close() {
    if (open === null) return;
    open = null;
    clearTimeout(mounting);
    layer.replaceChildren();
    layer.remove();
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
