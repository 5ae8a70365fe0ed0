import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/i18n/module', '@wxt-dev/webextension-polyfill'],
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
