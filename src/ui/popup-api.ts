/** What the popup needs from the browser and the extension; the popup entrypoint wires it. */
import type { ArticleInput } from '../engine/types';
import type { ArticleSummary, PageState, Result } from '../messaging/protocol';
import type { ExtractResult } from './article-extract';
import type { ReadingApi } from './ReadingPanel';

/** The popup's operations on its tab and the library, each answering a value, never throwing. */
export interface PopupApi {
  /** Host of the tab's page ("www.cnn.com"), or undefined when the browser does not tell. */
  host: string | undefined;
  pageState(): Promise<Result<PageState>>;
  scrollTo(claimId: string): Promise<Result<{ found: boolean }>>;
  /** Run the on-demand article extractor in the tab. */
  extract(): Promise<ExtractResult>;
  addArticle(article: ArticleInput): Promise<Result<{ article: ArticleSummary }>>;
  refresh(): Promise<Result<PageState>>;
  getPaused(host: string): Promise<Result<{ paused: boolean }>>;
  setPaused(host: string, paused: boolean): Promise<Result<{ paused: boolean }>>;
  openLibrary(): void;
  /** Open the story view (story.html?tabId=N) for this tab; absent where there is none. */
  openStory?(): void;
  /** "Add the articles I read": the site's switch and Undo; absent where there is none. */
  reading?: ReadingApi;
}

/** The error a tab without our content script gives, turned into advice the reader can act on. */
export function pageError(error: string): PageState {
  const unreachable = /receiving end does not exist|could not establish connection|no tab with id|cannot access/i.test(error);
  return {
    status: 'error',
    claims: [],
    message: unreachable
      ? "ClaimLens can't read this tab: it works on web pages, and a page opened before ClaimLens was installed needs a reload."
      : error,
  };
}
