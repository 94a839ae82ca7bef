/**
 * Database side of the library: read everything, apply an import plan in one transaction, wipe.
 *
 * The library is an extension page (the extension's origin), so it opens the store itself with
 * `openStore()` rather than asking the background.
 */
import type { Store } from '../store/db';
import { announceHighlightsChanged } from '../store/broadcast';
import { deleteHighlight, undeleteHighlight, updateHighlight, type HighlightPatch, type UpdateResult } from '../store/highlights';
import type { BriefingRecord, HighlightRecord } from '../store/schema';
import { parseImport, planImport, type ImportError, type ImportPlan, type ParseOptions } from './w3c';

export interface StoreSnapshot {
  /** In key (id) order. */
  highlights: HighlightRecord[];
  /** In key order. */
  briefings: BriefingRecord[];
}

/** Every highlight and briefing record, read in one transaction (a consistent snapshot). */
export async function readAll(db: Store): Promise<StoreSnapshot> {
  const tx = db.transaction(['highlights', 'briefings'], 'readonly');
  const [highlights, briefings] = await Promise.all([tx.objectStore('highlights').getAll(), tx.objectStore('briefings').getAll()]);
  await tx.done;
  return { highlights, briefings };
}

export interface FirstScreen {
  /** Every briefing record, and the highlights of the newest briefings only (unless `complete`). */
  snapshot: StoreSnapshot;
  /** Highlights in the whole database. */
  totalHighlights: number;
  complete: boolean;
}

/** Below this many highlights, reading them all is as quick as reading a few briefings'. */
const READ_ALL_BELOW = 1500;

/**
 * Enough to draw the library's first screen without reading every highlight: reading 10,000
 * records takes 300–800 ms in Chromium, most of it deserialising them. Reads the briefing
 * records (small), then, newest briefing first (the library's order), each briefing's highlights
 * through the `briefingKey` index until `wantHighlights` are in hand. Highlights of briefings
 * without a record come last in the library anyway, so they are left for the full read.
 */
export async function readFirstScreen(db: Store, wantHighlights = 60): Promise<FirstScreen> {
  const tx = db.transaction(['highlights', 'briefings'], 'readonly');
  const hs = tx.objectStore('highlights');
  const [briefings, totalHighlights] = await Promise.all([tx.objectStore('briefings').getAll(), hs.count()]);
  if (totalHighlights < READ_ALL_BELOW) {
    const highlights = await hs.getAll();
    await tx.done;
    return { snapshot: { highlights, briefings }, totalHighlights: highlights.length, complete: true };
  }
  const newest = [...briefings].sort((a, b) => {
    if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1;
    return b.lastSeen - a.lastSeen;
  });
  const byKey = hs.index('briefingKey');
  const highlights: HighlightRecord[] = [];
  for (let i = 0; i < newest.length && i < 200 && highlights.length < wantHighlights; i++) {
    for (const h of await byKey.getAll(newest[i]!.key)) highlights.push(h);
  }
  await tx.done;
  return { snapshot: { highlights, briefings }, totalHighlights, complete: highlights.length === totalHighlights };
}

/**
 * A cheap fingerprint of the database's content (counts, newest `updated`, newest `lastSeen`),
 * read from indexes without loading records: the library reloads only when it changed. Any
 * create, edit or delete of a highlight, and any briefing seen, changes it.
 */
export async function readSignature(db: Store): Promise<string> {
  const tx = db.transaction(['highlights', 'briefings'], 'readonly');
  const hs = tx.objectStore('highlights');
  const bs = tx.objectStore('briefings');
  const [hCount, bCount, newest, seen] = await Promise.all([
    hs.count(),
    bs.count(),
    hs.index('updated').openKeyCursor(null, 'prev'),
    bs.index('lastSeen').openKeyCursor(null, 'prev'),
  ]);
  await tx.done;
  return `${hCount}:${newest?.key ?? ''}:${bCount}:${seen?.key ?? ''}`;
}

export type Preview = { ok: true; plan: ImportPlan } | { ok: false; error: ImportError };

/**
 * Parses an import file and plans it against the database as it is now. Changes nothing: the
 * plan is applied only by `applyImportPlan`, after the reader has seen the preview.
 */
export async function previewImport(db: Store, fileText: string, opts: ParseOptions = {}): Promise<Preview> {
  const parsed = parseImport(fileText, opts);
  if (!parsed.ok) return parsed;
  return { ok: true, plan: planImport(parsed, await readAll(db)) };
}

export interface ApplyResult {
  highlightsWritten: number;
  briefingsWritten: number;
  /** Planned writes dropped because the database changed since the plan was made and now holds the same or a newer copy. */
  skipped: number;
}

/**
 * Writes a plan's new and updated records in one read-write transaction: all of them or, if
 * anything fails, none. Inside the transaction the plan is checked again against what the
 * database holds now, so a highlight edited in a briefing tab between preview and apply is not
 * overwritten by an older copy from the file.
 */
export async function applyImportPlan(db: Store, plan: ImportPlan): Promise<ApplyResult> {
  const wantH = [...plan.highlights.new, ...plan.highlights.updated];
  const wantB = [...plan.briefings.new, ...plan.briefings.updated];
  if (wantH.length === 0 && wantB.length === 0) return { highlightsWritten: 0, briefingsWritten: 0, skipped: 0 };
  const tx = db.transaction(['highlights', 'briefings'], 'readwrite');
  const hs = tx.objectStore('highlights');
  const bs = tx.objectStore('briefings');
  try {
    const [curH, curB] = await Promise.all([hs.getAll(), bs.getAll()]);
    const now = planImport(
      { highlights: wantH, briefings: wantB, rejected: [], annotationCount: wantH.length },
      { highlights: curH, briefings: curB },
    );
    const writeH = [...now.highlights.new, ...now.highlights.updated];
    const writeB = [...now.briefings.new, ...now.briefings.updated];
    // Queue every put at once: awaiting each would cost a round trip per record.
    const puts: Promise<unknown>[] = [];
    for (const h of writeH) puts.push(hs.put(h));
    for (const b of writeB) puts.push(bs.put(b));
    await Promise.all([...puts, tx.done]);
    return {
      highlightsWritten: writeH.length,
      briefingsWritten: writeB.length,
      skipped: wantH.length - writeH.length + (wantB.length - writeB.length),
    };
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failing request.
    }
    await tx.done.catch(() => {});
    throw err;
  }
}

/** Deletes every highlight and briefing record (tests, and a future "start over"). */
export async function wipeStore(db: Store): Promise<void> {
  const tx = db.transaction(['highlights', 'briefings'], 'readwrite');
  await Promise.all([tx.objectStore('highlights').clear(), tx.objectStore('briefings').clear(), tx.done]);
}

/** What the library page needs from the database; the UI is written against this, tests fake it. */
export interface LibraryBackend {
  load(): Promise<StoreSnapshot>;
  /** Optional quick partial read for the first screen (see `readFirstScreen`). */
  loadFirst?(): Promise<FirstScreen>;
  /** Optional fingerprint of the content (see `readSignature`): reload only when it changed. */
  signature?(): Promise<string>;
  preview(fileText: string): Promise<Preview>;
  apply(plan: ImportPlan): Promise<ApplyResult>;
  /** Edit a highlight's note, tags or colour (see `updateHighlight`). */
  update(id: string, patch: HighlightPatch): Promise<UpdateResult>;
  /** Delete a highlight; the deleted record (for undo), or null when it was already gone. */
  remove(id: string): Promise<HighlightRecord | null>;
  /** Undo a delete; false when a highlight with its id exists again. */
  restore(record: HighlightRecord): Promise<boolean>;
}

/** The backend over an IndexedDB store (`open` is called per operation and may reuse a connection). */
export function storeBackend(open: () => Promise<Store>): LibraryBackend {
  return {
    load: async () => readAll(await open()),
    loadFirst: async () => readFirstScreen(await open()),
    signature: async () => readSignature(await open()),
    preview: async (fileText) => previewImport(await open(), fileText),
    apply: async (plan) => {
      const r = await applyImportPlan(await open(), plan);
      for (const [key, ids] of idsByBriefing([...plan.highlights.new, ...plan.highlights.updated])) announceHighlightsChanged(key, ids);
      return r;
    },
    // Every write goes through lib/store/highlights.ts and is announced to the other contexts.
    update: async (id, patch) => {
      const r = await updateHighlight(await open(), id, patch);
      if (r.ok && r.changed.length) announceHighlightsChanged(r.record.briefingKey, [id]);
      return r;
    },
    remove: async (id) => {
      const gone = await deleteHighlight(await open(), id);
      if (gone) announceHighlightsChanged(gone.briefingKey, [id]);
      return gone;
    },
    restore: async (record) => {
      const back = await undeleteHighlight(await open(), record);
      if (back) announceHighlightsChanged(record.briefingKey, [record.id]);
      return back;
    },
  };
}

function idsByBriefing(records: readonly HighlightRecord[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of records) {
    const list = out.get(r.briefingKey);
    if (list) list.push(r.id);
    else out.set(r.briefingKey, [r.id]);
  }
  return out;
}
