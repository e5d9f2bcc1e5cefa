/** Shared fixtures of the store tests: the seed corpus as articles, and fresh databases. */
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ArticleInput } from '../../src/engine/types';
import { openLibraryDb, type LibraryDb } from '../../src/store/db';

const SEEDS = join(__dirname, '../../seeds');

/** The seed corpus as the CLI reads it (id = file name without extension, manifest metadata). */
export function seedArticles(): ArticleInput[] {
  const manifest = JSON.parse(readFileSync(join(SEEDS, 'manifest.json'), 'utf8')) as Record<string, Partial<ArticleInput>>;
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({
      id: basename(f, '.txt'),
      outlet: manifest[f]?.outlet ?? 'unnamed outlet',
      title: manifest[f]?.title ?? f,
      published: manifest[f]?.published,
      place: manifest[f]?.place,
      url: `https://example.org/news/${basename(f, '.txt')}`,
      text: readFileSync(join(SEEDS, f), 'utf8'),
    }));
}

let counter = 0;

/** A new, empty library database (a unique name per call, so tests never share state). */
export function freshDb(): Promise<LibraryDb> {
  counter++;
  return openLibraryDb(`claimlens-test-${process.pid}-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** Every row of every store, for "nothing changed" assertions. */
export async function snapshot(db: LibraryDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const store of ['articles', 'texts', 'claims', 'postings', 'meta', 'sites'] as const) out[store] = await db.getAll(store);
  return out;
}
