/**
 * IndexedDB in the real browser: an added article survives a restart of the whole browser on the
 * same profile, and the restarted service worker still finds it as a source (its index persisted).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, serve, type Session, type StaticServer } from './harness';
import type { PageState } from '../../src/messaging/protocol';
import { isOurs } from './traffic';

const OUTLET = 'Harbour Gazette';
const TITLE = 'Obama and Putin meet in Hangzhou but leave Syria deal unfinished';

let server: StaticServer;
let session: Session | undefined;
let profile = '';

/** The harbour fixture's article paragraphs, read from the served page as the reader sees them. */
async function harbourText(s: Session): Promise<string> {
  const page = await s.open(`${server.origin}/fixtures/harbour-gazette.html`);
  const text = await page.evaluate(() => [...document.querySelectorAll('article > p:not(.byline)')].map((p) => p.textContent).join('\n\n'));
  await page.close();
  return text;
}

async function xinhuaState(s: Session): Promise<PageState> {
  const page = await s.open(`${server.origin}/fixtures/xinhua-roundup.html`);
  const ext = s.ext;
  if (!ext) throw new Error('no extension');
  return ext.waitForPageIdle(await ext.tabIdOf(page));
}

const sourcesFrom = (state: PageState, outlet: string) => state.claims.flatMap((c) => c.sources).filter((x) => x.outlet === outlet);

beforeAll(async () => {
  server = await serve();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('the library persists in IndexedDB', () => {
  it('adds an article', async () => {
    session = await launch();
    profile = session.userDataDir;
    const ext = session.ext;
    if (!ext) throw new Error('no extension');
    const text = await harbourText(session);
    const r = await ext.ask('library.add', { article: { id: 'harbour-gazette-e2e', outlet: OUTLET, title: TITLE, published: '2016-09-05', text } });
    expect(r.ok ? r.data.article.title : r.error).toBe(TITLE);
    expect(sourcesFrom(await xinhuaState(session), OUTLET).length).toBeGreaterThan(0);
    await session.close({ keepProfile: true });
    session = undefined;
  });

  it('still has it after the browser restarts on the same profile', async () => {
    session = await launch({ userDataDir: profile });
    const ext = session.ext;
    if (!ext) throw new Error('no extension');
    const r = await ext.ask('library.list', {});
    expect(r.ok).toBe(true);
    const articles = r.ok ? r.data.articles : [];
    expect(articles.filter((a) => a.title === TITLE)).toHaveLength(1);
    // Seeds are installed once, not again on every start.
    expect(articles).toHaveLength(6);
    expect(sourcesFrom(await xinhuaState(session), OUTLET).length).toBeGreaterThan(0);
  });

  it('still has it after the service worker is stopped and woken again', async () => {
    const ext = session?.ext;
    if (!session || !ext) throw new Error('no extension');
    await ext.stopWorker();
    const r = await ext.ask('library.list', {});
    expect(r.ok && r.data.articles.filter((a) => a.outlet === OUTLET)).toHaveLength(1);
    expect(sourcesFrom(await xinhuaState(session), OUTLET).length).toBeGreaterThan(0);
    expect(session.traffic.errors.filter(isOurs)).toEqual([]);
    expect(session.traffic.offsite()).toEqual([]);
  });
});
