import tseslint from 'typescript-eslint';

// Layers (docs/ARCHITECTURE.md): engine <- store <- background; engine <- page <- content;
// ui <- popup/options; messaging is the shared protocol. A lower layer never imports a higher one.
const zone = (files, banned, why) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: banned.map((group) => ({ group: [group], message: why })) },
    ],
  },
});

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo/**', 'public/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'warn',
    },
  },
  zone(
    ['src/engine/**'],
    ['**/store/**', '**/page/**', '**/ui/**', '**/messaging/**', '**/cli/**', '**/entrypoints/**', 'idb', 'preact', 'preact/*', 'wxt/*', 'webextension-polyfill'],
    'The engine is pure: no DOM, no storage, no browser APIs.',
  ),
  zone(['src/store/**'], ['**/page/**', '**/ui/**', '**/cli/**', '**/entrypoints/**', 'preact', 'preact/*'], 'The store serves the background only.'),
  zone(['src/page/**'], ['**/store/**', '**/cli/**', '**/entrypoints/**', 'idb'], 'The page layer never opens IndexedDB: a content script would get the web page\'s database.'),
  zone(['src/ui/**'], ['**/store/**', '**/page/**', '**/cli/**', '**/entrypoints/**', 'idb'], 'UI talks to storage only through messages.'),
  zone(['src/messaging/**'], ['**/store/**', '**/page/**', '**/ui/**', '**/cli/**', '**/entrypoints/**', 'idb'], 'The protocol depends on engine types only.'),
  zone(['entrypoints/content*', 'entrypoints/content/**', 'entrypoints/popup/**', 'entrypoints/options/**'], ['**/store/**', 'idb'], 'Only the background opens IndexedDB.'),
);
