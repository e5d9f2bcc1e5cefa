/**
 * The page's sentences as the matcher sees them: claim-worthy, whitespace-normalised, each text
 * once, with the text-node ranges to paint them by; and split into requests the background
 * accepts.
 */
import { isClaimWorthy } from '../engine/text/boilerplate';
import { splitSentences } from '../engine/text/segment';
import { buildTextMap, rangesFor, type NodeRange } from './text-map';

/** One sentence sent for matching and where it is on the page. */
export interface PageSentenceAt {
  id: string;
  /** Whitespace-normalised: also the key for "never annotate the same text twice". */
  text: string;
  ranges: NodeRange[];
}

/** Per match request, well inside the protocol's limits (2000 sentences, 500 000 characters). */
const MAX_SENTENCES = 1500;
const MAX_CHARS = 400_000;

/** Whitespace-normalised text. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The claim-worthy sentences under `root`, each text once, with ids from `nextId`. */
export function readSentences(root: Element, nextId: () => string): PageSentenceAt[] {
  const map = buildTextMap(root);
  const out: PageSentenceAt[] = [];
  const texts = new Set<string>();
  for (const sentence of splitSentences(map.text)) {
    const text = normalize(sentence.text);
    if (texts.has(text) || !isClaimWorthy(text)) continue;
    texts.add(text);
    out.push({ id: nextId(), text, ranges: rangesFor(map, sentence.start, sentence.end) });
  }
  return out;
}

/** Split sentences into requests the background accepts (one request for any normal article). */
export function chunks<T extends { text: string }>(sentences: T[]): T[][] {
  const out: T[][] = [[]];
  let chars = 0;
  for (const p of sentences) {
    let last = out[out.length - 1];
    if (last.length >= MAX_SENTENCES || (last.length && chars + p.text.length > MAX_CHARS)) {
      out.push((last = []));
      chars = 0;
    }
    last.push(p);
    chars += p.text.length;
  }
  return out;
}
