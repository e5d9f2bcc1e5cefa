/**
 * The inverted index in IndexedDB (schema v2). Each term has ONE small row in `terms`: its
 * document frequency (`df`, the engine's IDF needs the full count) and its newest claim keys
 * (`tail`, between TAIL and TAIL_MAX of them once the term is common). When a tail grows past
 * TAIL_MAX, its oldest keys move, once, into an immutable chunk of `postings` keyed
 * [term, -firstKey] (ascending key order = newest chunk first). So:
 * - a page reads one point `get` per term (count + newest keys), never a whole posting list;
 * - an import chunk rewrites only small term rows (bounded size) and spills a chunk now and then:
 *   the cost of adding an article does not grow with the library;
 * - every key is stored once, in a tail or in one chunk.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { indexTerms } from '../engine';
import type { StoredClaim } from '../engine/types';
import type { LibraryDb } from './db';
import type { LibrarySchema, TermRow } from './schema';

type AnyTx = IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'readwrite' | 'versionchange'>;

/**
 * Newest postings a term row keeps at least (when the term has that many). The engine reads at
 * most 120 postings of a term, newest first (src/engine/retrieve.ts POSTINGS_CAP); a little
 * more (a page reads these rows: smaller is faster on a cold worker).
 */
export const POSTINGS_TAIL = 128;
/** A tail longer than this spills its oldest keys (all but POSTINGS_TAIL) into one chunk. */
export const POSTINGS_TAIL_MAX = 2 * POSTINGS_TAIL;

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

const ascending = (keys: number[]) => (keys.every((k, i) => i === 0 || keys[i - 1] < k) ? keys : [...keys].sort((a, b) => a - b));

/**
 * A term row with `keys` appended, and the chunk its oldest keys spill into (if any). Exported
 * for the migration, which builds rows from whole v1 lists.
 */
export function withKeys(term: string, row: TermRow | undefined, keys: number[]): { row: TermRow; spill?: number[] } {
  const tail = [...(row?.tail ?? []), ...keys];
  const df = (row?.df ?? 0) + keys.length;
  if (tail.length <= POSTINGS_TAIL_MAX) return { row: { term, df, tail } };
  const cut = tail.length - POSTINGS_TAIL;
  return { row: { term, df, tail: tail.slice(cut) }, spill: tail.slice(0, cut) };
}

/** Term rows as a writer last wrote them (absent = not known; undefined = known not to exist). */
export type TermRowCache = Map<string, TermRow | undefined>;

/**
 * Add claims to the index. New claim keys are always above the stored ones (meta.nextClaimKey
 * only grows), so appending keeps every tail, and every chunk, ascending.
 */
export async function appendPostings(tx: AnyTx, byTerm: Map<string, number[]>, known?: TermRowCache): Promise<void> {
  const postings = tx.objectStore('postings');
  const terms = tx.objectStore('terms');
  const entries = [...byTerm];
  // Rows this writer wrote itself need no read (an import job keeps them between its chunks).
  const rows = await Promise.all(entries.map(([t]) => (known?.has(t) ? known.get(t) : terms.get(t))));
  await Promise.all(
    entries.flatMap(([term, keys], i) => {
      const { row, spill } = withKeys(term, rows[i], ascending(keys));
      known?.set(term, row);
      const writes: Array<Promise<unknown>> = [terms.put(row)];
      if (spill) writes.push(postings.put({ term, order: -spill[0], keys: spill }));
      return writes;
    }),
  );
}

/**
 * Remove claims from the index: from a term's tail, and from the chunks holding older keys (the
 * chunk holding key k is the first at or after [term, -k]; each is rewritten once). A tail left
 * shorter than POSTINGS_TAIL takes the newest chunk back; a term left with no claims is deleted.
 */
export async function removePostings(tx: AnyTx, byTerm: Map<string, number[]>): Promise<void> {
  const postings = tx.objectStore('postings');
  const terms = tx.objectStore('terms');
  await Promise.all(
    [...byTerm].map(async ([term, keys]) => {
      const row = await terms.get(term);
      if (!row) return;
      const gone = new Set(keys);
      const tail = row.tail.filter((k) => !gone.has(k));
      let removed = row.tail.length - tail.length;
      // Keys older than the tail live in chunks.
      const older = [...keys].filter((k) => !row.tail.length || k < row.tail[0]).sort((a, b) => b - a);
      for (let i = 0; i < older.length; ) {
        const chunk = await postings.get(IDBKeyRange.bound([term, -older[i]], [term, Infinity]));
        if (!chunk) {
          i++;
          continue;
        }
        const first = -chunk.order;
        const drop = new Set<number>();
        while (i < older.length && older[i] >= first) drop.add(older[i++]);
        const kept = chunk.keys.filter((k) => !drop.has(k));
        removed += chunk.keys.length - kept.length;
        if (kept.length === chunk.keys.length) continue;
        // A chunk keeps its key (its first key may be gone): later chunks still start above it.
        if (kept.length) await postings.put({ ...chunk, keys: kept });
        else await postings.delete([term, chunk.order]);
      }
      if (!removed) return;
      const df = row.df - removed;
      // Refill a short tail from the newest chunks, so a page still sees the newest POSTINGS_TAIL.
      while (tail.length < POSTINGS_TAIL && tail.length < df) {
        const newest = await postings.get(termRange(term));
        if (!newest) break;
        await postings.delete([term, newest.order]);
        tail.unshift(...newest.keys);
      }
      if (df > 0) await terms.put({ term, df, tail });
      else await terms.delete(term);
    }),
  );
}

/** A term's postings for the engine: its count and its newest keys (ascending). */
export interface TermPostings {
  df: number;
  tail: number[];
}

/** Read df and the newest keys of each term: one point read per term, in one transaction. */
export async function readPostings(db: LibraryDb, terms: string[]): Promise<Map<string, TermPostings>> {
  const tx = db.transaction('terms', 'readonly');
  const rows = await Promise.all(terms.map((t) => tx.store.get(t)));
  await tx.done;
  const out = new Map<string, TermPostings>();
  for (const row of rows) if (row) out.set(row.term, { df: row.df, tail: row.tail });
  return out;
}

/** Every term's full posting list, ascending (tests, checks; reads the whole index). */
export async function allPostings(db: LibraryDb): Promise<Map<string, number[]>> {
  const [rows, chunks] = await Promise.all([db.getAll('terms'), db.getAll('postings')]);
  const out = new Map<string, number[]>();
  // Chunks come [term, order] ascending: newest first within a term, so walk them backwards.
  for (let i = chunks.length - 1; i >= 0; i--) {
    const c = chunks[i];
    const list = out.get(c.term);
    if (list) list.push(...c.keys);
    else out.set(c.term, [...c.keys]);
  }
  for (const r of rows) out.set(r.term, [...(out.get(r.term) ?? []), ...r.tail]);
  return out;
}
