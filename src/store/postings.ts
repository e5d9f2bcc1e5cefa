/**
 * The inverted index in IndexedDB (schema v2). A term's posting list is a series of immutable
 * chunks keyed [term, -firstKey]: adding claims writes new chunks (one per term per write
 * transaction) and never rewrites the old ones, so an import costs the same at 10,000 articles as
 * at 10; reading a term's newest claims is a bounded range read. `terms` keeps each term's
 * document frequency (the engine's IDF needs the full count, not the whole list).
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { indexTerms } from '../engine';
import type { StoredClaim } from '../engine/types';
import type { LibraryDb } from './db';
import type { LibrarySchema, PostingRow } from './schema';

type AnyTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'readwrite' | 'versionchange'>;

/**
 * Newest postings kept per term when reading for a page. The engine reads at most 120 postings
 * of a term, newest first (src/engine/retrieve.ts POSTINGS_CAP); twice that leaves room.
 */
export const POSTINGS_TAIL = 240;

/** Claim keys per retrieval term, for a batch of claims (ascending when the claims are). */
export function keysByTerm(claims: Iterable<StoredClaim>): Map<string, number[]> {
  const byTerm = new Map<string, number[]>();
  for (const c of claims) {
    for (const t of indexTerms(c.features)) {
      const keys = byTerm.get(t);
      if (keys) keys.push(c.key);
      else byTerm.set(t, [c.key]);
    }
  }
  return byTerm;
}

/** The key range of every chunk of `term`. */
export function termRange(term: string): IDBKeyRange {
  return IDBKeyRange.bound([term, -Infinity], [term, Infinity]);
}

/**
 * Add claims to the index: one new chunk per term, and each term's count. New claim keys are
 * always above the stored ones (meta.nextClaimKey only grows), so chunks never overlap.
 */
export async function appendPostings(tx: AnyTx, byTerm: Map<string, number[]>): Promise<void> {
  const postings = tx.objectStore('postings');
  const terms = tx.objectStore('terms');
  const entries = [...byTerm];
  const counts = await Promise.all(entries.map(([t]) => terms.get(t)));
  await Promise.all(
    entries.flatMap(([term, keys], i) => {
      const sorted = keys[0] <= keys[keys.length - 1] ? keys : [...keys].sort((a, b) => a - b);
      return [
        postings.put({ term, order: -sorted[0], keys: sorted }),
        terms.put({ term, df: (counts[i]?.df ?? 0) + keys.length }),
      ];
    }),
  );
}

/**
 * Remove claims from the index. For each term, only the chunks holding a removed key are read
 * and rewritten (the chunk holding key k is the first at or after [term, -k]); a chunk left
 * empty is deleted, and so is a term left with no claims.
 */
export async function removePostings(tx: AnyTx, byTerm: Map<string, number[]>): Promise<void> {
  const postings = tx.objectStore('postings');
  const terms = tx.objectStore('terms');
  await Promise.all(
    [...byTerm].map(async ([term, keys]) => {
      const gone = [...keys].sort((a, b) => b - a); // newest first
      let removed = 0;
      for (let i = 0; i < gone.length; ) {
        const chunk = await postings.get(IDBKeyRange.bound([term, -gone[i]], [term, Infinity]));
        if (!chunk) {
          i++;
          continue;
        }
        const first = -chunk.order;
        const drop = new Set<number>();
        while (i < gone.length && gone[i] >= first) drop.add(gone[i++]);
        const kept = chunk.keys.filter((k) => !drop.has(k));
        removed += chunk.keys.length - kept.length;
        if (kept.length === chunk.keys.length) continue;
        // A chunk keeps its key (its first key may be gone): later chunks still start above it.
        if (kept.length) await postings.put({ ...chunk, keys: kept });
        else await postings.delete([term, chunk.order]);
      }
      if (!removed) return;
      const row = await terms.get(term);
      const df = (row?.df ?? 0) - removed;
      if (df > 0) await terms.put({ term, df });
      else await terms.delete(term);
    }),
  );
}

/** A term's postings for the engine: its count and its newest keys (ascending). */
export interface TermPostings {
  df: number;
  tail: number[];
}

/** Read df and the newest `tail` keys of each term, in one readonly transaction. */
export async function readPostings(db: LibraryDb, terms: string[], tail = POSTINGS_TAIL): Promise<Map<string, TermPostings>> {
  const tx = db.transaction(['terms', 'postings'], 'readonly');
  const termStore = tx.objectStore('terms');
  const postings = tx.objectStore('postings');
  const out = new Map<string, TermPostings>();
  await Promise.all(
    terms.map(async (term) => {
      const row = await termStore.get(term);
      if (!row) return;
      const want = Math.min(row.df, tail);
      // Newest chunks first; usually the first one or two hold enough.
      let chunks: PostingRow[] = await postings.getAll(termRange(term), 2);
      let have = chunks.reduce((n, c) => n + c.keys.length, 0);
      if (have < want && chunks.length === 2) {
        chunks = await postings.getAll(termRange(term), 64);
        have = chunks.reduce((n, c) => n + c.keys.length, 0);
        if (have < want && chunks.length === 64) chunks = await postings.getAll(termRange(term));
      }
      const keys: number[] = [];
      for (let c = chunks.length - 1; c >= 0; c--) for (const k of chunks[c].keys) keys.push(k);
      out.set(term, { df: row.df, tail: keys.length > tail ? keys.slice(keys.length - tail) : keys });
    }),
  );
  await tx.done;
  return out;
}

/** Every term's full posting list, ascending (tests, migrations, checks; reads the whole index). */
export async function allPostings(db: LibraryDb): Promise<Map<string, number[]>> {
  const rows = await db.getAll('postings');
  const out = new Map<string, number[]>();
  // Rows come [term, order] ascending: newest chunk first within a term.
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i];
    const list = out.get(r.term);
    if (list) list.push(...r.keys);
    else out.set(r.term, [...r.keys]);
  }
  return out;
}
