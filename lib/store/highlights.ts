/**
 * Highlight records: what the background and the library (extension pages) do with them.
 *
 * Edits are versioned. Two tabs of one briefing (the English page and its `?lang=` alias share a
 * key) may edit the same highlight: an edit names the version its editor opened on, a stale one
 * is refused with a message the reader can act on, only the fields that changed are written, and
 * a highlight deleted meanwhile is never brought back — so no edit is lost silently.
 */
import type { Store } from './db';
import { limitProblem, type LimitProblem } from './limits';
import { versionOf, type HighlightRecord } from './schema';

/** A refusal the reader should see as it is (not an internal failure). */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

export const STALE_EDIT = 'Not saved: this highlight was changed in another tab. Its latest version is shown now; make your change again.';
export const GONE = 'Not saved: this highlight was deleted in another tab.';

/** What an edit may change; everything else of a highlight is fixed when it is made. */
export type HighlightPatch = Partial<Pick<HighlightRecord, 'note' | 'tags' | 'color'>>;

export type UpdateResult =
  /** The record as stored, and the fields that changed ([] when the patch changed nothing). */
  | { ok: true; record: HighlightRecord; changed: (keyof HighlightPatch)[] }
  /** `missing`: deleted meanwhile; `stale`: changed since the editor opened (nothing is written). */
  | { ok: false; reason: 'missing' | 'stale' }
  /** Over a limit of limits.ts: refused as it is, never shortened. */
  | { ok: false; reason: 'limit'; problem: LimitProblem };

export interface UpdateOptions {
  now?: number;
  /** The version the edit started from; omitted, the edit applies to whatever is stored. */
  baseVersion?: number;
}

/** Save a new highlight at version 1; refused when its id is taken (a create never overwrites). */
export async function createHighlight(db: Store, record: HighlightRecord): Promise<HighlightRecord> {
  const stored: HighlightRecord = { ...record, version: 1 };
  const tx = db.transaction('highlights', 'readwrite');
  if ((await tx.store.getKey(record.id)) !== undefined) {
    await tx.done;
    throw new ConflictError(`A highlight with id ${record.id} exists already`);
  }
  await tx.store.add(stored);
  await tx.done;
  return stored;
}

/**
 * Edit a highlight: read it and write it back in one transaction with only the patched fields
 * that differ, so an edit of the note does not undo a colour changed meanwhile elsewhere.
 * `updated` moves forward (never back, even on a clock set back) and the version by one.
 */
export async function updateHighlight(db: Store, id: string, patch: HighlightPatch, opts: UpdateOptions = {}): Promise<UpdateResult> {
  const problem = limitProblem(patch.note ?? '', patch.tags ?? []);
  if (problem) return { ok: false, reason: 'limit', problem };
  const tx = db.transaction('highlights', 'readwrite');
  const existing = await tx.store.get(id);
  if (!existing || (opts.baseVersion !== undefined && versionOf(existing) !== opts.baseVersion)) {
    await tx.done;
    return { ok: false, reason: existing ? 'stale' : 'missing' };
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
  next.updated = Math.max(opts.now ?? Date.now(), existing.updated + 1);
  next.version = versionOf(existing) + 1;
  await tx.store.put(next);
  await tx.done;
  return { ok: true, record: next, changed };
}

/** An update's refusal as the reader's message (the background answers with it). */
export function updateRefusal(r: Extract<UpdateResult, { ok: false }>): string {
  if (r.reason !== 'limit') return r.reason === 'missing' ? GONE : STALE_EDIT;
  const p = r.problem;
  return p.code === 'note-too-long'
    ? `Not saved: the note has ${p.actual} characters; at most ${p.limit} fit`
    : p.code === 'too-many-tags'
      ? `Not saved: ${p.actual} tags; at most ${p.limit} fit`
      : `Not saved: a tag has ${p.actual} characters; at most ${p.limit} fit`;
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

/** A briefing's highlights, oldest first (the frame sorts them by position once anchored). */
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

/** Tags as the reader types them: comma-separated, trimmed, empty ones and repeats dropped. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim().replace(/\s+/g, ' '))
        .filter(Boolean),
    ),
  ];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
