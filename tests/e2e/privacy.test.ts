/**
 * Nothing leaves the machine, checked with Chromium's own net log over a whole run: first start
 * (seed install), annotating pages with "add the articles I read" on, the popup, the library page,
 * adding and exporting an article.
 * Playwright's request events miss the first second of a run; the net log does not.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serve, type Session, type StaticServer } from './harness';
import { netLogRequests, offsiteFromUs } from './netlog';

const dir = mkdtempSync(join(tmpdir(), 'claimlens-netlog-'));
const logFile = join(dir, 'netlog.json');
let server: StaticServer;
let session: Session;
let extensionId = '';

beforeAll(async () => {
  server = await serve();
  session = await launch({ netLog: logFile });
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('privacy over a whole run', () => {
  it('uses the extension the way a reader does', async () => {
    const ext = session.ext;
    if (!ext) throw new Error('no extension');
    extensionId = ext.id;
    // With "add the articles I read" on (tests/e2e/reading.test.ts reads a page until it is added,
    // under a net log of its own).
    expect((await ext.ask('reading.settings.set', { autoAdd: true })).ok).toBe(true);
    for (const name of ['xinhua-roundup.html', 'cnn-syria.html']) {
      const page = await session.open(`${server.origin}/fixtures/${name}`);
      const state = await ext.waitForPageIdle(await ext.tabIdOf(page));
      expect(state.claims.length).toBeGreaterThan(0);
    }
    const real = await session.open(`${server.origin}/pages/guardian-1.html`);
    await ext.waitForPageIdle(await ext.tabIdOf(real));
    const popup = await session.open(ext.url(`popup.html?tabId=${await ext.tabIdOf(real)}`));
    await popup.waitForTimeout(500);
    const added = await ext.ask('library.add', {
      article: {
        id: 'privacy-e2e', outlet: 'Harbour Gazette', title: 'Leaders meet in Hangzhou', published: '2016-09-05',
        text: 'Barack Obama and Vladimir Putin met in Hangzhou on Monday.\n\nThe meeting lasted forty minutes, an aide said.\n\nKerry and Lavrov failed to reach a ceasefire agreement on Syria.\n\nPutin said a deal could come within a few days.',
      },
    });
    expect(added.ok).toBe(true);
    expect((await ext.ask('library.export', {})).ok).toBe(true);
    await session.open(ext.url('options.html'));
    // The Guardian page asks for its CDN (blocked); the extension itself asks for nothing.
    expect(session.traffic.offsite().length).toBeGreaterThan(0);
    expect(session.traffic.offsiteFromExtension()).toEqual([]);
  });

  it('the net log shows no request off the machine from the extension or its pages', async () => {
    await session.close();
    const requests = netLogRequests(logFile);
    // The log is real: it saw the fixture pages being served.
    expect(requests.some((r) => r.url.includes('/fixtures/xinhua-roundup.html'))).toBe(true);
    expect(offsiteFromUs(requests, extensionId)).toEqual([]);
  });
});
