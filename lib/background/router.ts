/**
 * The background's one message listener: the store, note drafts, the entity engine, opening the library.
 * Senders are checked by the router (lib/messages/router.ts) against `BACKGROUND_ACCESS`.
 */
import { browser } from 'wxt/browser';
import { findForPage } from './entity-service';
import { openLibrary } from './open-library';
import { parseBackgroundRequest, type BackgroundRequest } from '../messages/background-messages';
import { createRouter, errorText, type Listener, type Protocol } from '../messages/router';
import type { Sender } from '../messages/senders';
import { announceHighlightsChanged } from '../store/broadcast';
import { getBriefing, listBriefings, upsertBriefing } from '../store/briefings';
import type { Store } from '../store/db';
import { indexedDbDrafts, type DraftStore } from '../store/drafts';
import {
  countHighlights,
  createHighlight,
  deleteHighlight,
  listAllHighlights,
  listHighlightsByBriefing,
  ConflictError,
  undeleteHighlight,
  updateHighlight,
  updateRefusal,
} from '../store/highlights';
import { DB_VERSION } from '../store/schema';
import { forgetTranscript, keepTranscript, listVersions } from '../store/transcripts';
import { announceTranscriptsChanged } from '../store/archive-broadcast';
import { queueBackfill, storageJobArea, type JobArea, type StorageLike } from '../library/backfill-job';

/** The database, or how to get it (a lazily reopened connection, see `storeConnection`). */
export type StoreSource = Promise<Store> | (() => Promise<Store>);

export interface BackgroundOptions {
  /** Our extension id; by default `browser.runtime.id`, read when a message arrives. */
  extensionId?: string | (() => string);
  now?: () => number;
  /** Opens the library tab (the extension's `tabs` API in the real background). */
  openLibrary?: (highlightId?: string) => Promise<void>;
  /** Tells other extension pages that highlights changed. */
  announce?: (briefingKey: string, ids: string[]) => void;
  /** Where unsaved note drafts are kept (by default their own database, see store/drafts.ts). */
  drafts?: DraftStore;
  /** Where a backfill job waits for the library (by default `browser.storage.local`). */
  backfillArea?: JobArea;
  /** Opens (or focuses) the library at its Archive tab, where a backfill runs. */
  openArchive?: () => Promise<void>;
  newId?: () => string;
}

export const backgroundProtocol: Protocol<BackgroundRequest> = {
  parse: parseBackgroundRequest,
  refuse: (req, sender) => (sender.kind === 'extension-page' ? null : `Refused: "${req.type}" is for the extension's own pages`),
};

export function createBackgroundHandler(source: StoreSource, options: BackgroundOptions = {}): Listener {
  const getStore = typeof source === 'function' ? source : () => source;
  const ourId = (): string | undefined => {
    const id = options.extensionId ?? browser.runtime.id;
    return typeof id === 'function' ? id() : id;
  };
  const now = options.now ?? Date.now;
  const announce = options.announce ?? announceHighlightsChanged;
  const open = options.openLibrary ?? ((id?: string) => openLibrary(browser, id));
  let drafts = options.drafts ?? null;
  const draftStore = () => (drafts ??= indexedDbDrafts());
  const backfill = async (request: { origin: string; urls: string[] }) => {
    const area = options.backfillArea ?? storageJobArea(browser.storage as unknown as StorageLike);
    const job = await queueBackfill(area, request, (options.newId ?? (() => crypto.randomUUID()))(), now());
    await (options.openArchive ?? (() => openLibrary(browser, undefined, 'archive')))();
    return { total: job.urls.length };
  };
  return createRouter(
    backgroundProtocol,
    ourId,
    (req, sender) => (req.type === 'archive/backfill' ? backfill(req) : answer(req, sender, getStore, now(), announce, open, draftStore)),
    describeError,
  );
}

async function answer(
  req: BackgroundRequest,
  sender: Sender,
  getStore: () => Promise<Store>,
  now: number,
  announce: (key: string, ids: string[]) => void,
  open: (highlightId?: string) => Promise<void>,
  drafts: () => DraftStore,
): Promise<unknown> {
  switch (req.type) {
    case 'drafts/get':
      return drafts().get(req.highlightId);
    case 'drafts/put':
      await drafts().put(req.draft);
      return true;
    case 'drafts/delete':
      await drafts().remove(req.highlightId);
      return true;
    case 'entities/find':
      return findForPage(req.blocks, req.language);
    case 'library/open':
      await open(req.highlightId);
      return true;
    case 'sidebar/whoami':
      if (sender.kind !== 'extension-page' || sender.tabId === null || sender.frameId === null) {
        throw new Error('Only a page inside a tab has a tab');
      }
      return { tabId: sender.tabId, frameId: sender.frameId };
    default:
  }
  const db = await getStore();
  switch (req.type) {
    case 'ping':
      return { pong: true, dbVersion: DB_VERSION };
    case 'highlights/list':
      return listHighlightsByBriefing(db, req.briefingKey);
    case 'highlights/listAll':
      return listAllHighlights(db);
    case 'highlights/count':
      return countHighlights(db, req.briefingKey);
    case 'highlights/create': {
      const r = await createHighlight(db, req.highlight);
      announce(r.briefingKey, [r.id]);
      return r;
    }
    case 'highlights/update': {
      const r = await updateHighlight(db, req.id, req.patch, { now, baseVersion: req.baseVersion });
      if (!r.ok) throw new ConflictError(updateRefusal(r));
      if (r.changed.length) announce(r.record.briefingKey, [r.record.id]);
      return r.record;
    }
    case 'highlights/delete': {
      const r = await deleteHighlight(db, req.id);
      if (r) announce(r.briefingKey, [r.id]);
      return r;
    }
    case 'highlights/restore': {
      if (!(await undeleteHighlight(db, req.highlight)))
        throw new ConflictError('Not restored: this highlight exists again (restored in another tab?)');
      announce(req.highlight.briefingKey, [req.highlight.id]);
      return req.highlight;
    }
    case 'briefings/upsert':
      return upsertBriefing(db, req.record, now);
    case 'briefings/get':
      return getBriefing(db, req.key);
    case 'briefings/list':
      return listBriefings(db);
    case 'archive/keep': {
      // The sender's clock is not trusted for the kept record's times: the background stamps them.
      const outcome = await keepTranscript(db, { ...req.transcript, keptAt: now }, now);
      if (outcome.status !== 'unchanged') announceTranscriptsChanged(req.transcript.key);
      return outcome;
    }
    case 'archive/versions':
      return listVersions(db, req.key);
    case 'archive/forget': {
      const n = await forgetTranscript(db, req.key);
      if (n) announceTranscriptsChanged(req.key);
      return n;
    }
  }
}

/** A failure as one sentence for the reader; storage-full gets words a reader can act on. */
export function describeError(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') {
    return 'The browser has no room left for the extension’s data (disk full or quota reached); nothing was changed';
  }
  if (name === 'VersionError') {
    return 'The notes database was upgraded by a newer version of the extension; reload the page';
  }
  return errorText(error);
}
