/** Per-file setup for e2e tests: one browser and one static server per test file, both closed after. */
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import type { PageState } from '../../src/messaging/protocol';
import type { ExtensionApi } from './extension-api';
import { launch, serve, type LaunchOptions, type Session, type StaticServer } from './harness';

/** What a test file gets: filled in by beforeAll. */
export interface E2eEnv {
  session: Session;
  server: StaticServer;
  ext: ExtensionApi;
}

/** Register hooks that launch Chromium with the extension and serve the fixtures for this file. */
export function useExtension(opts: LaunchOptions = {}): E2eEnv {
  const env = {} as E2eEnv;
  beforeAll(async () => {
    env.server = await serve();
    env.session = await launch(opts);
    if (!env.session.ext) throw new Error('the extension did not load');
    env.ext = env.session.ext;
  });
  afterAll(async () => {
    await env.session?.close();
    await env.server?.close();
  });
  return env;
}

/** An article page opened in a tab, after the content script finished with it. */
export interface OpenedArticle {
  page: Page;
  tabId: number;
  state: PageState;
}

/** Open /fixtures/<name> and wait until the extension is done with it. */
export async function openFixture(env: E2eEnv, name: string): Promise<OpenedArticle> {
  const page = await env.session.open(`${env.server.origin}/fixtures/${name}`);
  const tabId = await env.ext.tabIdOf(page);
  const state = await env.ext.waitForPageIdle(tabId);
  return { page, tabId, state };
}

/** Seed article ids (file names without extension) of the default library. */
export const SEED = {
  aggregator: '000_4709e33d23a5151a',
  xinhua: '001_7509974f06f9e3fc',
  worldBulletin: '002_fb9aa70f9a0b43c6',
  cnn: '003_41b868dbc988e1ab',
  copier: '004_4f6c05089ed85c55',
} as const;
