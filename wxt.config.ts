import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Hand-written: `wxt init` needs the network. The polyfill module makes `browser` the same
// promise API in every context and browser.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'ClaimLens',
    description:
      'Underlines sentences other outlets also reported and says whether they corroborate or conflict. Nothing leaves your machine.',
    // Minimal: storage for the library, activeTab+scripting to extract an article only when asked.
    permissions: ['storage', 'activeTab', 'scripting', 'unlimitedStorage'],
  },
  vite: () => ({
    plugins: [preact()],
  }),
});
