import tseslint from 'typescript-eslint';

// Layers (docs/ARCHITECTURE.md): engine <- store <- background; engine <- page <- content;
// ui <- popup/options; messaging is the shared protocol. A lower layer never imports a higher one.
const zone = (files, banned, why) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: banned.map((p) => (p instanceof RegExp ? { regex: p.source, message: why } : { group: [p], message: why })) },
    ],
  },
});

const PAGE_ENGINE = [/(^|\/)engine(\/index)?$/, /(^|\/)engine\/(claims|relate|index|data)(\/|$)/, /(^|\/)engine\/(match|analyze|text\/pos)$/, 'wink-nlp', 'wink-eng-lite-web-model'];
const PAGE_WHY = 'The content script may use only the engine\'s sentence splitter and boilerplate filter (and types); it never opens IndexedDB.';

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
  zone(['src/reading/**'], ['**/store/**', '**/page/**', '**/ui/**', '**/cli/**', '**/entrypoints/**', 'idb', 'preact', 'preact/*'], 'Reading rules are shared by the background, the extractor and the pages: no storage, no UI.'),
  zone(['src/messaging/**'], ['**/store/**', '**/page/**', '**/ui/**', '**/cli/**', '**/entrypoints/**', 'idb'], 'The protocol depends on engine types only.'),
  zone(['entrypoints/content*', 'entrypoints/content/**', 'entrypoints/popup/**', 'entrypoints/options/**'], ['**/store/**', 'idb'], 'Only the background opens IndexedDB.'),
  // The content script splits sentences itself but never analyses them: the NLP model (wink) and
  // the matcher belong in the background. Only engine/text/segment, engine/text/boilerplate and
  // engine/types may be imported into the page (the engine's barrel would pull the model in).
  zone(['src/page/**'], [...PAGE_ENGINE, '**/store/**', '**/cli/**', '**/entrypoints/**', 'idb'], PAGE_WHY),
  zone(['entrypoints/content*', 'entrypoints/content/**'], [...PAGE_ENGINE, '**/store/**', 'idb'], PAGE_WHY),
);
