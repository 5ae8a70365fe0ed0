import type { Plugin } from 'vite';

/**
 * The popup's first render in as few files as the pages' shared build allows (issue 23): every
 * script the popup runs before it renders, bar its entry (entrypoints/popup/main.tsx, whose top
 * level renders the popup), in ONE chunk, and its styles written into popup.html.
 *
 * WXT builds all HTML pages together, and the bundler would otherwise split what they share into
 * a chunk per combination of pages (7 scripts for the popup, each a request before the module
 * graph runs); the other pages now load that one chunk instead, with some code they do not run,
 * and nothing is duplicated in the package. What the popup loads on demand (the hand-off panel and
 * the texts of 24 languages) stays apart. The styles: a stylesheet holds back the scripts after it
 * until it has loaded; a <style> costs no request (extension pages allow inline styles, not inline
 * scripts). The stylesheet files stay for the other pages.
 */
const POPUP_HTML = /[\\/]entrypoints[\\/]popup[\\/]index\.html$/;
const POPUP_SCRIPT = /[\\/]entrypoints[\\/]popup[\\/]main\.tsx$/;
const CHUNK_NAME = 'popup-first-render';

export function popupFirstRender(): Plugin {
  /** The modules the popup imports statically, bar its entry. */
  const firstRender = new Set<string>();
  return {
    name: 'opposer:popup-first-render',
    apply: 'build',
    buildEnd() {
      firstRender.clear();
      const html = [...this.getModuleIds()].find((id) => POPUP_HTML.test(id));
      if (!html) return; // a build without the popup (background, content scripts)
      // The popup's own script stays its entry; what WXT adds to every page joins the chunk.
      const queue = [html];
      for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
        for (const imported of this.getModuleInfo(id)?.importedIds ?? []) {
          if (firstRender.has(imported)) continue;
          if (!POPUP_SCRIPT.test(imported)) firstRender.add(imported);
          queue.push(imported);
        }
      }
    },
    outputOptions(options) {
      if (options.format === 'iife') return null; // WXT's single-file builds: nothing to group
      return {
        ...options,
        codeSplitting: {
          groups: [{ name: CHUNK_NAME, test: (id: string) => firstRender.has(id) }],
        },
      };
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle || !POPUP_HTML.test(context.filename)) return html;
        const bundle = context.bundle;
        return html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+)"[^>]*>/g, (link, file: string) => {
          const asset = bundle[file];
          return asset?.type === 'asset' ? `<style>${String(asset.source)}</style>` : link;
        });
      },
    },
  };
}
