/**
 * Drafts of notes being written, kept as the reader types so that nothing typed is lost (Esc,
 * Close, clicking away, another tab, a reload, a crash).
 *
 * Where they live: an IndexedDB database of their own ("briefing-lens-drafts") in the extension's
 * origin, opened by the background only — the sidebar frame asks for them by message (an
 * extension frame inside the ministry's page is a third-party context, where the browser may
 * refuse it storage). The ministry's page and our content script (which shares the page's
 * process) cannot reach it: `storage.local` is not used because content scripts can read it, and
 * the background answers draft messages from the extension's own pages only. A database of its
 * own, rather than a store in the notes database, keeps drafts out of the notes schema's upgrade
 * path: a draft is disposable, a note is not.
 */
import { openDB, type IDBPDatabase } from 'idb';

export interface NoteDraft {
  highlightId: string;
  note: string;
  /** The tags field as typed (comma-separated). */
  tags: string;
  color: string;
  /** When the draft was last written (ms since the epoch). */
  written: number;
}

export interface DraftStore {
  get(highlightId: string): Promise<NoteDraft | null>;
  put(draft: NoteDraft): Promise<void>;
  remove(highlightId: string): Promise<void>;
}

export const DRAFTS_DB = 'briefing-lens-drafts';
const STORE = 'drafts';

function isDraft(v: unknown): v is NoteDraft {
  if (!v || typeof v !== 'object') return false;
  const d = v as Record<string, unknown>;
  return (
    typeof d.highlightId === 'string' &&
    typeof d.note === 'string' &&
    typeof d.tags === 'string' &&
    typeof d.color === 'string' &&
    typeof d.written === 'number'
  );
}

/** Drafts in the extension's own IndexedDB (the background's). */
export function indexedDbDrafts(name = DRAFTS_DB): DraftStore {
  let db: Promise<IDBPDatabase> | null = null;
  const open = () => {
    db ??= openDB(name, 1, { upgrade: (d) => void d.createObjectStore(STORE, { keyPath: 'highlightId' }) });
    db.catch(() => (db = null)); // try again next time
    return db;
  };
  return {
    async get(id) {
      const v: unknown = await (await open()).get(STORE, id);
      return isDraft(v) ? v : null;
    },
    async put(draft) {
      await (await open()).put(STORE, { ...draft });
    },
    async remove(id) {
      await (await open()).delete(STORE, id);
    },
  };
}

/** Drafts in memory (tests). */
export function memoryDrafts(): DraftStore {
  const m = new Map<string, NoteDraft>();
  return {
    get: async (id) => m.get(id) ?? null,
    put: async (d) => void m.set(d.highlightId, { ...d }),
    remove: async (id) => void m.delete(id),
  };
}
