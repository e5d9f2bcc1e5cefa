import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openLibraryDb } from '../../src/store/db';
import { MIGRATIONS } from '../../src/store/migrations';
import { DB_VERSION } from '../../src/store/schema';

/** The schema an opened database actually has: store -> keyPath and index -> keyPath. */
function describeSchema(db: IDBDatabase): Record<string, { keyPath: unknown; indexes: Record<string, unknown> }> {
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readonly');
  const out: Record<string, { keyPath: unknown; indexes: Record<string, unknown> }> = {};
  for (const name of names) {
    const store = tx.objectStore(name);
    const indexes: Record<string, unknown> = {};
    for (const i of [...store.indexNames]) indexes[i] = store.index(i).keyPath;
    out[name] = { keyPath: store.keyPath, indexes };
  }
  return out;
}

describe('migrations', () => {
  it('has one migration per schema version', () => {
    expect(MIGRATIONS.length).toBe(DB_VERSION);
  });

  it('001 creates every store and index of schema v1', async () => {
    const db = await openLibraryDb('migration-001', 1);
    expect(db.version).toBe(1);
    expect(describeSchema(db as unknown as IDBDatabase)).toEqual({
      articles: { keyPath: 'id', indexes: { url: 'urlKey', textHash: 'textHash' } },
      claims: { keyPath: 'key', indexes: { articleId: 'articleId' } },
      meta: { keyPath: 'key', indexes: {} },
      postings: { keyPath: 'term', indexes: {} },
      sites: { keyPath: 'host', indexes: {} },
      texts: { keyPath: 'id', indexes: {} },
    });
    db.close();
  });

  it('reopening at the same version keeps the rows (no migration runs twice)', async () => {
    const first = await openLibraryDb('migration-reopen');
    await first.put('sites', { host: 'example.org', paused: true });
    first.close();
    const again = await openLibraryDb('migration-reopen');
    expect(await again.get('sites', 'example.org')).toEqual({ host: 'example.org', paused: true });
    again.close();
  });

  it('refuses a version it has no migration for, leaving the database as it was', async () => {
    const name = 'migration-future';
    const before = await openLibraryDb(name);
    await before.put('sites', { host: 'kept.example', paused: true });
    before.close();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(openLibraryDb(name, DB_VERSION + 1)).rejects.toThrow();
    expect(quiet).toHaveBeenCalled();
    quiet.mockRestore();
    const db = await openLibraryDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('sites', 'kept.example')).toEqual({ host: 'kept.example', paused: true });
    db.close();
  });
});

describe('openLibraryDb', () => {
  it('closes and reports when a newer version wants to upgrade, so the caller can reopen', async () => {
    let closed = 0;
    const old = await openLibraryDb('blocking-test', 1, () => closed++);
    // Another context opening a later version: with our connection open it would be blocked forever.
    const { openDB } = await import('idb');
    const newer = await openDB('blocking-test', 2, { upgrade: (db) => void db.createObjectStore('later') });
    expect(closed).toBe(1);
    expect(newer.objectStoreNames.contains('later')).toBe(true);
    expect(() => old.transaction('meta')).toThrow();
    newer.close();
  });
});
