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
    // Only storage: the content scripts' hosts come from their own `matches`.
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'opposer@opposer.eu',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions exists from Firefox 140 on desktop, 142 on Android.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
