/**
 * The journey driver for Firefox: Debian's firefox-esr driven over WebDriver BiDi by
 * puppeteer-core (which never downloads a browser), the built MV2 add-on installed as a
 * temporary add-on. Firefox differences handled here, not in the journeys:
 * - moz-extension:// uuids are random per profile: the profile's `extensions.webextensions.uuids`
 *   pref pins ours for the add-on id of wxt.config.ts (browser_specific_settings.gecko.id).
 * - WebDriver refuses to navigate to moz-extension:// unless started with
 *   --remote-allow-system-access, and BiDi does not report the load of such a page (it moves to
 *   the extension process), so extension pages are awaited by polling their document.
 * - A temporary add-on is uninstalled when the browser quits; keepStorageOnUninstall /
 *   keepUuidOnUninstall keep its IndexedDB so a restart (reinstall) finds the reader's library.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { poll } from '../extension-api';
import { ROOT } from '../paths';
import type { Driver, DriverPage, PageFn } from './types';

/** Debian's Firefox ESR (scripts/ensure-firefox.sh installs it). */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The built MV2 add-on (`npx wxt build -b firefox`). */
export const FIREFOX_EXT_DIR = process.env.CLAIMLENS_FIREFOX_EXT ?? join(ROOT, '.output/firefox-mv2');
/** The add-on id of wxt.config.ts and the uuid the test profile pins for it. */
export const GECKO_ID = 'claimlens@claimlens.local';
export const FIXED_UUID = '6c1a1e45-0c1a-4c1e-9a75-c1a1e45c1a1e';

function prefs(downloads: string): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
    'extensions.webextensions.keepStorageOnUninstall': true,
    'extensions.webextensions.keepUuidOnUninstall': true,
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    // Nothing leaves the machine: no captive-portal, telemetry or update checks of its own.
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'app.update.enabled': false,
    'ui.prefersReducedMotion': Number(process.env.CLAIMLENS_REDUCED_MOTION ?? 0) || 0,
  };
}

interface BidiContext {
  context: string;
  url: string;
  children?: BidiContext[] | null;
}
interface BidiWire {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

function wrap(page: Page, downloads: string, browser: Browser): DriverPage {
  const bidi = (browser as unknown as { connection: BidiWire }).connection;
  // The card's frame sits in a closed shadow root and runs in the extension's process: Puppeteer's
  // frame list does not show it, BiDi's browsing-context tree does.
  const cardContext = async (): Promise<string | null> => {
    const { result } = await bidi.send('browsingContext.getTree', {});
    const walk = (list: BidiContext[] | null | undefined): string | null => {
      for (const c of list ?? []) {
        if (c.url.startsWith(`moz-extension://${FIXED_UUID}/card.html`)) return c.context;
        const hit = walk(c.children);
        if (hit) return hit;
      }
      return null;
    };
    const top = (result as { contexts: BidiContext[] }).contexts.find((c) => c.context === (page.mainFrame() as unknown as { _id: string })._id);
    return walk(top ? [top] : (result as { contexts: BidiContext[] }).contexts);
  };
  const inContext = async <R>(context: string, fn: string): Promise<R> => {
    const { result } = await bidi.send('script.callFunction', { functionDeclaration: fn, awaitPromise: true, target: { context }, resultOwnership: 'none' });
    const r = result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
    if (r.type === 'exception') throw new Error(r.exceptionDetails?.text ?? 'exception in the card');
    return r.result?.value as R;
  };
  return {
    url: async () => page.evaluate(() => location.href),
    evaluate: <A, R>(fn: PageFn<A, R>, arg: A) => (page.evaluate as (f: unknown, a: unknown) => Promise<R>)(fn, arg),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    bringToFront: () => page.bringToFront(),
    async uploadFile(selector, path) {
      const input = await page.$(selector);
      if (!input) throw new Error(`no ${selector}`);
      await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
    },
    async download(action) {
      const before = new Set(readdirSync(downloads));
      await action();
      // Firefox writes under a temporary name first, then renames: wait for a complete JSON-ish file.
      return poll('the download', async () => {
        for (const file of readdirSync(downloads)) {
          if (before.has(file) || file.endsWith('.part')) continue;
          const path = join(downloads, file);
          await new Promise((r) => setTimeout(r, 300));
          if (existsSync(path) && !existsSync(`${path}.part`) && statSync(path).size > 0) return path;
        }
        return undefined;
      }, 15_000, 200);
    },
    async cardText() {
      const context = await cardContext();
      if (!context) return null;
      const text = await Promise.race([
        inContext<string>(context, '() => document.body.innerText').catch(() => ''),
        new Promise<string>((r) => setTimeout(() => r(''), 2000)),
      ]);
      return text.replace(/\s+/g, ' ').trim() || null;
    },
    async inCard<R>(fn: PageFn<null, R>) {
      const context = await cardContext();
      return context ? inContext<R>(context, fn.toString()) : null;
    },
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    close: () => page.close(),
  };
}

async function start(profile: string, downloads: string, withExtension = true): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs(downloads),
    defaultViewport: { width: 1280, height: 900 },
  });
  if (!withExtension) return browser;
  const id = await browser.installExtension(FIREFOX_EXT_DIR);
  if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}: is browser_specific_settings.gecko.id set?`);
  return browser;
}

/** Launch Firefox ESR with the built add-on. */
export async function launchFirefox(): Promise<Driver> {
  if (!existsSync(join(FIREFOX_EXT_DIR, 'manifest.json'))) throw new Error(`No Firefox build at ${FIREFOX_EXT_DIR}: run \`npx wxt build -b firefox\`.`);
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: run scripts/ensure-firefox.sh`);
  const profile = mkdtempSync(join(tmpdir(), 'claimlens-ff-'));
  const downloads = mkdtempSync(join(tmpdir(), 'claimlens-ff-dl-'));
  let browser = await start(profile, downloads);
  let plain: { browser: Browser; profile: string } | undefined;
  const origin = `moz-extension://${FIXED_UUID}/`;
  return {
    browserName: 'firefox',
    extensionOrigin: origin,
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page, downloads, browser);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = origin + path;
      // The navigation's load is never reported for an extension page: wait for its document.
      page.goto(url, { timeout: 60_000 }).catch(() => undefined);
      await poll(`${path} to load`, async () => {
        const ready = await page.evaluate(() => ({ href: location.href, state: document.readyState, api: typeof (globalThis as { browser?: unknown }).browser })).catch(() => null);
        return ready && ready.href === url && ready.state === 'complete' && ready.api === 'object' ? true : undefined;
      }, 20_000, 100);
      return wrap(page, downloads, browser);
    },
    async openPlain(url) {
      if (!plain) {
        const dir = mkdtempSync(join(tmpdir(), 'claimlens-ff-plain-'));
        plain = { browser: await start(dir, downloads, false), profile: dir };
      }
      const page = await plain.browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return wrap(page, downloads, plain.browser);
    },
    async restart() {
      await browser.close();
      browser = await start(profile, downloads);
    },
    async close() {
      await browser.close().catch(() => undefined);
      if (plain) {
        await plain.browser.close().catch(() => undefined);
        rmSync(plain.profile, { recursive: true, force: true });
      }
      rmSync(profile, { recursive: true, force: true });
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
