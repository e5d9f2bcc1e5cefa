/**
 * "Add the articles I read": what the background does when a content script reports that the
 * reader read its page. Every decision is taken here, from the reader's settings and the page's
 * own address, never from what the page's content script claims: the page is the sender's tab,
 * its address the browser's. The article is read by the same extractor as "Add this article"
 * (injected into the tab only after the checks pass) and added once, as "read".
 */
import type { ExtractResult } from '../reading/extract-result';
import type { ReadingSettings, ReadOutcome } from '../messaging/protocol';
import { neverAddReason } from '../reading/never-add';
import { signalsReason } from '../reading/article-signals';
import { prepareArticle, toSummary } from './article-intake';
import { DuplicateArticleError } from './article-tx';
import type { LibraryDb } from './db';
import { LibraryRepo } from './library-repo';
import { ReadingSettingsRepo } from './reading-settings';
import { urlKey } from './rows';
import { SitesRepo } from './sites-repo';

/** The tab whose page was read, as the browser reports it. */
export interface ReadTab {
  id: number;
  url: string;
}

/** What the auto-adder needs from the browser. */
export interface AutoAddDeps {
  getDb: () => Promise<LibraryDb>;
  /** Run the article extractor in the tab (scripting.executeScript of extract.js). */
  extract: (tabId: number) => Promise<ExtractResult>;
  now?: () => number;
}

/** Whether the articles read at `url` are added, why not when they are not, and what that was read from. */
export async function autoAddFor(db: LibraryDb, url: string): Promise<{ on: boolean; paused: boolean; settings: ReadingSettings; site?: boolean; never?: string }> {
  const host = safeHost(url);
  const [settings, site] = await Promise.all([new ReadingSettingsRepo(db).get(), new SitesRepo(db).get(host)]);
  const never = neverAddReason(url, settings.neverSites);
  const on = !never && !site.paused && (site.autoAdd ?? settings.autoAdd);
  return { on, paused: site.paused, settings, ...(site.autoAdd !== undefined && { site: site.autoAdd }), ...(never && { never }) };
}

/** Adds what the reader read; remembers the addresses it tried so a page is read at most once. */
export class AutoAdder {
  /** URL keys already handled by this worker (added or refused): each page is tried once. */
  private readonly tried = new Set<string>();

  constructor(private readonly deps: AutoAddDeps) {}

  /** The reader read the page in `tab`: add its article if the settings and the page allow. */
  async read(tab: ReadTab): Promise<ReadOutcome> {
    const db = await this.deps.getDb();
    const key = urlKey(tab.url);
    if (!key) return { skipped: 'the page has no address' };
    const setting = await autoAddFor(db, tab.url);
    if (setting.never) return { skipped: setting.never };
    if (!setting.on) return { skipped: 'adding what you read is off for this site' };
    if (this.tried.has(key)) return { skipped: 'this page was already considered' };
    this.tried.add(key);
    if (await new ReadingSettingsRepo(db).wasUndone(key)) return { skipped: 'you removed this page from the library before' };
    const repo = new LibraryRepo(db);
    if (await repo.byUrl(tab.url)) return { skipped: 'already in your library' };
    const { maxArticles } = setting.settings;
    const before = (await repo.counts()).articles;
    // Read only when the library is full: the "read" articles that may make room, oldest first.
    const readIds = before >= maxArticles ? await this.oldestRead(repo) : [];
    if (before >= maxArticles && before - readIds.length >= maxArticles) {
      return { skipped: `your library is full (${maxArticles} articles) and holds no article added by reading to make room` };
    }
    const extracted = await this.deps.extract(tab.id);
    if (!extracted.ok) return { skipped: extracted.error };
    const why = extracted.signals ? signalsReason(extracted.signals) : "the page's reader gave no signals";
    if (why) return { skipped: why };
    let added;
    try {
      const { record } = await repo.add(prepareArticle({ ...extracted.article, url: tab.url }, this.now()), extracted.article.text, 'read');
      added = toSummary(record, 'read');
    } catch (err) {
      if (err instanceof DuplicateArticleError) return { skipped: 'already in your library' };
      return { skipped: err instanceof Error ? err.message : String(err) };
    }
    // Stay within the maximum: the oldest "read" articles go first (never the one just read).
    const over = before + 1 - maxArticles;
    const drop = over > 0 ? readIds.slice(0, over) : [];
    const dropped = drop.length ? await repo.remove(drop) : 0;
    return { added, ...(dropped && { dropped }) };
  }

  /** Forget the addresses tried (the reader changed a setting: a page may now be added). */
  forget(): void {
    this.tried.clear();
  }

  /** Ids of the "read" articles, oldest first. */
  private async oldestRead(repo: LibraryRepo): Promise<string[]> {
    return (await repo.list()).filter((a) => a.origin === 'read').sort((a, b) => a.added - b.added).map((a) => a.id);
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
