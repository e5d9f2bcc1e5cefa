/**
 * "Add the articles I read" (tests/e2e/journeys/reading.ts) in Chromium, under Chromium's net log:
 * with the feature on and a page read and added, nothing leaves the machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { launchChromium } from './driver/chromium';
import { readingJourneys } from './journeys/reading';
import { netLogRequests, offsiteFromUs } from './netlog';

const dir = mkdtempSync(join(tmpdir(), 'claimlens-reading-'));
const logFile = join(dir, 'netlog.json');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

readingJourneys(() => launchChromium({ netLog: logFile }), (env) => {
  it('sent nothing off the machine: the net log of the whole run, browser closed', async () => {
    const id = /chrome-extension:\/\/([a-z]+)\//.exec(env.driver.extensionOrigin)?.[1] ?? '';
    expect(id).not.toBe('');
    await env.driver.close(); // the net log is complete once the browser has exited
    const requests = netLogRequests(logFile);
    expect(requests.some((r) => r.url.includes('/fixtures/harbour-gazette.html'))).toBe(true);
    expect(offsiteFromUs(requests, id)).toEqual([]);
  });
});
