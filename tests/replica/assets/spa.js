/**
 * A single-page app, as Meta's sites behave:
 *  - after a document load, nothing but a loading indicator for `delayMs`, then the shell
 *    (top bar, left bar) and the view for location.pathname;
 *  - a click on a link to one of the app's own views, or a `nav:` action, navigates with
 *    history.pushState: the old view disappears at once, the new one renders `delayMs` later;
 *  - Back/Forward (popstate) render the view of the new location the same way;
 *  - every render is done twice, the second time SECOND_PASS_MS later, with new elements
 *    (React re-rendering after data arrives): whatever an extension marked is gone and must be
 *    found again;
 *  - links to anything else are ordinary links (a full navigation).
 *
 * Configuration: see SpaConfig in ../document.ts.
 */
import { loadingIndicator, render } from './dom.js';
import { createFeed } from './feed.js';
import { createMenus } from './menu.js';

const SECOND_PASS_MS = 250;

/** Same rule as the server's normalizePath: no trailing slash, except for '/'. */
function normalizePath(pathname) {
  return pathname.replace(/\/+$/, '') || '/';
}

export function boot(config) {
  const root = document.getElementById(config.rootId);
  const dialogLayer = document.createElement('div');
  document.body.append(dialogLayer);

  const actions = {
    /** pushState navigation to a path of this app. */
    nav: (path) => navigate(new URL(path, location.href)),
    /** A full navigation (location.assign), for buttons that leave the app. */
    go: (url) => location.assign(new URL(url, location.href).href),
    menu: (name, event) => menus.toggle(name, event),
    submenu: (name) => menus.show(name),
    'close-dialog': () => dialogLayer.replaceChildren(),
    /**
     * An accordion: renders panels[name] into the element right after the toggle, once. Like
     * React state, an open accordion stays open when the view re-renders (until a navigation).
     */
    expand: (name, _event, element) => {
      if (element.getAttribute('aria-expanded') === 'true') return;
      expanded.add(name);
      element.setAttribute('aria-expanded', 'true');
      const slot = element.nextElementSibling;
      if (slot && config.panels?.[name]) render(slot, config.panels[name], actions);
    },
    /** "See all profiles": the login acts as another profile (Meta's i_user cookie), then reloads. */
    'switch-profile': (id) => {
      document.cookie = `i_user=${encodeURIComponent(id)}; path=/`;
      location.assign('/');
    },
    noop: () => {},
  };
  const menus = createMenus(config.menus ?? {}, actions);
  const feed = config.feed ? createFeed(config.feed) : null;

  const expanded = new Set(); // the accordions open in this view: kept across its render passes
  let outlet = null; // where views render; null until the shell is mounted
  let navigation = 0; // bumped on each navigation so that late renders of older ones are dropped

  const isView = (pathname) => Object.hasOwn(config.views, normalizePath(pathname));
  const viewFor = (pathname) => (isView(pathname) ? config.views[normalizePath(pathname)] : config.fallback);

  function renderPass(view, withShell) {
    if (withShell) {
      if (config.shell) outlet = render(root, config.shell, actions).refs.outlet;
      else outlet = root;
    }
    const { refs, bound } = render(outlet, view.html, actions);
    feed?.attach(refs.feed ?? null);
    for (const [element, action, name] of bound) {
      if (action === 'expand' && expanded.has(name)) actions.expand(name, null, element);
    }
  }

  function show() {
    const id = ++navigation;
    const view = viewFor(location.pathname);
    const withShell = outlet === null;
    document.title = view.title;
    menus.close();
    expanded.clear();
    dialogLayer.replaceChildren();
    if (outlet) {
      outlet.replaceChildren(loadingIndicator(config.loading));
      feed?.attach(null);
    }
    const current = () => id === navigation;
    setTimeout(() => {
      if (!current()) return;
      renderPass(view, withShell);
      setTimeout(() => current() && renderPass(view, withShell), SECOND_PASS_MS);
      if (view.dialog) setTimeout(() => current() && render(dialogLayer, view.dialog, actions), config.delayMs);
    }, config.delayMs);
  }

  function navigate(url) {
    if (url.href === location.href) return;
    history.pushState({}, '', url.href);
    show();
  }

  // Links to the app's own views navigate client-side, as React Router-like code does.
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!link || (link.target && link.target !== '_self')) return;
    const url = new URL(link.href);
    if (url.origin !== location.origin || !isView(url.pathname)) return;
    event.preventDefault();
    navigate(url);
  });
  window.addEventListener('popstate', show);

  show();
}
