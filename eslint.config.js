// ESLint (flat config): typescript-eslint's recommended rules with type information, and the
// hooks rules for Preact's hooks (same API as React's). `npm run lint` allows no warning.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import autoImports from './.wxt/eslint-auto-imports.mjs';

/**
 * Folders say where code runs, and imports point one way (README, "How it is built"):
 * entrypoints → components / lib/background → lib/content → lib/engine → lib/page →
 * lib/playbooks, lib/record, lib/followup, lib/templates, lib/texts → lib/domain.
 * Each entry: the folders a folder may not import from (type-only imports allowed where said).
 */
const FOLDER = (name) => [`**/${name}/*`, `@/lib/${name}/*`];
const STORAGE_AND_MESSAGING = ['@webext-core/*', '@wxt-dev/storage', 'wxt/browser', '#imports', '#i18n'];
/**
 * The extension's code uses zod through `zod/mini`, whose functions tree-shake: the classic API
 * attaches every method (JSON Schema output included) to every schema, which put 84.6 KB of zod
 * into background.js instead of 33.7 KB (issue 23: Chrome zip ≤ 300 KB). Every entry below keeps it,
 * since the last entry that sets a rule for a file replaces the rule's options.
 */
const SHIPPED = ['lib/**', 'components/**', 'entrypoints/**'];
const CLASSIC_ZOD = { name: 'zod', message: 'Import zod/mini: the classic API does not tree-shake (eslint.config.js, README "Performance").' };
function boundary(files, { folders = [], packages = [], typesOnly = [], message }) {
  const patterns = [
    ...folders.map((name) => ({ group: FOLDER(name), message })),
    ...typesOnly.map((group) => ({ group, allowTypeImports: true, message })),
    ...packages.map((name) => ({ group: [name, `${name}/*`], message })),
  ];
  return { files, rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [CLASSIC_ZOD], patterns }] } };
}
const boundaries = [
  boundary(['lib/engine/**'], {
    folders: ['content', 'background', 'record'],
    packages: ['zod', ...STORAGE_AND_MESSAGING],
    message: 'lib/engine is pure: it decides from the page and the playbook, with no messaging, storage or zod.',
  }),
  boundary(['lib/page/**'], {
    folders: ['engine', 'content', 'background', 'record'],
    packages: ['zod', ...STORAGE_AND_MESSAGING],
    message: 'lib/page holds small DOM helpers: nothing above them.',
  }),
  boundary(['lib/content/**'], {
    folders: ['background'],
    // The page sends messages (record/messages: types and sendMessage); the record's schemas stay out.
    typesOnly: [[...FOLDER('record'), '!**/record/messages', '!@/lib/record/messages']],
    packages: ['zod', '@wxt-dev/storage'],
    message: 'lib/content runs in Meta\'s pages: it asks the background and writes no storage, and bundles no zod.',
  }),
  boundary(['lib/background/**'], {
    folders: ['content'],
    message: 'lib/background decides for pages; it does not import the page side.',
  }),
  boundary(['lib/record/**', 'lib/playbooks/**', 'lib/followup/**', 'lib/templates/**', 'lib/texts/**'], {
    folders: ['engine', 'content', 'background'],
    message: 'The record and the data below it import nothing of the guide or the background.',
  }),
  boundary(['lib/playbooks/**', 'lib/followup/**', 'lib/templates/**', 'lib/texts/**'], {
    folders: ['engine', 'content', 'background', 'record'],
    message: 'Playbooks, follow-up data, templates and texts are data: they import only data.',
  }),
  boundary(['components/**'], {
    folders: ['engine', 'content', 'background'],
    message: 'The popup and pages read the record and send messages; they import nothing of the guide or the background.',
  }),
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/.reports/**', 'tests/.artifacts/**', 'tests/e2e/.artifacts/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: autoImports.languageOptions.globals,
    },
    rules: {
      // `_name` marks what is left out on purpose (a destructured field, an unused parameter).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Preact's hooks follow React's rules; Playwright's fixtures also call a `use`, which is no hook.
    files: ['components/**/*.tsx', 'components/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  { files: SHIPPED, rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [CLASSIC_ZOD] }] } },
  ...boundaries,
);
