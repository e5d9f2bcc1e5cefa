import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { deflateText, deflateTextSync, inflateText, inflateTextSync } from './deflate';
import type { AnalyzedArticle, ArticleRecord, ClaimFeatures, StoredClaim } from '../engine/types';
import { fromJson, toJson } from '../engine/index/tagged-json';
import type { LibraryDb } from './db';
import type { ClaimsRow, TextRow } from './schema';

/** The engine's JSON for its data (Infinity and NaN kept): the store writes features with it. */
export { fromJson, toJson } from '../engine/index/tagged-json';

/** What a claims row holds besides its key and article, before deflating (see ClaimsRow). */
export type ClaimsBody = Pick<ClaimsRow, 'index' | 'at' | 'len' | 'textLength'> & { body: string };

/**
 * Lay out an article's claims for one row: the article's text (when known) first, then one JSON
 * line per claim's features, then, as JSON strings, the sentences not found in that text. Each
 * claim's sentence is found in the text (in order, so a repeated sentence takes its own place):
 * the row stores where, not the sentence again.
 */
export function claimsBody(claims: Array<Pick<StoredClaim, 'index' | 'text' | 'features'>>, text?: string): ClaimsBody {
  return claimsBodyOfJson(claims.map((c) => ({ index: c.index, text: c.text, json: toJson(c.features) })), text);
}

/** claimsBody for claims whose features are already the engine's JSON (migration 003). */
export function claimsBodyOfJson(claims: Array<{ index: number; text: string; json: string }>, text?: string): ClaimsBody {
  const full = text ?? '';
  const at: number[] = [];
  const len: number[] = [];
  const loose: string[] = [];
  let from = 0;
  for (const c of claims) {
    let i = c.text ? full.indexOf(c.text, from) : -1;
    if (i < 0 && c.text) i = full.indexOf(c.text);
    if (i < 0 || c.text.includes('\n')) {
      at.push(-1);
      loose.push(JSON.stringify(c.text));
    } else {
      at.push(i);
      from = i + c.text.length;
    }
    len.push(c.text.length);
  }
  const lines = [...claims.map((c) => c.json), ...loose];
  return { index: claims.map((c) => c.index), at, len, textLength: full.length, body: `${full}\n${lines.join('\n')}` };
}

/** A claims row from its parts: the claims' key and article, the laid-out body and its deflated bytes. */
export function claimsRow(firstKey: number, articleId: string, article: ArticleRecord | undefined, body: ClaimsBody, packed: Uint8Array): ClaimsRow {
  const { index, at, len, textLength } = body;
  return { order: -firstKey, articleId, ...(article && { article }), index, at, len, textLength, packed };
}

/**
 * Stored claims: one row per article (ClaimsRow), with the article's text. The engine's features
 * are opaque to the store (the engine changes them as it improves): kept as the engine's own JSON,
 * one line per claim, deflated together with the text (synchronous: usable inside a transaction).
 */
export function encodeClaims(claims: StoredClaim[], article?: ArticleRecord, text?: string): ClaimsRow {
  const body = claimsBody(claims, text);
  return claimsRow(claims[0].key, claims[0].articleId, article, body, deflateTextSync(body.body));
}

/** A claims row's body and its deflated bytes, made before the transaction that writes it. */
export interface PackedClaims {
  body: ClaimsBody;
  bytes: Uint8Array;
}

/** An analysed article's claims row body, deflated natively (no transaction may be open: it awaits). */
export async function packArticle(analyzed: AnalyzedArticle, text: string | undefined): Promise<PackedClaims> {
  const body = claimsBody(analyzed.claims, text);
  return { body, bytes: await deflateText(body.body) };
}

/**
 * The features of v2 rows, deflated together (migration 002 writes them; 003 reads them). One
 * JSON text per line: JSON never contains a raw line break.
 */
export function packFeatures(json: string[]): Uint8Array {
  return deflateTextSync(json.join('\n'));
}

/** A row's contents once inflated: the article's text, each claim's features JSON and sentence. */
export interface UnpackedRow {
  text: string;
  features: string[];
  sentences: string[];
}

/** Split an inflated row body. */
function splitBody(row: ClaimsRow, body: string): UnpackedRow {
  const text = body.slice(0, row.textLength);
  const lines = body.slice(row.textLength + 1).split('\n');
  const n = row.index.length;
  let loose = n;
  const sentences = row.at.map((at, i) => (at >= 0 ? text.slice(at, at + row.len[i]) : (JSON.parse(lines[loose++]) as string)));
  return { text, features: lines.slice(0, n), sentences };
}

/** A row's contents (native inflate where the platform has it: the read path of a cold worker). */
export async function unpackRow(row: ClaimsRow): Promise<UnpackedRow> {
  return splitBody(row, await inflateText(row.packed));
}

/** A row's contents, synchronously (inside transactions). */
export function unpackRowSync(row: ClaimsRow): UnpackedRow {
  return splitBody(row, inflateTextSync(row.packed));
}

/** The first claim key of a row. */
export function firstKeyOf(row: ClaimsRow): number {
  return -row.order;
}

/** Claim `key` of a row (undefined when the row does not hold it); `unpacked` = unpackRow(row), when already unpacked. */
export function decodeClaim(row: ClaimsRow, key: number, unpacked?: UnpackedRow): StoredClaim | undefined {
  const i = key - firstKeyOf(row);
  if (i < 0 || i >= row.index.length) return undefined;
  const u = unpacked ?? unpackRowSync(row);
  return { key, articleId: row.articleId, index: row.index[i], text: u.sentences[i], features: fromJson<ClaimFeatures>(u.features[i]) };
}

/** Every claim of a row. */
export function decodeClaims(row: ClaimsRow): StoredClaim[] {
  const u = unpackRowSync(row);
  return row.index.map((_, i) => decodeClaim(row, firstKeyOf(row) + i, u)!);
}

/** Every stored claim, by key (tests, checks). */
export async function allClaims(db: LibraryDb): Promise<StoredClaim[]> {
  return (await db.getAll('claims')).flatMap(decodeClaims).sort((a, b) => a.key - b.key);
}

/** The claims of an analysed article with keys first, first + 1, … */
export function keyedClaims(analyzed: AnalyzedArticle, first: number): StoredClaim[] {
  return analyzed.claims.map((c, i) => ({ ...c, key: first + i, articleId: analyzed.record.id }));
}

/**
 * A text row for an article's full text (deflated), for an article stored without claims (an
 * article's text is otherwise in its claims row).
 */
export function encodeText(id: string, text: string): TextRow {
  return { id, packed: deflateTextSync(text) };
}

/** The full text of a text row (v1 rows hold it as it is). */
export function decodeText(row: TextRow): string {
  return row.packed ? inflateTextSync(row.packed) : (row.text ?? '');
}

/** Any JSON value, deflated (import staging). */
export function packJson(value: unknown): Uint8Array {
  return deflateSync(strToU8(JSON.stringify(value)), { level: 1 });
}

export function unpackJson<T>(bytes: Uint8Array): T {
  return JSON.parse(strFromU8(inflateSync(bytes))) as T;
}
