/**
 * The page's sentences as the matcher sees them: claim-worthy, whitespace-normalised, each text
 * once, with the text-node ranges to paint them by; and split into requests the background
 * accepts. Reading goes paragraph by paragraph (a generator), so a huge page can be read in
 * slices between which the page's own work runs.
 */
import { isClaimWorthy } from '../engine/text/boilerplate';
import { splitSentences } from '../engine/text/segment';
import { buildTextMap, rangesFor, type NodeRange, type TextMap } from './text-map';

/** One sentence of the page and where it is. */
export interface PageSentenceAt {
  id: string;
  /** Whitespace-normalised: also the key of the match cache. */
  text: string;
  ranges: NodeRange[];
}

/** A sentence before it gets an id. */
export type PageSentenceText = Omit<PageSentenceAt, 'id'>;

/** Per match request, well inside the protocol's limits (2000 sentences, 500 000 characters). */
const MAX_SENTENCES = 1500;
const MAX_CHARS = 400_000;

/** Whitespace-normalised text. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The claim-worthy sentences of a text map, one paragraph at a time (each yield is one
 * paragraph's sentences). A text may come more than once (a hidden copy, then a visible one):
 * callers keep the first copy they accept.
 */
export function* sentencesOf(map: TextMap): Generator<PageSentenceText[]> {
  const paragraphs = /[^\n\r]+/g;
  let m: RegExpExecArray | null;
  while ((m = paragraphs.exec(map.text))) {
    const out: PageSentenceText[] = [];
    for (const sentence of splitSentences(m[0])) {
      const text = normalize(sentence.text);
      if (!isClaimWorthy(text)) continue;
      out.push({ text, ranges: rangesFor(map, m.index + sentence.start, m.index + sentence.end) });
    }
    if (out.length) yield out;
  }
}

/** The claim-worthy sentences under `root`, each text once, with ids from `nextId` (all at once). */
export function readSentences(root: Element, nextId: () => string): PageSentenceAt[] {
  const out: PageSentenceAt[] = [];
  const texts = new Set<string>();
  for (const part of sentencesOf(buildTextMap(root))) {
    for (const s of part) {
      if (texts.has(s.text)) continue;
      texts.add(s.text);
      out.push({ id: nextId(), ...s });
    }
  }
  return out;
}

/** Split sentences into requests the background accepts (one request for any normal article). */
export function chunks<T extends { text: string }>(sentences: T[], maxSentences = MAX_SENTENCES): T[][] {
  const out: T[][] = [[]];
  let chars = 0;
  for (const p of sentences) {
    let last = out[out.length - 1];
    if (last.length >= maxSentences || (last.length && chars + p.text.length > MAX_CHARS)) {
      out.push((last = []));
      chars = 0;
    }
    last.push(p);
    chars += p.text.length;
  }
  return out.filter((c) => c.length);
}
