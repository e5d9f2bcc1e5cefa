/**
 * Wires the popup to its tab: which tab, messages to its content script and the background,
 * and the on-demand article extractor. All behaviour lives in src/ui/Popup.tsx.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askBackground, askTab } from '../../src/messaging/client';
import { extractInTab } from '../../src/reading/extract-in-tab';
import { Popup } from '../../src/ui/Popup';
import type { PopupApi } from '../../src/ui/popup-api';

/** `?tabId=N` (automation opens the popup as a page) or else the active tab of this window. */
async function findTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function urlOfTab(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url || undefined;
  } catch {
    return undefined;
  }
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname || undefined : undefined;
  } catch {
    return undefined;
  }
}

function makeApi(tabId: number, url: string | undefined): PopupApi {
  const host = hostOf(url);
  return {
    host,
    reading: {
      url,
      site: (h) => askBackground('site.get', { host: h }),
      setSite: (h, on) => askBackground('site.autoAdd', { host: h, on }),
      addedFrom: (u) => askBackground('library.byUrl', { url: u }),
      undo: (id) => askBackground('library.undoRead', { id }),
      refresh: () => askTab(tabId, 'page.refresh', {}),
    },
    pageState: () => askTab(tabId, 'page.state', {}),
    scrollTo: (claimId) => askTab(tabId, 'page.scrollTo', { claimId }),
    extract: () => extractInTab(tabId),
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
      setApi(makeApi(tabId, await urlOfTab(tabId)));
    });
  }, []);
  if (failed) return <p class="cl-empty" role="alert">No tab to read.</p>;
  return api ? <Popup api={api} /> : <p class="cl-empty">Reading this page…</p>;
}
