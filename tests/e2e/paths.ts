/** Where the e2e harness finds the built extension, its fixtures and the shared real pages. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is tests/e2e/paths.ts). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The built Chrome MV3 extension (`npx wxt build`); CLAIMLENS_EXT points elsewhere (e.g. a copy). */
export const EXT_DIR = process.env.CLAIMLENS_EXT ? resolve(process.env.CLAIMLENS_EXT) : join(ROOT, '.output/chrome-mv3');
/** Hand-made / generated fixture pages. */
export const FIXTURES_DIR = join(ROOT, 'tests/e2e/fixtures');
/** Saved real news pages, read in place next to the checkout (never copied into the project). */
export const PAGES_DIR = resolve(ROOT, '../shared/pages');
/** Debian's Chromium; the harness never downloads a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Throws a message that says what to do when the extension was not built. */
export function assertBuilt(): void {
  if (!existsSync(join(EXT_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXT_DIR}: run \`npx wxt build\` (or \`npm run build\`) first.`);
  }
}
