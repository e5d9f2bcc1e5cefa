import { openDB, type IDBPDatabase } from 'idb';
import { runMigrations } from './migrations';
import { DB_NAME, DB_VERSION, type LibrarySchema } from './schema';

/** The opened library database. */
export type LibraryDb = IDBPDatabase<LibrarySchema>;

/**
 * Open (creating or upgrading) the library database. `name` lets tests use a fresh database;
 * `version` lets a migration test stop at an earlier schema. `onClose` is called when the
 * connection goes away (a newer version wants to upgrade, or the browser dropped it), so the
 * caller can open a new one instead of failing every later request.
 */
export function openLibraryDb(name: string = DB_NAME, version: number = DB_VERSION, onClose?: () => void): Promise<LibraryDb> {
  return openDB<LibrarySchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // idb does not await upgrade(); a rejected migration must abort the version change
      // rather than leave a half-built schema.
      runMigrations(db, oldVersion, newVersion, tx).catch((err: unknown) => {
        console.error('ClaimLens: migration failed', err);
        tx.done.catch(() => undefined); // the open request reports the failure; this would be unhandled
        tx.abort();
      });
    },
    blocking(_current, _next, event) {
      // A newer version of the extension wants to upgrade: let it.
      (event.target as IDBDatabase).close();
      onClose?.();
    },
    terminated() {
      onClose?.();
    },
  });
}
