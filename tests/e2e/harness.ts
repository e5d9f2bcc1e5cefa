/**
 * The real-browser harness: Debian's Chromium with the built extension loaded, a local static
 * server for the pages, request/error recording, and helpers that talk to the extension through
 * its own message protocol (from one of its pages), so tests assert on what the user would see.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/static-server';
import { CHROMIUM, EXT_DIR, FIXTURES_DIR, PAGES_DIR, assertBuilt } from './paths';
import { watchTraffic, type Traffic } from './traffic';
import { ExtensionApi } from './extension-api';

/** Options for `launch`. */
export interface LaunchOptions {
  /** Load the extension (default true). False gives a plain browser for comparisons. */
  extension?: boolean;
  /** Reuse a profile (e.g. to restart the browser and check what persisted). */
  userDataDir?: string;
  /** Show the window (only when a display exists). */
  headed?: boolean;
  /** Wait for the seed pack before returning (default true with the extension). */
  waitForSeeds?: boolean;
  viewport?: { width: number; height: number };
  /** Write Chromium's net log of the whole run to this file (complete once the session is closed). */
  netLog?: string;
  /** More Chromium flags (the browser bench adds a DevTools port to read the worker's heap). */
  extraArgs?: string[];
}

/** A running browser with everything a test needs. */
export interface Session {
  context: BrowserContext;
  userDataDir: string;
  traffic: Traffic;
  /** Present when launched with the extension. */
  ext?: ExtensionApi;
  /** Open a URL in a new tab and wait for it to load. */
  open(url: string): Promise<Page>;
  /** Close the browser; deletes the profile unless `keepProfile`. */
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

/** Chromium flags: new headless mode (extensions need it), no background traffic of its own. */
function chromiumArgs(withExtension: boolean, headed: boolean, netLog?: string): string[] {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
    // Nothing may leave the machine: every host but the test server resolves to nothing.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ];
  if (!headed) args.unshift('--headless=new');
  if (netLog) args.push(`--log-net-log=${netLog}`);
  if (withExtension) args.push(`--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`);
  return args;
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const found = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (found) return found;
  return context.waitForEvent('serviceworker', {
    predicate: (w) => w.url().startsWith('chrome-extension://'),
    timeout: 30_000,
  });
}

/** Launch Chromium (with the built extension unless told otherwise). */
export async function launch(opts: LaunchOptions = {}): Promise<Session> {
  const withExtension = opts.extension ?? true;
  if (withExtension) assertBuilt();
  const ownProfile = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'claimlens-e2e-'));
  const headed = Boolean(opts.headed && process.env.DISPLAY);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false, // the real switch is --headless=new in args: old headless mode has no extensions
    args: [...chromiumArgs(withExtension, headed, opts.netLog), ...(opts.extraArgs ?? [])],
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const traffic = await watchTraffic(context);
  let ext: ExtensionApi | undefined;
  const session: Session = {
    context,
    userDataDir,
    traffic,
    async open(url) {
      const page = await context.newPage();
      traffic.watchPage(page);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    async close(closeOpts = {}) {
      await context.close().catch(() => undefined);
      if (ownProfile && !closeOpts.keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  try {
    if (withExtension) {
      const worker = await extensionWorker(context);
      const id = new URL(worker.url()).host;
      ext = await ExtensionApi.open(context, id);
      traffic.watchPage(ext.page);
      if (opts.waitForSeeds ?? true) await ext.waitForLibrary(5);
    }
  } catch (err) {
    await session.close();
    throw err;
  }
  session.ext = ext;
  return session;
}

/** Serve the fixtures at /fixtures/ and the shared real pages at /pages/. */
export function serve(): Promise<StaticServer> {
  return startStaticServer({ '/fixtures/': FIXTURES_DIR, '/pages/': PAGES_DIR });
}

export type { StaticServer };
