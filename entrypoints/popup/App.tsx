/**
 * Wires the popup to its tab: which tab, messages to its content script and the background,
 * and the on-demand article extractor. All behaviour lives in src/ui/Popup.tsx.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askBackground, askTab } from '../../src/messaging/client';
import type { ExtractResult } from '../../src/ui/article-extract';
import { Popup } from '../../src/ui/Popup';
import type { PopupApi } from '../../src/ui/popup-api';

/** `?tabId=N` (automation opens the popup as a page) or else the active tab of this window. */
async function findTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function hostOfTab(tabId: number): Promise<string | undefined> {
  try {
    const { url } = await browser.tabs.get(tabId);
    return url ? new URL(url).hostname || undefined : undefined;
  } catch {
    return undefined;
  }
}

function isExtractResult(value: unknown): value is ExtractResult {
  return !!value && typeof value === 'object' && 'ok' in value;
}

async function extract(tabId: number): Promise<ExtractResult> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
    const result: unknown = first?.result;
    return isExtractResult(result) ? result : { ok: false, error: 'The article reader gave no answer on this page.' };
  } catch (err) {
    return { ok: false, error: `ClaimLens can't read this page (${err instanceof Error ? err.message : String(err)}).` };
  }
}

function makeApi(tabId: number, host: string | undefined): PopupApi {
  return {
    host,
    pageState: () => askTab(tabId, 'page.state', {}),
    scrollTo: (claimId) => askTab(tabId, 'page.scrollTo', { claimId }),
    extract: () => extract(tabId),
    addArticle: (article) => askBackground('library.add', { article }),
    refresh: () => askTab(tabId, 'page.refresh', {}),
    getPaused: (h) => askBackground('site.get', { host: h }),
    setPaused: (h, paused) => askBackground('site.set', { host: h, paused }),
    openStory: () => {
      void browser.tabs.create({ url: browser.runtime.getURL(`/story.html?tabId=${tabId}`) }).then(() => window.close());
    },
    openLibrary: () => {
      void browser.runtime.openOptionsPage().then(() => window.close());
    },
  };
}

/** Finds the tab, then renders the popup against it. */
export function App() {
  const [api, setApi] = useState<PopupApi | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void findTabId().then(async (tabId) => {
      if (tabId === undefined) return setFailed(true);
      setApi(makeApi(tabId, await hostOfTab(tabId)));
    });
  }, []);
  if (failed) return <p class="cl-empty" role="alert">No tab to read.</p>;
  return api ? <Popup api={api} /> : <p class="cl-empty">Reading this page…</p>;
}
