/**
 * The story view (story.html?tabId=N, opened from the popup's "Compare outlets"): wires the page
 * to the article's tab. All behaviour lives in src/ui/StoryView.tsx.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { askTab } from '../../src/messaging/client';
import { downloadText } from '../../src/ui/download';
import { StoryView } from '../../src/ui/StoryView';
import type { StoryApi } from '../../src/ui/story-api';
import '../../src/ui/story.css';

async function start(root: HTMLElement): Promise<void> {
  const tabId = Number(new URLSearchParams(location.search).get('tabId'));
  if (!Number.isInteger(tabId) || tabId <= 0) {
    root.textContent = 'No article tab given: open this page from the ClaimLens popup on an article.';
    return;
  }
  const title = await browser.tabs.get(tabId).then((t) => t.title, () => undefined);
  if (title) document.title = `ClaimLens: compare outlets: ${title}`;
  const api: StoryApi = {
    pageTitle: title,
    pageState: () => askTab(tabId, 'page.state', {}),
    // The article comes to the front first: a hidden tab jumps without the flash.
    scrollTo: async (claimId) => {
      await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
      return askTab(tabId, 'page.scrollTo', { claimId });
    },
    download: downloadText,
  };
  render(<StoryView api={api} />, root);
}

void start(document.getElementById('app')!);
