import type { IDBPDatabase } from 'idb';
import type { LibrarySchema } from '../schema';

/**
 * Migration 1: the initial schema. Articles are indexed by normalised URL and text hash (the
 * duplicate and "page is its own source" checks); claims by article (for removal); postings
 * are keyed by term so a woken worker reads only the terms of the page it answers.
 */
export function migration001(typed: IDBPDatabase<LibrarySchema>): void {
  // Schema v1 as it was: typed loosely, since later schemas change these stores.
  const db = typed as unknown as IDBPDatabase;
  const articles = db.createObjectStore('articles', { keyPath: 'id' });
  // The index is named 'url' but keyed on the normalised form: http/https, case and trailing
  // slashes do not make a different article (the engine's MemoryLibrary compares the same way).
  articles.createIndex('url', 'urlKey');
  articles.createIndex('textHash', 'textHash');
  db.createObjectStore('texts', { keyPath: 'id' });
  const claims = db.createObjectStore('claims', { keyPath: 'key' });
  claims.createIndex('articleId', 'articleId');
  db.createObjectStore('postings', { keyPath: 'term' });
  db.createObjectStore('meta', { keyPath: 'key' });
  db.createObjectStore('sites', { keyPath: 'host' });
}
