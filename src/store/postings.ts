import type { IDBPObjectStore, StoreNames } from 'idb';
import { indexTerms } from '../engine';
import type { StoredClaim } from '../engine/types';
import type { LibrarySchema } from './schema';

/** The postings store inside a readwrite transaction that may span other stores. */
export type PostingsStore = IDBPObjectStore<LibrarySchema, StoreNames<LibrarySchema>[], 'postings', 'readwrite'>;

/** Claim keys per retrieval term, for a batch of claims. */
function keysByTerm(claims: StoredClaim[]): Map<string, number[]> {
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

/**
 * Add claims to the inverted index. New claim keys are always above the stored ones
 * (meta.nextClaimKey only grows), so appending keeps every posting list ascending.
 */
export async function addPostings(store: PostingsStore, claims: StoredClaim[]): Promise<void> {
  const byTerm = keysByTerm(claims);
  const terms = [...byTerm.keys()];
  const rows = await Promise.all(terms.map((t) => store.get(t)));
  await Promise.all(
    terms.map((term, i) => store.put({ term, keys: [...(rows[i]?.keys ?? []), ...(byTerm.get(term) ?? [])] })),
  );
}

/** Remove claims from the inverted index; a term left with no claims is deleted. */
export async function removePostings(store: PostingsStore, claims: StoredClaim[]): Promise<void> {
  const byTerm = keysByTerm(claims);
  const terms = [...byTerm.keys()];
  const rows = await Promise.all(terms.map((t) => store.get(t)));
  await Promise.all(
    terms.map((term, i) => {
      const gone = new Set(byTerm.get(term));
      const keys = (rows[i]?.keys ?? []).filter((k) => !gone.has(k));
      return keys.length ? store.put({ term, keys }) : store.delete(term);
    }),
  );
}
