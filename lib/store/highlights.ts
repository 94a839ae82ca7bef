/**
 * Highlight records: what the background (and the library, an extension page) does with them.
 *
 * Edits are versioned. Two tabs of one briefing (the English page and its `?lang=` alias share a
 * key) may edit the same highlight: each edit names the version it started from, a stale one is
 * refused with a message the reader can act on, and only the fields it changes are written — so
 * no edit is lost silently and a highlight deleted in one tab never comes back from another.
 */
import type { Store } from './db';
import type { NotePatch } from './records';
import { versionOf, type HighlightRecord } from './schema';

/** A refusal the reader should see as it is (not an internal failure). */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

export const STALE_EDIT = 'Not saved: this highlight was changed in another tab. Its latest version is shown now; make your change again.';
export const GONE = 'Not saved: this highlight was deleted in another tab.';

/** Save a new highlight at version 1; refused when its id is taken. */
export async function createHighlight(db: Store, record: HighlightRecord): Promise<HighlightRecord> {
  const tx = db.transaction('highlights', 'readwrite');
  if (await tx.store.get(record.id)) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new ConflictError(`A highlight with id ${record.id} exists already`);
  }
  const stored: HighlightRecord = { ...record, version: 1 };
  await tx.store.put(stored);
  await tx.done;
  return stored;
}

/** Apply `patch` to the highlight at `baseVersion`; the stored record is answered. */
export async function updateHighlight(db: Store, id: string, baseVersion: number, patch: NotePatch, now: number): Promise<HighlightRecord> {
  const tx = db.transaction('highlights', 'readwrite');
  const existing = await tx.store.get(id);
  const refuse = async (message: string): Promise<never> => {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new ConflictError(message);
  };
  if (!existing) return refuse(GONE);
  if (versionOf(existing) !== baseVersion) return refuse(STALE_EDIT);
  const changed: Partial<HighlightRecord> = {};
  if (patch.note !== undefined && patch.note !== existing.note) changed.note = patch.note;
  if (patch.tags !== undefined && patch.tags.join('\u0000') !== existing.tags.join('\u0000')) changed.tags = patch.tags;
  if (patch.color !== undefined && patch.color !== existing.color) changed.color = patch.color;
  if (Object.keys(changed).length === 0) {
    await tx.done;
    return existing;
  }
  const stored: HighlightRecord = { ...existing, ...changed, updated: Math.max(now, existing.updated), version: baseVersion + 1 };
  await tx.store.put(stored);
  await tx.done;
  return stored;
}

/**
 * Save a highlight whole (import, migration). Its `created` time is kept from the copy already
 * stored, so a stale record cannot rewrite a highlight's history; the version moves on.
 */
export async function putHighlight(db: Store, record: HighlightRecord): Promise<HighlightRecord> {
  const tx = db.transaction('highlights', 'readwrite');
  const existing = await tx.store.get(record.id);
  const stored = existing ? { ...record, created: existing.created, version: versionOf(existing) + 1 } : record;
  await tx.store.put(stored);
  await tx.done;
  return stored;
}

/** Put back a deleted highlight exactly as it was (undo); refused when the id exists again. */
export async function restoreHighlight(db: Store, record: HighlightRecord): Promise<HighlightRecord> {
  const tx = db.transaction('highlights', 'readwrite');
  if (await tx.store.get(record.id)) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new ConflictError('Not restored: this highlight exists again (restored in another tab?)');
  }
  await tx.store.put(record);
  await tx.done;
  return record;
}

export async function getHighlight(db: Store, id: string): Promise<HighlightRecord | null> {
  return (await db.get('highlights', id)) ?? null;
}

/** Delete a highlight and return it, so that the page can offer to undo; null when there was none. */
export async function deleteHighlight(db: Store, id: string): Promise<HighlightRecord | null> {
  const tx = db.transaction('highlights', 'readwrite');
  const existing = (await tx.store.get(id)) ?? null;
  if (existing) await tx.store.delete(id);
  await tx.done;
  return existing;
}

/** A briefing's highlights, oldest first (the page sorts them by position once anchored). */
export async function listHighlightsByBriefing(db: Store, briefingKey: string): Promise<HighlightRecord[]> {
  const list = await db.getAllFromIndex('highlights', 'briefingKey', briefingKey);
  return list.sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : 1));
}

/** Every highlight, most recently updated first (the notes library). */
export async function listAllHighlights(db: Store): Promise<HighlightRecord[]> {
  return (await db.getAllFromIndex('highlights', 'updated')).reverse();
}

/** How many highlights there are, in one briefing or in all. */
export function countHighlights(db: Store, briefingKey?: string): Promise<number> {
  return briefingKey === undefined ? db.count('highlights') : db.countFromIndex('highlights', 'briefingKey', briefingKey);
}
