import type { ArticleRecord, LibraryReader, StoredClaim } from '../engine/types';
import { decodeClaim, unpackRow } from './codec';
import type { ClaimsRow } from './schema';
import type { LibraryDb } from './db';
import { readPostings, type TermPostings } from './postings';
import { fromRow, urlKey } from './rows';

/** Most entries each worker cache keeps (oldest used dropped first): bounds the worker's heap. */
const CACHE_LIMITS = { terms: 20_000, claims: 8_000, articles: 4_000, self: 200 };

/** A size-bounded map that forgets the least recently used entries. */
class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly limit: number) {}
  get(k: K): V | undefined {
    const v = this.map.get(k);
    if (v !== undefined) {
      this.map.delete(k);
      this.map.set(k, v);
    }
    return v;
  }
  set(k: K, v: V): void {
    this.map.delete(k);
    this.map.set(k, v);
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value as K);
  }
  get size(): number {
    return this.map.size;
  }
}

/** What a worker keeps between pages: hot postings, claims and articles, dropped on any write. */
interface Cache {
  generation: number;
  claimCount?: number;
  /** Terms known to have no postings are cached as null. */
  terms: Lru<string, TermPostings | null>;
  claims: Lru<number, StoredClaim>;
  articles: Lru<string, ArticleRecord>;
  /** findSelf answers by URL key and text hash (a reader reloads and revisits pages). */
  self: Lru<string, string[]>;
  /** Keys of the claims rows (minus each article's first claim key), ascending. */
  claimRows?: number[];
}

/** The claims row holding claim `key`: the smallest row key (-firstKey) at or above -key. */
function rowFor(rows: number[], key: number): number | undefined {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid] < -key) lo = mid + 1;
    else hi = mid;
  }
  return lo < rows.length ? rows[lo] : undefined;
}

const caches = new WeakMap<LibraryDb, Cache>();

/** Time spent in each kind of read, and how many came from the cache (debug.stats, benchmarks). */
export const readStats = { postingsMs: 0, termsRead: 0, termsCached: 0, claimsMs: 0, claimsGetMs: 0, claimsRead: 0, claimsCached: 0, claimsRows: 0, articlesMs: 0 };
let generation = 0;

function cacheOf(db: LibraryDb): Cache {
  let c = caches.get(db);
  if (!c || c.generation !== generation) {
    c = { generation, terms: new Lru(CACHE_LIMITS.terms), claims: new Lru(CACHE_LIMITS.claims), articles: new Lru(CACHE_LIMITS.articles), self: new Lru(CACHE_LIMITS.self) };
    caches.set(db, c);
  }
  return c;
}

/** Forget every cached read: call after any write to the library (all writes are in this worker). */
export function libraryChanged(): void {
  generation++;
}

/** Changes with every write: a writer that kept rows between its writes checks nobody else wrote. */
export function libraryGeneration(): number {
  return generation;
}

/** Sizes of the worker's caches (for debug.stats). */
export function cacheSizes(db: LibraryDb): { terms: number; claims: number; articles: number } {
  const c = cacheOf(db);
  return { terms: c.terms.size, claims: c.claims.size, articles: c.articles.size };
}

/**
 * A posting list as the engine reads it: its length is the term's full count (the engine's IDF
 * and rarest-first order use it) and only the newest entries are present (the engine reads at
 * most POSTINGS_CAP = 120 entries from the end; at least POSTINGS_TAIL = 128 are filled). The array is
 * sparse, so a list of 100,000 costs what its tail costs.
 */
function engineList(p: TermPostings): number[] {
  if (p.tail.length >= p.df) return p.tail;
  const list: number[] = [];
  list.length = p.df;
  const offset = p.df - p.tail.length;
  for (let i = 0; i < p.tail.length; i++) list[offset + i] = p.tail[i];
  return list;
}

/**
 * On worker start: read what every page's first answer needs whatever the page (the claim
 * count and the claims rows' keys) while the content script is still reading its page.
 */
export async function prefetchLibrary(db: LibraryDb): Promise<void> {
  const cache = cacheOf(db);
  const tx = db.transaction(['claims', 'meta'], 'readonly');
  const [keys, count] = await Promise.all([tx.objectStore('claims').getAllKeys(), tx.objectStore('meta').get('claimCount')]);
  await tx.done;
  if (cache.generation !== generation) return;
  cache.claimRows ??= keys;
  cache.claimCount ??= typeof count?.value === 'number' ? count.value : 0;
}

/**
 * The engine's LibraryReader over IndexedDB. A freshly woken worker reads only what a page needs:
 * each term's count and newest postings (bounded range reads), then the candidate claims and
 * their articles. What it read stays in a bounded in-worker cache until the library changes.
 */
export class IdbLibrary implements LibraryReader {
  constructor(private readonly db: LibraryDb) {}

  async claimCount(): Promise<number> {
    const cache = cacheOf(this.db);
    if (cache.claimCount !== undefined) return cache.claimCount;
    const row = await this.db.get('meta', 'claimCount');
    const n = typeof row?.value === 'number' ? row.value : 0;
    if (cache.generation === generation) cache.claimCount = n;
    return n;
  }

  async postings(terms: string[]): Promise<Map<string, number[]>> {
    const cache = cacheOf(this.db);
    const out = new Map<string, number[]>();
    const missing: string[] = [];
    for (const t of new Set(terms)) {
      const hit = cache.terms.get(t);
      if (hit === undefined) missing.push(t);
      else if (hit) out.set(t, engineList(hit));
    }
    readStats.termsCached += out.size;
    readStats.termsRead += missing.length;
    if (missing.length) {
      const t0 = performance.now();
      const read = await readPostings(this.db, missing);
      readStats.postingsMs += performance.now() - t0;
      const fresh = cache.generation === generation;
      for (const t of missing) {
        const p = read.get(t);
        if (fresh) cache.terms.set(t, p ?? null);
        if (p) out.set(t, engineList(p));
      }
    }
    return out;
  }

  async claims(keys: number[]): Promise<StoredClaim[]> {
    const cache = cacheOf(this.db);
    const found = new Map<number, StoredClaim>();
    const missing: number[] = [];
    for (const k of keys) {
      const hit = cache.claims.get(k);
      if (hit) found.set(k, hit);
      else missing.push(k);
    }
    readStats.claimsCached += found.size;
    readStats.claimsRead += missing.length;
    if (missing.length) {
      const t0 = performance.now();
      const tx = this.db.transaction('claims', 'readonly');
      // Which article row holds each key (the row keys are read once per worker, then cached).
      const rowKeys = cache.claimRows ?? (await tx.store.getAllKeys());
      const byRow = new Map<number, number[]>();
      for (const k of missing) {
        const row = rowFor(rowKeys, k);
        if (row === undefined) continue;
        const list = byRow.get(row);
        if (list) list.push(k);
        else byRow.set(row, [k]);
      }
      // Each row inflates (natively) as soon as it arrives, while the others are still read: on
      // a cold worker this was most of a page's first answer.
      let gets = 0;
      const read = await Promise.all([...byRow.keys()].map(async (r) => {
        const row: ClaimsRow | undefined = await tx.store.get(r);
        gets = performance.now();
        return row && { row, unpacked: await unpackRow(row) };
      }));
      await tx.done;
      readStats.claimsGetMs += Math.max(0, gets - t0);
      const wanted = [...byRow.values()];
      readStats.claimsMs += performance.now() - t0;
      const fresh = cache.generation === generation;
      if (fresh) cache.claimRows = rowKeys;
      readStats.claimsRows += read.length;
      wanted.forEach((keysOfRow, i) => {
        if (!read[i]) return;
        const { row, unpacked: u } = read[i];
        // The row carries its article's record: the engine asks for it next.
        if (row.article && fresh) cache.articles.set(row.articleId, row.article);
        for (const k of keysOfRow) {
          const claim = decodeClaim(row, k, u);
          if (!claim) continue;
          found.set(k, claim);
          if (fresh) cache.claims.set(k, claim);
        }
      });
    }
    return keys.map((k) => found.get(k)).filter((c): c is StoredClaim => c !== undefined);
  }

  async articles(ids: string[]): Promise<ArticleRecord[]> {
    const cache = cacheOf(this.db);
    const found = new Map<string, ArticleRecord>();
    const missing: string[] = [];
    for (const id of ids) {
      const hit = cache.articles.get(id);
      if (hit) found.set(id, hit);
      else missing.push(id);
    }
    if (missing.length) {
      const t0 = performance.now();
      const tx = this.db.transaction('articles', 'readonly');
      const rows = await Promise.all(missing.map((id) => tx.store.get(id)));
      await tx.done;
      readStats.articlesMs += performance.now() - t0;
      const fresh = cache.generation === generation;
      for (const row of rows) {
        if (!row) continue;
        const record = fromRow(row);
        found.set(record.id, record);
        if (fresh) cache.articles.set(record.id, record);
      }
    }
    return ids.map((id) => found.get(id)).filter((r): r is ArticleRecord => r !== undefined);
  }

  async findSelf(page: { url?: string; textHash?: string }): Promise<string[]> {
    const key = urlKey(page.url);
    const cache = cacheOf(this.db);
    const asked = `${key ?? ''}\n${page.textHash ?? ''}`;
    const hit = cache.self.get(asked);
    if (hit) return [...hit];
    const tx = this.db.transaction('articles', 'readonly');
    const [byUrl, byHash] = await Promise.all([
      key ? tx.store.index('url').getAllKeys(key) : Promise.resolve([]),
      page.textHash ? tx.store.index('textHash').getAllKeys(page.textHash) : Promise.resolve([]),
    ]);
    await tx.done;
    const found = [...new Set([...byUrl, ...byHash])];
    if (cache.generation === generation) cache.self.set(asked, found);
    return [...found];
  }
}
