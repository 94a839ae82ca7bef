/**
 * Typed requests to the background's store, for the content script and extension pages. A
 * refusal or a failure becomes an Error carrying the background's reason.
 */
import { browser } from 'wxt/browser';
import type { BriefingRecord, HighlightRecord } from '../store/schema';
import type { BriefingInput } from '../store/records';
import { isResponse, parseMessage, type Request, type ResponseData } from './protocol';

/** How a message leaves: `runtime.sendMessage` in the extension, anything in a test. */
export type Transport = (message: Request) => Promise<unknown>;

const runtimeTransport: Transport = (message) => browser.runtime.sendMessage(message);

/**
 * Send one request and return its data. The request is checked before it leaves, so a
 * malformed one fails here with the same reason the background would give.
 */
export async function send<M extends Request>(message: M, transport: Transport = runtimeTransport): Promise<ResponseData[M['type']]> {
  const checked = parseMessage(message);
  if (!checked.ok) throw new Error(checked.error);
  let reply: unknown;
  try {
    reply = await transport(message);
  } catch (error) {
    throw new Error(`The extension’s background did not answer "${message.type}" (${error instanceof Error ? error.message : String(error)}); reload the page`);
  }
  if (!isResponse(reply)) {
    throw new Error(`The extension’s background did not answer "${message.type}"; it may have been updated: reload the page`);
  }
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as ResponseData[M['type']];
}

/** The store's operations as functions (a page's `NotesClient` is `storeClient().highlights`). */
export function storeClient(transport: Transport = runtimeTransport) {
  const go = <M extends Request>(message: M) => send(message, transport);
  return {
    ping: () => go({ type: 'ping' }),
    highlights: {
      list: (briefingKey: string): Promise<HighlightRecord[]> => go({ type: 'highlights/list', briefingKey }),
      listAll: (): Promise<HighlightRecord[]> => go({ type: 'highlights/listAll' }),
      count: (briefingKey?: string): Promise<number> =>
        go(briefingKey === undefined ? { type: 'highlights/count' } : { type: 'highlights/count', briefingKey }),
      put: (highlight: HighlightRecord): Promise<HighlightRecord> => go({ type: 'highlights/put', highlight }),
      /** Deletes and answers with what was deleted, for undo. */
      remove: (id: string): Promise<HighlightRecord | null> => go({ type: 'highlights/delete', id }),
      restore: (highlight: HighlightRecord): Promise<HighlightRecord> => go({ type: 'highlights/restore', highlight }),
    },
    briefings: {
      upsert: (record: BriefingInput | BriefingRecord): Promise<BriefingRecord> => go({ type: 'briefings/upsert', record }),
      get: (key: string): Promise<BriefingRecord | null> => go({ type: 'briefings/get', key }),
      list: (): Promise<BriefingRecord[]> => go({ type: 'briefings/list' }),
    },
  };
}

export type StoreClient = ReturnType<typeof storeClient>;

/**
 * The four operations a page's notes layer needs (`NotesClient` in lib/page/notes-layer.ts), over
 * messages: the content script never opens IndexedDB itself.
 */
export function notesClient(transport: Transport = runtimeTransport) {
  const highlights = storeClient(transport).highlights;
  return {
    list: highlights.list,
    put: async (record: HighlightRecord): Promise<void> => void (await highlights.put(record)),
    remove: highlights.remove,
    restore: async (record: HighlightRecord): Promise<void> => void (await highlights.restore(record)),
  };
}
