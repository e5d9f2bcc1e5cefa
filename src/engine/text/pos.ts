/**
 * Part-of-speech tags from wink-nlp's English model, aligned to the engine's own tokens. The model
 * (a few MB) loads on first use and only where claims are analysed: the background, the command
 * line, tests. The content script never imports this file (it only splits sentences).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Token } from './tokens';

/** Universal POS tag ("VERB", "NOUN", "AUX", "ADP", …) per engine token. */
export type Tag = string;

/** A wink token: its character span in the text it was read from, and its tag. */
export interface TaggedSpan { start: number; end: number; tag: Tag }

let nlp: ReturnType<typeof winkNLP> | undefined;

/** How long loading the model took (ms; -1 until it is loaded), for the extension's debug stats. */
export const taggerStats = { loadMs: -1 };

/** The tagger, loaded once; tokenisation and tagging only (no sentence splitting, no NER). */
function tagger(): ReturnType<typeof winkNLP> {
  if (!nlp) {
    const t0 = performance.now();
    nlp = winkNLP(model, ['pos']);
    taggerStats.loadMs = performance.now() - t0;
  }
  return nlp;
}

/**
 * Load the model now rather than on the first sentence (a few tens of ms or more on a cold
 * worker): a worker woken by a page can do it while the page is still being read.
 */
export function loadTagger(): void {
  tagger();
}

/**
 * Tag many sentences with one pass of the model: wink's per-document cost is far above its
 * per-token cost, so an article's sentences are read as one text (a line each) and the spans
 * handed back per sentence, in that sentence's own offsets.
 */
export function tagSentences(texts: string[]): TaggedSpan[][] {
  const w = tagger();
  const joined = texts.join('\n');
  const doc = w.readDoc(joined);
  const values = doc.tokens().out(w.its.value) as string[];
  const spaces = doc.tokens().out(w.its.precedingSpaces) as string[];
  const tags = doc.tokens().out(w.its.pos) as string[];
  const out: TaggedSpan[][] = texts.map(() => []);
  const starts: number[] = [];
  for (let i = 0, at = 0; i < texts.length; i++) { starts.push(at); at += texts[i].length + 1; }
  let pos = 0;
  let s = 0;
  for (let i = 0; i < values.length; i++) {
    pos += spaces[i].length;
    // wink keeps the text's characters; if it ever did not, re-find the value from here.
    if (!joined.startsWith(values[i], pos)) {
      const at = joined.indexOf(values[i], pos);
      if (at >= 0) pos = at;
    }
    while (s + 1 < texts.length && pos >= starts[s + 1]) s++;
    out[s].push({ start: pos - starts[s], end: pos - starts[s] + values[i].length, tag: tags[i] });
    pos += values[i].length;
  }
  return out;
}

/** Each engine token takes the tag of the wink token that covers its first character. */
export function alignTags(toks: Token[], spans: TaggedSpan[]): Tag[] {
  const out: Tag[] = new Array(toks.length).fill('X');
  let j = 0;
  for (let k = 0; k < toks.length; k++) {
    while (j + 1 < spans.length && spans[j].end <= toks[k].start) j++;
    if (spans[j] && spans[j].start <= toks[k].start + 1) out[k] = spans[j].tag;
  }
  return out;
}

/** Tags of one sentence's tokens. */
export function tagTokens(text: string, toks: Token[]): Tag[] {
  return alignTags(toks, tagSentences([text])[0]);
}
