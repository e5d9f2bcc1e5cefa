/**
 * The real-news evaluation set (FORMAT.md): its stories, articles and hand labels, and the links
 * the engine draws among them. One library holds every article of the chosen stories, so links
 * across stories (same topic, other fact) are measured too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle, matchPage, MemoryLibrary, splitSentences, type ArticleInput, type RelationLabel } from '../../../src/engine';

const here = dirname(fileURLToPath(import.meta.url));
/** Folder of the stories. */
export const STORIES = join(here, 'stories');

/** A sentence of an article: file name and exact text. */
export interface Ref { file: string; text: string }
/** One hand label (FORMAT.md). */
export interface LabelledPair { story: string; a: Ref; b: Ref; label: RelationLabel; kinds: string[]; note?: string }
/** An article of the set with its story and manifest entry. */
export interface RealArticle extends ArticleInput { story: string; file: string; event: 'main' | 'other' }

interface ManifestEntry { outlet: string; title?: string; published?: string; url?: string; event?: 'main' | 'other' }

/** Slugs of every story folder that has a manifest. */
export function storySlugs(): string[] {
  if (!existsSync(STORIES)) return [];
  return readdirSync(STORIES).filter((s) => existsSync(join(STORIES, s, 'manifest.json'))).sort();
}

/** The dev/test split (FORMAT.md): stories not listed in either half are in neither. */
export function splits(): { dev: string[]; test: string[] } {
  return JSON.parse(readFileSync(join(here, 'splits.json'), 'utf8'));
}

/** The articles of one story, in file order. */
export function storyArticles(story: string): RealArticle[] {
  const manifest: Record<string, ManifestEntry> = JSON.parse(readFileSync(join(STORIES, story, 'manifest.json'), 'utf8'));
  return Object.keys(manifest).sort().map((file) => {
    const text = readFileSync(join(STORIES, story, file), 'utf8');
    const m = manifest[file];
    return {
      id: `${story}/${file.replace(/\.txt$/, '')}`,
      story, file, event: m.event ?? 'main',
      outlet: m.outlet, title: m.title ?? text.split('\n')[0].trim(), published: m.published, url: m.url, text,
    };
  });
}

/** The hand labels of one story (empty when it has none yet). */
export function storyPairs(story: string): LabelledPair[] {
  const path = join(STORIES, story, 'pairs.jsonl');
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    try {
      return { story, ...(JSON.parse(l) as Omit<LabelledPair, 'story'>) };
    } catch (err) {
      throw new Error(`${story}/pairs.jsonl line ${i + 1}: ${(err as Error).message}`);
    }
  });
}

/** A link the engine drew from a sentence of one article to a sentence of another. */
export interface EngineLink { a: RealArticle; aText: string; b: RealArticle; bText: string; relation: RelationLabel; why: string; score: number }

/** Every link the engine draws when each article of `stories` is read as a page against all the others. */
export async function engineLinks(stories: string[]): Promise<{ links: EngineLink[]; articles: RealArticle[] }> {
  const articles = stories.flatMap(storyArticles);
  const lib = new MemoryLibrary();
  for (const a of articles) lib.add(analyzeArticle(a), a.text);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const links: EngineLink[] = [];
  for (const page of articles) {
    const sentences = splitSentences(page.text).map((s, i) => ({ id: String(i), text: s.text }));
    const claims = await matchPage(sentences, { published: page.published, url: page.url, title: page.title }, lib);
    for (const c of claims) {
      for (const s of c.sources) {
        const b = byId.get(s.articleId);
        if (b && b.id !== page.id) links.push({ a: page, aText: c.text, b, bText: s.text, relation: s.relation, why: s.why, score: s.score });
      }
    }
  }
  return { links, articles };
}

/** Whitespace-insensitive key of a sentence, so labels survive re-segmentation of spacing. */
export function squash(t: string): string {
  return t.replace(/\s+/g, ' ').trim();
}

/** The engine sentence a labelled text falls in: equal, or the one containing it, or contained in it. */
export function sameSentence(engineText: string, labelText: string): boolean {
  const e = squash(engineText);
  const l = squash(labelText);
  return e === l || e.includes(l) || l.includes(e);
}
