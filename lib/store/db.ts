/**
 * Opening the notes database. Only the background opens it: IndexedDB opened from a content
 * script belongs to the web page's origin (mid.ru), where the site's own scripts could read it
 * and "clear site data" would wipe it (notes/toolchain.md, pitfall 12).
 */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, upgradeDatabase, type BriefingLensDB } from './schema';

export type Store = IDBPDatabase<BriefingLensDB>;

/**
 * Open (creating or upgrading) the database. `onLost` is told when the connection goes away
 * under us: a newer version of the extension wants to upgrade it (we step aside), or the
 * browser closed it.
 */
export function openStore(name: string = DB_NAME, onLost?: () => void): Promise<Store> {
  return openDB<BriefingLensDB>(name, DB_VERSION, {
    upgrade: (db, oldVersion, newVersion, tx) =>
      upgradeDatabase(db as unknown as IDBPDatabase<unknown>, oldVersion, newVersion, tx as never),
    blocking() {
      // Another context asks for a newer version: close, or it waits for ever.
      void openedStores.get(name)?.then((db) => db.close());
      onLost?.();
    },
    terminated() {
      onLost?.();
    },
  }).then((db) => {
    openedStores.set(name, Promise.resolve(db));
    return db;
  });
}

const openedStores = new Map<string, Promise<Store>>();

/**
 * A lazily opened, self-healing connection: the first call opens the database; later calls share
 * it; if it is lost or fails to open, the next call opens it again. An MV3 service worker can be
 * stopped at any moment, so nothing should assume a connection outlives one message.
 */
export function storeConnection(name: string = DB_NAME): () => Promise<Store> {
  let current: Promise<Store> | null = null;
  const reset = (): void => {
    current = null;
  };
  return () => {
    if (!current) {
      current = openStore(name, reset);
      current.catch(reset);
    }
    return current;
  };
}
