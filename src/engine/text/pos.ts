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

let nlp: ReturnType<typeof winkNLP> | undefined;

/** The tagger, loaded once; tokenisation and tagging only (no sentence splitting, no NER). */
function tagger(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/**
 * Tag each token of `text` (tokens as `tokenize` made them). wink tokenises differently ("U.S."
 * vs "U", "."; "don't" -> "do", "n't"), so each engine token takes the tag of the wink token that
 * covers its first character, found by walking both token streams by character offset.
 */
export function tagTokens(text: string, toks: Token[]): Tag[] {
  const w = tagger();
  const doc = w.readDoc(text);
  const values = doc.tokens().out(w.its.value) as string[];
  const spaces = doc.tokens().out(w.its.precedingSpaces) as string[];
  const tags = doc.tokens().out(w.its.pos) as string[];
  const out: Tag[] = new Array(toks.length).fill('X');
  let pos = 0;
  let k = 0;
  for (let i = 0; i < values.length && k < toks.length; i++) {
    pos += spaces[i].length;
    // wink keeps the text's characters; if it ever did not, re-find the value from here.
    if (text.startsWith(values[i], pos) === false) {
      const at = text.indexOf(values[i], pos);
      if (at >= 0) pos = at;
    }
    const end = pos + values[i].length;
    while (k < toks.length && toks[k].start < end) {
      if (toks[k].start >= pos || toks[k].end > pos) out[k] = tags[i];
      k++;
    }
    pos = end;
  }
  return out;
}
