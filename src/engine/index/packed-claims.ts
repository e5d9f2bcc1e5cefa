/**
 * An article's claims held compactly in memory: the features of a claim as objects cost about
 * 2 KB of heap each (arrays, strings, small objects), so 10,000 articles' 290,000 claims took
 * ~580 MB. Kept instead as one compressed block per article (the claims' sentences and features
 * as JSON lines, ~17 KB, compressed to ~4.5 KB by lz.ts), they are decoded when a page asks for
 * them, and the decoded ones kept in a bounded cache (a page needs a few thousand). (Deflate
 * packed a quarter tighter but took a fifth of all indexing time; the block lives only in memory.)
 */
import { strFromU8, strToU8 } from 'fflate';
import { lzCompress, lzDecompress } from './lz';
import type { StoredClaim } from '../types';
import { fromJson, toJson } from './tagged-json';

/** One article's claims: keys and positions as they are, sentences and features compressed. */
export interface PackedClaims {
  articleId: string;
  keys: number[];
  index: number[];
  /** Compressed (lz.ts): each claim's sentence as a JSON string, one per line, then its features, one per line. */
  body: Uint8Array;
}

/** Pack an article's claims (a fast compressor: adding an article stays cheap). */
export function packClaims(articleId: string, claims: StoredClaim[]): PackedClaims {
  const lines = [...claims.map((c) => JSON.stringify(c.text)), ...claims.map((c) => toJson(c.features))];
  return { articleId, keys: claims.map((c) => c.key), index: claims.map((c) => c.index), body: lzCompress(strToU8(lines.join('\n'))) };
}

/** The claims at positions `at` of a packed article (all of them when omitted). */
export function unpackClaims(p: PackedClaims, at?: number[]): StoredClaim[] {
  const lines = strFromU8(lzDecompress(p.body)).split('\n');
  const n = p.keys.length;
  return (at ?? p.keys.map((_, i) => i)).map((i) => ({
    key: p.keys[i],
    articleId: p.articleId,
    index: p.index[i],
    text: JSON.parse(lines[i]) as string,
    features: fromJson(lines[n + i]),
  }));
}
