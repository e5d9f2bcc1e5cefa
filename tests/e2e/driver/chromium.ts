/** The journey driver for Chromium: the existing Playwright harness (tests/e2e/harness.ts). */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, type LaunchOptions, type Session } from '../harness';
import { cardFrame } from '../page-probe';
import type { Driver, DriverPage, PageFn } from './types';

function wrap(page: Page): DriverPage {
  return {
    url: async () => page.url(),
    evaluate: <A, R>(fn: PageFn<A, R>, arg: A) => (page.evaluate as (f: unknown, a: unknown) => Promise<R>)(fn, arg),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    bringToFront: () => page.bringToFront(),
    uploadFile: (selector, path) => page.locator(selector).first().setInputFiles(path),
    async download(action) {
      const pending = page.waitForEvent('download');
      await action();
      const file = await pending;
      const path = join(await import('node:os').then((os) => os.tmpdir()), `claimlens-dl-${Date.now()}-${file.suggestedFilename()}`);
      await file.saveAs(path);
      return path;
    },
    async cardText() {
      const frame = cardFrame(page);
      if (!frame) return null;
      const text = await Promise.race([
        frame.evaluate(() => document.body.innerText).catch(() => ''),
        new Promise<string>((r) => setTimeout(() => r(''), 2000)),
      ]);
      return text.replace(/\s+/g, ' ').trim() || null;
    },
    async inCard<R>(fn: PageFn<null, R>) {
      const frame = cardFrame(page);
      return frame ? ((await frame.evaluate(fn as () => R, null)) as R) : null;
    },
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => page.close(),
  };
}

/** Launch Chromium with the built MV3 extension (`netLog`: record Chromium's net log of the run). */
export async function launchChromium(opts: Pick<LaunchOptions, 'netLog'> = {}): Promise<Driver> {
  let session: Session = await launch({ waitForSeeds: false, ...opts });
  const profile = session.userDataDir;
  let plain: Session | undefined;
  let closed = false;
  const origin = () => `chrome-extension://${session.ext?.id}/`;
  return {
    browserName: 'chromium',
    get extensionOrigin() {
      return origin();
    },
    async open(url) {
      return wrap(await session.open(url));
    },
    async openPlain(url) {
      plain ??= await launch({ extension: false });
      return wrap(await plain.open(url));
    },
    async openExtensionPage(path) {
      const page = await session.context.newPage();
      session.traffic.watchPage(page);
      await page.goto(origin() + path);
      return wrap(page);
    },
    async restart() {
      await session.close({ keepProfile: true });
      session = await launch({ userDataDir: profile, waitForSeeds: false });
    },
    async close() {
      // Idempotent: a test may close the browser to read what it recorded; afterAll closes again.
      if (closed) return;
      closed = true;
      await plain?.close();
      await session.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
