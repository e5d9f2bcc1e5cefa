#!/usr/bin/env node
/**
 * `npm run demo`: builds the extension if needed, opens a news page made from Xinhua's seed article (seed 001)
 * in Debian's Chromium with ClaimLens loaded, and saves three screenshots to demo/: the page with
 * its highlights, the source card of a disputed claim, and the popup. It reuses the e2e harness
 * (TypeScript, loaded through tsx) so the demo and the tests drive the browser the same way.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'demo');
const MANIFEST = join(ROOT, '.output/chrome-mv3/manifest.json');

function fail(message) {
  console.error(`demo: ${message}`);
  process.exit(1);
}

/** Chromium is a system package here; never download a browser of our own (scripts/ensure-chromium.sh,
 *  shared with `npm test`, installs it as root or says how). */
function ensureChromium() {
  if (spawnSync('bash', [join(ROOT, 'scripts/ensure-chromium.sh')], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

/** Newest modification time under the given paths (files and folders, recursively). */
function newest(paths) {
  let t = 0;
  for (const p of paths) {
    if (!existsSync(p)) continue;
    const s = statSync(p);
    if (s.isDirectory()) t = Math.max(t, newest(readdirSync(p).map((n) => join(p, n))));
    else t = Math.max(t, s.mtimeMs);
  }
  return t;
}

/** Build when there is no build, or when a source is newer than it. */
function ensureBuilt() {
  const sources = ['entrypoints', 'src', 'seeds', 'wxt.config.ts', 'package.json'].map((p) => join(ROOT, p));
  if (existsSync(MANIFEST) && statSync(MANIFEST).mtimeMs >= newest(sources)) return;
  console.log(existsSync(MANIFEST) ? 'Sources changed since the last build: rebuilding.' : 'No build yet: building.');
  if (spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' }).status !== 0) fail('`npm run build` failed');
}

ensureChromium();
ensureBuilt();
mkdirSync(OUT, { recursive: true });
const { register } = await import('tsx/esm/api');
register();
const { runDemo } = await import('./demo-run.ts');
try {
  const summary = await runDemo(OUT);
  console.log(summary);
  process.exit(0);
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}
