import { defineConfig } from 'wxt';

// Hand-written: `wxt init` needs the network. The polyfill module makes `browser` the same
// promise API in every context and browser. JSX is Preact's through tsconfig's jsxImportSource
// (esbuild reads it), so no Vite plugin is needed.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'ClaimLens',
    description:
      'Underlines sentences other outlets also reported and says whether they corroborate or conflict. Nothing leaves your machine.',
    // storage/unlimitedStorage: the local library. scripting: inject the article extractor only
    // when the reader asks to add a page. Host access is the same http/https the content script
    // already runs on; it lets the extractor run when the popup is opened as a tab (popup.html?tabId=N).
    permissions: ['storage', 'activeTab', 'scripting', 'unlimitedStorage'],
    host_permissions: ['http://*/*', 'https://*/*'],
  },
});
