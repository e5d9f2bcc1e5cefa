import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { analyzeArticle, MemoryLibrary, type ArticleInput } from '../engine';
import { CliError } from './errors';
import { libraryArticle } from './html-article';
import { readTextFile } from './read-file';

type Manifest = Record<string, Partial<Pick<ArticleInput, 'outlet' | 'title' | 'url' | 'published' | 'place'>>>;

function readManifest(dir: string): Manifest {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new CliError(`${dir}: no such corpus directory`);
  }
  if (!names.includes('manifest.json')) return {};
  try {
    return JSON.parse(readTextFile(join(dir, 'manifest.json'))) as Manifest;
  } catch (err) {
    throw new CliError(`${join(dir, 'manifest.json')}: bad JSON (${(err as Error).message})`);
  }
}

/** Read one corpus file into an article, with what the manifest says of it. */
export function readCorpusFile(path: string, manifest: Manifest = {}): ArticleInput {
  const name = basename(path);
  const ext = extname(name).toLowerCase();
  const raw = readTextFile(path);
  const meta = manifest[name] ?? {};
  const fromHtml = ext === '.html' || ext === '.htm' ? libraryArticle(raw, path) : undefined;
  const text = fromHtml?.text ?? raw;
  const firstLine = text.split('\n').find((l) => l.trim())?.trim() ?? name;
  return {
    id: basename(name, extname(name)),
    outlet: meta.outlet ?? fromHtml?.outlet ?? 'unnamed outlet',
    title: meta.title ?? fromHtml?.title ?? firstLine.slice(0, 200),
    url: meta.url ?? fromHtml?.url,
    published: meta.published ?? fromHtml?.published,
    place: meta.place,
    text,
  };
}

/** Load every .txt/.html article of the corpus directories into one in-memory library. */
export function loadCorpus(dirs: string[]): MemoryLibrary {
  const lib = new MemoryLibrary();
  for (const dir of dirs) {
    const manifest = readManifest(dir);
    const files = readdirSync(dir).filter((f) => /\.(txt|html?)$/i.test(f) && statSync(join(dir, f)).isFile()).sort();
    for (const f of files) {
      const article = readCorpusFile(join(dir, f), manifest);
      lib.add(analyzeArticle(article), article.text);
    }
  }
  return lib;
}
