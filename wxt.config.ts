import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// Hand-written: `wxt init` needs the network. The polyfill module makes `browser` the same
// promise API in every context and browser. JSX is Preact's through tsconfig's jsxImportSource
// (esbuild reads it), so no Vite plugin is needed.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  modules: ['@wxt-dev/webextension-polyfill'],
  // JSON modules (the part-of-speech model is 3.5 MB of them) as JSON.parse('…') rather than
  // object literals: V8 reads JSON text faster than it parses JavaScript, and a cold worker
  // evaluates the whole bundle before it answers anything.
  // The part-of-speech model is the extension's own assembly of wink's English model: the same
  // tags, loaded faster on a cold worker, without the parts the engine never runs
  // (src/background/wink-model.ts). The command line and the tests use the package itself.
  vite: () => ({
    json: { stringify: true },
    resolve: { alias: [{ find: /^wink-eng-lite-web-model$/, replacement: fileURLToPath(new URL('./src/background/wink-model.ts', import.meta.url)) }] },
  }),
  manifest: {
    name: 'ClaimLens',
    description:
      'Underlines sentences other outlets also reported and says whether they corroborate or conflict. Nothing leaves your machine.',
    // storage/unlimitedStorage: the local library. scripting: inject the article extractor only
    // when the reader asks to add a page. Host access is the same http/https the content script
    // already runs on; it lets the extractor run when the popup is opened as a tab (popup.html?tabId=N).
    permissions: ['storage', 'activeTab', 'scripting', 'unlimitedStorage'],
    host_permissions: ['http://*/*', 'https://*/*'],
    // The source card is framed inside web pages (closed shadow root), so its page must be
    // reachable from them; it shows nothing without a token only the content script knows.
    web_accessible_resources: [{ resources: ['card.html'], matches: ['http://*/*', 'https://*/*'] }],
    // Firefox keys the add-on's storage (and its moz-extension:// uuid) by this id; without one a
    // temporary install gets a new id each time, and the library would not survive a restart.
    browser_specific_settings: { gecko: { id: 'claimlens@claimlens.local', strict_min_version: '128.0' } },
  },
  hooks: {
    // The part-of-speech model's core (3 MB of JSON) ships as a file the worker fetches when it
    // starts, rather than inside background.js (src/background/wink-model.ts).
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: createRequire(import.meta.url).resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'), relativeDest: 'wink-core.json' });
    },
    // The content script is declared here rather than with defineContentScript: WXT 0.21's
    // content-script context announces itself on the page's window (with the extension id) and
    // stops when the page replays that announcement. entrypoints/content-page.ts is built as a
    // plain script and keeps its own lifetime (src/page/lifetime.ts). The highlight styles are a
    // manifest style sheet: the page cannot see or remove it, and its CSP does not apply.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts ??= [];
      manifest.content_scripts.push({
        matches: ['http://*/*', 'https://*/*'],
        js: ['content-page.js'],
        css: ['claimlens-highlights.css'],
        // At document_start its first request (the site's pause setting) wakes a stopped worker
        // while the page loads; it reads the page once parsed (src/page/page-ready.ts).
        run_at: 'document_start',
      });
    },
  },
});
