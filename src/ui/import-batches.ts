/** Sending many articles to the library in small batches, so progress can be shown and a long import never blocks one message for minutes. */
import type { ArticleInput } from '../engine/types';
import type { BackgroundRequests, Result } from '../messaging/protocol';

type AddManyResult = BackgroundRequests['library.addMany']['res'];

/** What an import did, for the summary line. */
export interface ImportSummary {
  added: number;
  skipped: Array<{ title: string; reason: string }>;
}

/** Batch size: big enough to be quick, small enough for the progress bar to move. */
export const IMPORT_BATCH_SIZE = 20;

/**
 * Add `articles` through `addMany`, `size` at a time, calling `onProgress(done, total)` after each
 * batch. A batch that fails as a whole (the worker restarted, say) is reported as skipped and the
 * rest still go in, so one bad moment does not lose the whole import.
 */
export async function importInBatches(
  articles: ArticleInput[],
  addMany: (batch: ArticleInput[]) => Promise<Result<AddManyResult>>,
  onProgress: (done: number, total: number) => void,
  size = IMPORT_BATCH_SIZE,
): Promise<ImportSummary> {
  const summary: ImportSummary = { added: 0, skipped: [] };
  onProgress(0, articles.length);
  for (let at = 0; at < articles.length; at += size) {
    const batch = articles.slice(at, at + size);
    const result = await addMany(batch);
    if (result.ok) {
      summary.added += result.data.added.length;
      summary.skipped.push(...result.data.skipped);
    } else {
      summary.skipped.push(...batch.map((a) => ({ title: a.title, reason: result.error })));
    }
    onProgress(Math.min(at + size, articles.length), articles.length);
  }
  return summary;
}
