/** Highlight records: what the background does with them on request. */
import type { Store } from './db';
import type { HighlightRecord } from './schema';

/**
 * Save a highlight (new or edited) and return what was stored. Its `created` time is kept from
 * the copy already stored, so a page with a stale record cannot rewrite a highlight's history.
 */
export async function putHighlight(db: Store, record: HighlightRecord): Promise<HighlightRecord> {
  const tx = db.transaction('highlights', 'readwrite');
  const existing = await tx.store.get(record.id);
  const stored = existing ? { ...record, created: existing.created } : record;
  await tx.store.put(stored);
  await tx.done;
  return stored;
}

/** Put back a deleted highlight exactly as it was (undo). */
export async function restoreHighlight(db: Store, record: HighlightRecord): Promise<HighlightRecord> {
  await db.put('highlights', record);
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
