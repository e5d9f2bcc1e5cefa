import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import packaged from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import lite, { provideCoreModel } from '../../src/background/wink-model';
import { generatePage } from '../bench/generate';

/** Every .txt of the real-article stories and the seed corpus, and a generated page. */
function texts(): string[] {
  const out: string[] = [generatePage(3_000)];
  const stories = join(__dirname, '../eval/real/stories');
  for (const story of readdirSync(stories)) {
    for (const f of readdirSync(join(stories, story))) if (f.endsWith('.txt')) out.push(readFileSync(join(stories, story, f), 'utf8'));
  }
  const seeds = join(__dirname, '../../seeds');
  for (const f of readdirSync(seeds)) if (f.endsWith('.txt')) out.push(readFileSync(join(seeds, f), 'utf8'));
  return out;
}

function tags(nlp: ReturnType<typeof winkNLP>, text: string): string[][] {
  // As src/engine/text/pos.ts reads a text: tokens, their preceding spaces and their tags.
  const doc = nlp.readDoc(text);
  return [doc.tokens().out(nlp.its.value) as string[], doc.tokens().out(nlp.its.precedingSpaces) as string[], doc.tokens().out(nlp.its.pos) as string[]];
}

describe("the extension's wink model (src/background/wink-model.ts)", () => {
  // The extension fetches this file (copied into the build as wink-core.json).
  provideCoreModel(readFileSync(join(__dirname, '../../node_modules/wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'), 'utf8'));

  it('tags every text exactly as the packaged model does', () => {
    const mine = winkNLP(lite, ['pos']);
    const theirs = winkNLP(packaged, ['pos']);
    const all = texts();
    expect(all.length).toBeGreaterThan(100);
    for (const text of all) {
      // One line per sentence-ish chunk, as the engine joins an article's sentences.
      const joined = text.split(/\n+/).join('\n');
      expect(tags(mine, joined)).toEqual(tags(theirs, joined));
    }
  });

  it('gives each tagger a model of its own (wink grows its lexicon as it reads)', () => {
    const a = winkNLP(lite, ['pos']);
    a.readDoc('Zorblaxian quuxifiers frobnicated the glorptastic wibbles.');
    const b = winkNLP(lite, ['pos']);
    const theirs = winkNLP(packaged, ['pos']);
    const text = 'Zorblaxian quuxifiers frobnicated the glorptastic wibbles. The summit resumed on Monday.';
    expect(tags(b, text)).toEqual(tags(theirs, text));
    expect(tags(a, text)).toEqual(tags(theirs, text));
  });

  it('has no named-entity, sentiment or negation machines (the engine asks for tags only)', () => {
    expect(() => winkNLP(lite, ['pos', 'sentiment']).readDoc('A good day.')).toThrow(/only part-of-speech/);
    expect(() => winkNLP(lite, ['pos', 'ner']).readDoc('Barack Obama met Vladimir Putin.')).toThrow(/only part-of-speech/);
    expect(() => winkNLP(lite, ['pos', 'negation']).readDoc('They did not agree.')).toThrow(/only part-of-speech/);
  });
});
