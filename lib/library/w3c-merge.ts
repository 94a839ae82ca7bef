/**
 * Import, the merge plan: each parsed record against what the database holds, by id (highlights)
 * or key (briefings): new, updated, unchanged, or older than ours. `apply.ts` writes a plan.
 */
import type { BriefingRecord, HighlightRecord } from '../store/schema';
import type { ParsedImport, Rejected } from './w3c-import';

export interface MergeBuckets<T> {
  /** Not in the database. */
  new: T[];
  /** In the database, different, and not newer there: will replace it. */
  updated: T[];
  /** Identical in the database. */
  unchanged: T[];
  /** In the database and modified there later than in the file: the database's copy is kept. */
  older: T[];
}

export interface ImportPlan {
  highlights: MergeBuckets<HighlightRecord>;
  briefings: MergeBuckets<BriefingRecord>;
  rejected: Rejected[];
  annotationCount: number;
}

export interface Existing {
  highlights: Iterable<HighlightRecord>;
  briefings: Iterable<BriefingRecord>;
}

/** Merge plan of parsed records against what the database holds (see the module comment). */
export function planImport(parsed: ParsedImport, existing: Existing): ImportPlan {
  const hs = new Map<string, HighlightRecord>();
  for (const h of existing.highlights) hs.set(h.id, h);
  const bs = new Map<string, BriefingRecord>();
  for (const b of existing.briefings) bs.set(b.key, b);
  const highlights: MergeBuckets<HighlightRecord> = { new: [], updated: [], unchanged: [], older: [] };
  for (const h of parsed.highlights) {
    const old = hs.get(h.id);
    if (!old) highlights.new.push(h);
    else if (deepEqual(old, h)) highlights.unchanged.push(h);
    else if (old.updated > h.updated) highlights.older.push(h);
    else highlights.updated.push(h);
  }
  const briefings: MergeBuckets<BriefingRecord> = { new: [], updated: [], unchanged: [], older: [] };
  for (const b of parsed.briefings) {
    const old = bs.get(b.key);
    if (!old) briefings.new.push(b);
    else {
      const merged = mergeBriefing(old, b);
      if (deepEqual(old, merged)) briefings.unchanged.push(b);
      else if (old.lastSeen > b.lastSeen) briefings.older.push(b);
      else briefings.updated.push(merged);
    }
  }
  return { highlights, briefings, rejected: parsed.rejected, annotationCount: parsed.annotationCount };
}

/** The file's record, keeping the earlier first sighting. */
export function mergeBriefing(existing: BriefingRecord, incoming: BriefingRecord): BriefingRecord {
  return existing.firstSeen < incoming.firstSeen ? { ...incoming, firstSeen: existing.firstSeen } : incoming;
}

/** Whether a plan would write anything. */
export function planWrites(plan: ImportPlan): number {
  return plan.highlights.new.length + plan.highlights.updated.length + plan.briefings.new.length + plan.briefings.updated.length;
}

/** Structural equality of JSON-like values (records as stored); `undefined` properties count as absent. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], bb[i])) return false;
    return true;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const ak = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bk = Object.keys(bo).filter((k) => bo[k] !== undefined);
  if (ak.length !== bk.length) return false;
  for (const k of ak) if (!Object.hasOwn(bo, k) || !deepEqual(ao[k], bo[k])) return false;
  return true;
}
