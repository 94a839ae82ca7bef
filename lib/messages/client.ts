/**
 * Typed requests, for the extension's pages (background messages) and for the popup and the
 * background (tab messages). A refusal or a failure becomes an Error carrying the reason.
 */
import { browser } from 'wxt/browser';
import type { NotePatch } from '../store/records';
import type { BriefingInput } from '../store/records';
import type { BriefingRecord, HighlightRecord } from '../store/schema';
import type { NoteDraft } from '../store/drafts';
import type { KeptTranscript } from '../archive/transcript';
import { isAnswer, parseBackgroundRequest, type BackgroundRequest, type BackgroundResponses } from './background-messages';
import type { TabRequest, TabResponses } from './tab-messages';

/** How a message leaves: `runtime.sendMessage` in the extension, anything in a test. */
export type Transport = (message: unknown) => Promise<unknown>;

const runtimeTransport: Transport = (message) => browser.runtime.sendMessage(message);

async function unwrap<T>(type: string, send: () => Promise<unknown>): Promise<T> {
  let reply: unknown;
  try {
    reply = await send();
  } catch (error) {
    throw new Error(`The extension did not answer "${type}" (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isAnswer(reply)) throw new Error(`The extension did not answer "${type}"; it may have been updated`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as T;
}

/**
 * Send one request to the background and return its data. The request is checked before it
 * leaves, so a malformed one fails here with the same reason the background would give.
 */
export async function send<M extends BackgroundRequest>(
  message: M,
  transport: Transport = runtimeTransport,
): Promise<BackgroundResponses[M['type']]> {
  const checked = parseBackgroundRequest(message);
  if (!checked.ok) throw new Error(checked.error);
  return unwrap(message.type, () => transport(message));
}

/** Ask the content script of tab `tabId` (top frame). */
export function sendToTab<M extends TabRequest>(tabId: number, message: M): Promise<TabResponses[M['type']]> {
  return unwrap(message.type, () => browser.tabs.sendMessage(tabId, message, { frameId: 0 }));
}

/** The background's operations as functions. */
export function backgroundClient(transport: Transport = runtimeTransport) {
  const go = <M extends BackgroundRequest>(message: M) => send(message, transport);
  return {
    ping: () => go({ type: 'ping' }),
    highlights: {
      list: (briefingKey: string): Promise<HighlightRecord[]> => go({ type: 'highlights/list', briefingKey }),
      listAll: (): Promise<HighlightRecord[]> => go({ type: 'highlights/listAll' }),
      count: (briefingKey?: string): Promise<number> =>
        go(briefingKey === undefined ? { type: 'highlights/count' } : { type: 'highlights/count', briefingKey }),
      create: (highlight: HighlightRecord): Promise<HighlightRecord> => go({ type: 'highlights/create', highlight }),
      update: (id: string, baseVersion: number, patch: NotePatch): Promise<HighlightRecord> =>
        go({ type: 'highlights/update', id, baseVersion, patch }),
      /** Deletes and answers with what was deleted, for undo. */
      remove: (id: string): Promise<HighlightRecord | null> => go({ type: 'highlights/delete', id }),
      restore: (highlight: HighlightRecord): Promise<HighlightRecord> => go({ type: 'highlights/restore', highlight }),
    },
    drafts: {
      get: (highlightId: string): Promise<NoteDraft | null> => go({ type: 'drafts/get', highlightId }),
      put: (draft: NoteDraft): Promise<true> => go({ type: 'drafts/put', draft }),
      remove: (highlightId: string): Promise<true> => go({ type: 'drafts/delete', highlightId }),
    },
    briefings: {
      upsert: (record: BriefingInput | BriefingRecord): Promise<BriefingRecord> => go({ type: 'briefings/upsert', record }),
      get: (key: string): Promise<BriefingRecord | null> => go({ type: 'briefings/get', key }),
      list: (): Promise<BriefingRecord[]> => go({ type: 'briefings/list' }),
    },
    archive: {
      keep: (transcript: KeptTranscript) => go({ type: 'archive/keep', transcript }),
      versions: (key: string) => go({ type: 'archive/versions', key }),
      forget: (key: string) => go({ type: 'archive/forget', key }),
      /** Hand a listing's addresses to the library's backfill (it opens at the Archive). */
      backfill: (origin: string, urls: string[]) => go({ type: 'archive/backfill', origin, urls }),
    },
    entities: {
      find: (blocks: string[], language: 'en' | 'ru' | 'auto') => go({ type: 'entities/find', blocks, language }),
    },
    openLibrary: (highlightId?: string) => go(highlightId ? { type: 'library/open', highlightId } : { type: 'library/open' }),
    whoami: () => go({ type: 'sidebar/whoami' }),
  };
}

export type BackgroundClient = ReturnType<typeof backgroundClient>;
