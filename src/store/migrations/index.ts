import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { LibrarySchema } from '../schema';
import { migration001 } from './001-initial';
import { migration002 } from './002-chunked-postings';
import { migration003 } from './003-text-in-claims';

/** One schema step; it runs inside the version-change transaction, so it may read and rewrite rows. */
export type Migration = (
  db: IDBPDatabase<LibrarySchema>,
  tx: IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>,
) => void | Promise<void>;

/** Migrations in order: entry i upgrades version i to version i + 1. Never edit a shipped one. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003];

/**
 * Run every migration between the stored version and the new one, in order, for idb's
 * `upgrade(db, oldVersion, newVersion, tx)`. A reader on version 0 runs them all. Synchronous
 * steps run synchronously: object stores can only be created while the upgrade event is live.
 */
export function runMigrations(
  db: IDBPDatabase<LibrarySchema>,
  oldVersion: number,
  newVersion: number | null,
  tx: IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>,
): Promise<void> {
  const target = newVersion ?? MIGRATIONS.length;
  if (target > MIGRATIONS.length) return Promise.reject(new Error(`no migration to schema version ${target}`));
  for (let v = oldVersion; v < target; v++) {
    const pending = MIGRATIONS[v](db, tx);
    // An async step (one that reads rows) chains the rest after it, inside the same transaction.
    if (pending) return pending.then(() => runMigrations(db, v + 1, newVersion, tx));
  }
  return Promise.resolve();
}
