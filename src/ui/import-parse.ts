/**
 * Turning files the reader imports into articles. Each parser either returns every article of
 * the file or throws an ImportError naming the problem; a bad file adds nothing, never part of it.
 */
import type { ArticleInput } from '../engine/types';
import type { LibraryExport } from '../messaging/protocol';
import { extractArticleFromHtml, UNNAMED_OUTLET } from './article-extract';

/** A file the reader chose, read as text. */
export interface ImportFile {
  name: string;
  text: string;
}

/** A file that cannot be imported; the message says why, in the reader's words. */
export class ImportError extends Error {}

function describe(index: number | undefined): string {
  return index === undefined ? 'The article' : `Article ${index + 1}`;
}

function optionalString(obj: Record<string, unknown>, key: string, where: string): string | undefined {
  const value = obj[key];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw new ImportError(`${where} has a "${key}" that is not text.`);
  return value;
}

/** One article object checked field by field (text required; the rest defaulted). */
export function toArticle(value: unknown, index?: number): ArticleInput {
  const where = describe(index);
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ImportError(`${where} is not an object.`);
  const obj = value as Record<string, unknown>;
  const text = optionalString(obj, 'text', where);
  if (!text?.trim()) throw new ImportError(`${where} has no "text".`);
  const title = optionalString(obj, 'title', where)?.trim() || firstLine(text);
  const article: ArticleInput = {
    id: optionalString(obj, 'id', where) ?? '',
    text,
    title,
    outlet: optionalString(obj, 'outlet', where)?.trim() || UNNAMED_OUTLET,
  };
  const url = optionalString(obj, 'url', where);
  const published = optionalString(obj, 'published', where);
  const place = optionalString(obj, 'place', where);
  if (url) article.url = url;
  if (published) article.published = published;
  if (place) article.place = place;
  return article;
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0].trim().slice(0, 200);
}

/** A .json file: a library export, one article object, or an array of article objects. */
export function parseJsonImport(json: string): ArticleInput[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new ImportError(`This file is not valid JSON (${err instanceof Error ? err.message : 'parse error'}).`);
  }
  if (Array.isArray(data)) {
    if (data.length === 0) throw new ImportError('This file holds an empty list: no articles to import.');
    return data.map((item, i) => toArticle(item, i));
  }
  if (data && typeof data === 'object') {
    const obj = data as Record<string, unknown>;
    if (obj.format === 'claimlens-library') {
      const articles = (obj as Partial<LibraryExport>).articles;
      if (!Array.isArray(articles)) throw new ImportError('This ClaimLens library file has no "articles" list.');
      return articles.map((item, i) => toArticle(item, i));
    }
    if (obj.format === 'claimlens-pack') {
      throw new ImportError('This is a ClaimLens index pack, not a library export: export the library to get a file to import.');
    }
    if ('text' in obj) return [toArticle(obj)];
  }
  throw new ImportError('This JSON is not a ClaimLens library, an article ({"title", "outlet", "text", …}) or a list of articles.');
}

/** A .txt file: the first line is the title, the rest the article. */
export function parseTextImport(text: string, fileName: string): ArticleInput[] {
  const clean = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').trim();
  if (!clean) throw new ImportError(`${fileName} is empty.`);
  const [title, ...rest] = clean.split('\n');
  const body = rest.join('\n').trim();
  if (!body) throw new ImportError(`${fileName} has a title line but no article text under it.`);
  return [{ id: '', title: title.trim(), outlet: UNNAMED_OUTLET, text: body }];
}

/** An .html file: the article as "Add this article" would read it from the page. */
export function parseHtmlImport(html: string, fileName: string): ArticleInput[] {
  const result = extractArticleFromHtml(html);
  if (!result.ok) throw new ImportError(`${fileName}: ${result.error}`);
  return [result.article];
}

/** Binary files (a .json that is really a zip, an image renamed .txt) contain NUL bytes. */
function looksBinary(text: string): boolean {
  return text.slice(0, 4096).includes('\u0000');
}

/** Parse one imported file by its extension. */
export function parseImportFile(file: ImportFile): ArticleInput[] {
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  if (looksBinary(file.text)) throw new ImportError(`${file.name} is not a text file.`);
  try {
    if (ext === 'json') return parseJsonImport(file.text);
    if (ext === 'txt' || ext === 'text') return parseTextImport(file.text, file.name);
    if (ext === 'html' || ext === 'htm') return parseHtmlImport(file.text, file.name);
  } catch (err) {
    if (err instanceof ImportError && !err.message.startsWith(file.name)) throw new ImportError(`${file.name}: ${err.message}`);
    throw err;
  }
  throw new ImportError(`${file.name}: only .txt, .html and .json files can be imported.`);
}

/** Parse every file, or throw for the first bad one so nothing is added from a broken set. */
export function parseImportFiles(files: ImportFile[]): ArticleInput[] {
  return files.flatMap((file) => parseImportFile(file));
}
