import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Alias, AliasOptions, InlineConfig } from 'vite';

/** `Array.isArray` narrows vite's `readonly Alias[]` to `any[]`; this keeps the element type. */
const isAliasList = (aliases: AliasOptions): aliases is readonly Alias[] => Array.isArray(aliases);

/**
 * webextension-polyfill only where it is worth its cost: the background. Content scripts run on
 * every Facebook and Instagram page, and the popup on every click of the toolbar button; both use
 * only synchronous calls and event listeners, which Chrome's `chrome` and Firefox's `browser` offer
 * as they are (WXT's own `wxt/browser` picks whichever the browser has). Wrapping the whole API
 * in proxies cost each page load several milliseconds and 9.6 KB (see README, Performance).
 * This does what the @wxt-dev/webextension-polyfill module does, for the background build only.
 */
function polyfillBackgroundOnly(entrypoints: readonly { type: string }[], config: InlineConfig): void {
  if (!entrypoints.some((e) => e.type === 'background')) return;
  const alias: Alias = { find: /^wxt\/browser$/, replacement: '@wxt-dev/webextension-polyfill/browser' };
  config.resolve ??= {};
  const current: AliasOptions = config.resolve.alias ?? [];
  config.resolve.alias = isAliasList(current)
    ? [alias, ...current]
    : [alias, ...Object.entries(current).map(([find, replacement]) => ({ find, replacement }))];
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  hooks: { 'vite:build:extendConfig': polyfillBackgroundOnly },
  vite: () => ({ plugins: [preact()] }),
  // The sources zip for Firefox's review: the code, not generated pictures or test output.
  zip: { excludeSources: ['demo-screenshots/**', 'docs/screenshots/**', 'tests/e2e/.artifacts/**', 'tests/.reports/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Storage, and alarms for the follow-up badge; the content scripts' hosts come from their own `matches`.
    permissions: ['storage', 'alarms'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'opposer@opposer.eu',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // No gecko_android: Firefox for Android stays undeclared until the guide is tested
            // on a phone-sized viewport of Meta's mobile sites (the Firefox suite is desktop).
          },
        }
      : {}),
  }),
});
