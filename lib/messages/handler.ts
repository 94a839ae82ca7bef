/**
 * The background's `runtime.onMessage` listener for the store.
 *
 * It answers through `sendResponse` and returns `true` (the form that works in Chrome, with
 * webextension-polyfill in Firefox, and in WXT's fake browser, which ignores returned promises:
 * notes/toolchain.md, pitfall 5). It returns `undefined` for messages that are not the store's,
 * so other listeners can answer them, and it never throws.
 */
import { browser } from 'wxt/browser';
import { countHighlights, deleteHighlight, listAllHighlights, listHighlightsByBriefing, putHighlight, restoreHighlight } from '../store/highlights';
import { getBriefing, listBriefings, upsertBriefing } from '../store/briefings';
import { DB_VERSION } from '../store/schema';
import type { Store } from '../store/db';
import { isFromOurExtension, isStoreMessage, parseMessage, type Request, type Response, type SenderLike } from './protocol';

/** The database, or how to get it (a lazily reopened connection, see `storeConnection`). */
export type StoreSource = Promise<Store> | (() => Promise<Store>);

export interface HandlerOptions {
  /** Our extension id; by default `browser.runtime.id`, read when a message arrives. */
  extensionId?: string | (() => string);
  now?: () => number;
}

export type BackgroundListener = (message: unknown, sender: SenderLike, sendResponse: (response: Response) => void) => true | undefined;

export function createBackgroundHandler(source: StoreSource, options: HandlerOptions = {}): BackgroundListener {
  const getStore = typeof source === 'function' ? source : () => source;
  const ourId = (): string => {
    const id = options.extensionId ?? browser.runtime.id;
    return typeof id === 'function' ? id() : id;
  };
  const now = options.now ?? Date.now;

  return (message, sender, sendResponse) => {
    if (!isStoreMessage(message)) return undefined;
    const reply = (response: Response): void => {
      try {
        sendResponse(response);
      } catch {
        // The sender went away (tab closed, page reloaded): nobody is left to tell.
      }
    };
    try {
      if (!isFromOurExtension(sender, ourId())) {
        reply({ ok: false, error: 'Refused: the message does not come from this extension' });
        return true;
      }
      const parsed = parseMessage(message);
      if (!parsed.ok) {
        reply({ ok: false, error: parsed.error });
        return true;
      }
      getStore()
        .then((db) => answer(db, parsed.message, now()))
        .then(
          (data) => reply({ ok: true, data } as Response),
          (error: unknown) => reply({ ok: false, error: describeError(error) }),
        );
    } catch (error) {
      reply({ ok: false, error: describeError(error) });
    }
    return true;
  };
}

async function answer(db: Store, request: Request, now: number): Promise<unknown> {
  switch (request.type) {
    case 'ping':
      return { pong: true, dbVersion: DB_VERSION };
    case 'highlights/list':
      return listHighlightsByBriefing(db, request.briefingKey);
    case 'highlights/listAll':
      return listAllHighlights(db);
    case 'highlights/count':
      return countHighlights(db, request.briefingKey);
    case 'highlights/put':
      return putHighlight(db, request.highlight);
    case 'highlights/delete':
      return deleteHighlight(db, request.id);
    case 'highlights/restore':
      return restoreHighlight(db, request.highlight);
    case 'briefings/upsert':
      return upsertBriefing(db, request.record, now);
    case 'briefings/get':
      return getBriefing(db, request.key);
    case 'briefings/list':
      return listBriefings(db);
  }
}

/** A failure as one sentence for the page; storage-full gets words a reader can act on. */
function describeError(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') {
    return 'The browser has no room left for the extension’s data (disk full or quota reached); nothing was changed';
  }
  if (name === 'VersionError') {
    return 'The notes database was upgraded by a newer version of the extension; reload the page';
  }
  return error instanceof Error ? error.message : String(error);
}
