/**
 * Opening the notes database. The rule: the background and the extension's own pages (library,
 * popup) may open it; a content script never does — IndexedDB opened there would belong to the
 * web page's origin (mid.ru), where the site's scripts could read it and "clear site data" would
 * wipe it. Content scripts get nothing from the store at all (docs/threat-model.md).
 */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, upgradeDatabase, type BriefingLensDB } from './schema';

export type Store = IDBPDatabase<BriefingLensDB>;

/**
 * Open (creating or upgrading) the database. `onLost` is told when the connection goes away
 * under us: a newer version of the extension wants to upgrade it (we step aside), or the
 * browser closed it.
 */
export function openStore(name: string = DB_NAME, onLost?: () => void, blockedTimeoutMs = BLOCKED_TIMEOUT_MS): Promise<Store> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let giveUp: (e: Error) => void = () => undefined;
  const blockedTooLong = new Promise<never>((_, reject) => (giveUp = reject));
  const opening = openDB<BriefingLensDB>(name, DB_VERSION, {
    blocked() {
      // An older version is held open elsewhere (a library tab of the previous release): it is
      // asked to close; if it does not, say so rather than wait for ever.
      timer = setTimeout(() => giveUp(new Error(BLOCKED_MESSAGE)), blockedTimeoutMs);
    },
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
    clearTimeout(timer);
    openedStores.set(name, Promise.resolve(db));
    return db;
  });
  blockedTooLong.catch(() => undefined);
  return Promise.race([opening, blockedTooLong]);
}

const BLOCKED_TIMEOUT_MS = 5_000;
export const BLOCKED_MESSAGE =
  'The notes database could not be upgraded: another Briefing Lens page (a notes library tab?) still holds the old version open. Close it and try again; nothing was changed';

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
