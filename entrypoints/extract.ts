/**
 * Injected into a tab only when the reader presses "Add this article to my library"
 * (scripting.executeScript with files: ['/extract.js']). Its return value is the script's
 * result: the article, or why there is none. It reads the page and changes nothing.
 */
import { extractArticle, type ExtractResult } from '../src/ui/article-extract';

export default defineUnlistedScript((): ExtractResult => {
  try {
    return extractArticle(document, location.href);
  } catch (err) {
    return { ok: false, error: `Could not read this page: ${err instanceof Error ? err.message : String(err)}` };
  }
});
