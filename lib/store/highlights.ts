/** Highlight records: what the background does with them on request. */
import type { Store } from './db';
import type { HighlightRecord } from './schema';
import { limitProblem, type LimitProblem } from './limits';

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

/** What an edit may change; everything else of a highlight is fixed when it is made. */
export type HighlightPatch = Partial<Pick<HighlightRecord, 'note' | 'tags' | 'color'>>;

export type UpdateResult =
  /** The record as stored, and the fields that changed ([] when the patch changed nothing). */
  | { ok: true; record: HighlightRecord; changed: (keyof HighlightPatch)[] }
  /** `missing`: deleted meanwhile (nothing is written); `limit`: over a limit of limits.ts. */
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'limit'; problem: LimitProblem };

/**
 * Edit a highlight: read it and write it back in one transaction with only the patched fields
 * that differ, so an edit of the note does not undo a colour changed meanwhile elsewhere.
 * `updated` moves forward (never back, even on a clock set back). Text over a limit is refused
 * as it is, never shortened. A highlight deleted meanwhile is not brought back.
 */
export async function updateHighlight(db: Store, id: string, patch: HighlightPatch, now: number = Date.now()): Promise<UpdateResult> {
  const problem = limitProblem(patch.note ?? '', patch.tags ?? []);
  if (problem) return { ok: false, reason: 'limit', problem };
  const tx = db.transaction('highlights', 'readwrite');
  const existing = await tx.store.get(id);
  if (!existing) {
    await tx.done;
    return { ok: false, reason: 'missing' };
  }
  const changed: (keyof HighlightPatch)[] = [];
  const next: HighlightRecord = { ...existing };
  if (patch.note !== undefined && patch.note !== existing.note) {
    next.note = patch.note;
    changed.push('note');
  }
  if (patch.tags !== undefined && !sameList(patch.tags, existing.tags)) {
    next.tags = [...patch.tags];
    changed.push('tags');
  }
  if (patch.color !== undefined && patch.color !== existing.color) {
    next.color = patch.color;
    changed.push('color');
  }
  if (changed.length === 0) {
    await tx.done;
    return { ok: true, record: existing, changed };
  }
  next.updated = Math.max(now, existing.updated + 1);
  await tx.store.put(next);
  await tx.done;
  return { ok: true, record: next, changed };
}

/**
 * Undo of a delete: put the highlight back exactly as it was, unless a highlight with its id
 * exists again (then that one is kept). Returns whether it was put back.
 */
export async function undeleteHighlight(db: Store, record: HighlightRecord): Promise<boolean> {
  const tx = db.transaction('highlights', 'readwrite');
  const exists = (await tx.store.getKey(record.id)) !== undefined;
  if (!exists) await tx.store.add(record);
  await tx.done;
  return !exists;
}

/** Tags as the reader types them: comma-separated, trimmed, empty ones and repeats dropped. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((t) => t.trim().replace(/\s+/g, ' ')).filter(Boolean))];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
