/** What the story view needs from its tab; the story entrypoint wires it to messaging. */
import type { PageState, Result } from '../messaging/protocol';

/** The story view's operations on the article's tab, each answering a value, never throwing. */
export interface StoryApi {
  /** The tab's title, for the heading (undefined when the browser does not tell). */
  pageTitle?: string;
  pageState(): Promise<Result<PageState>>;
  /** Scroll the article to a claim's highlight and flash it. */
  scrollTo(claimId: string): Promise<Result<{ found: boolean }>>;
  /** Offer a file made here (CSV, SVG) as a download. */
  download(fileName: string, text: string, type: string): void;
}
