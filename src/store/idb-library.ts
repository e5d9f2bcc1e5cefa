import type { ArticleRecord, LibraryReader, StoredClaim } from '../engine/types';
import type { LibraryDb } from './db';
import { fromRow, urlKey } from './rows';

/**
 * The engine's LibraryReader over IndexedDB. Each call is one short readonly transaction that
 * reads only what it is asked for, so a freshly woken service worker answers a page without
 * loading the library. No cache: nothing to invalidate when the library changes.
 */
export class IdbLibrary implements LibraryReader {
  constructor(private readonly db: LibraryDb) {}

  async claimCount(): Promise<number> {
    const row = await this.db.get('meta', 'claimCount');
    return typeof row?.value === 'number' ? row.value : 0;
  }

  async postings(terms: string[]): Promise<Map<string, number[]>> {
    const unique = [...new Set(terms)];
    const tx = this.db.transaction('postings', 'readonly');
    const rows = await Promise.all(unique.map((t) => tx.store.get(t)));
    await tx.done;
    const out = new Map<string, number[]>();
    for (const row of rows) if (row) out.set(row.term, row.keys);
    return out;
  }

  async claims(keys: number[]): Promise<StoredClaim[]> {
    const tx = this.db.transaction('claims', 'readonly');
    const rows = await Promise.all(keys.map((k) => tx.store.get(k)));
    await tx.done;
    return rows.filter((c): c is StoredClaim => c !== undefined);
  }

  async articles(ids: string[]): Promise<ArticleRecord[]> {
    const tx = this.db.transaction('articles', 'readonly');
    const rows = await Promise.all(ids.map((id) => tx.store.get(id)));
    await tx.done;
    return rows.filter((r) => r !== undefined).map(fromRow);
  }

  async findSelf(page: { url?: string; textHash?: string }): Promise<string[]> {
    const key = urlKey(page.url);
    const tx = this.db.transaction('articles', 'readonly');
    const [byUrl, byHash] = await Promise.all([
      key ? tx.store.index('url').getAllKeys(key) : Promise.resolve([]),
      page.textHash ? tx.store.index('textHash').getAllKeys(page.textHash) : Promise.resolve([]),
    ]);
    await tx.done;
    return [...new Set([...byUrl, ...byHash])];
  }
}
