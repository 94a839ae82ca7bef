/**
 * The IndexedDB schema of the notes store, every version of it, and the upgrade path between
 * them. The store lives in the background (extension origin): see `db.ts`.
 *
 * Versions:
 *   v1  `highlights` keyed by `id`, indexed by page `url`; a highlight was a flat record (quote,
 *       prefix, suffix, start, end, colour, note, createdAt).
 *   v2  `highlights` keyed by `id`, grouped by canonical `briefingKey` (so a briefing reached by
 *       another address finds its notes), with W3C selectors, the section, tags and timestamps;
 *       indexes `briefingKey`, `updated`, `tags` (multi-entry). New store
 *       `briefings`: one index record per segmented briefing, indexes `lastSeen`, `date`,
 *       `entityKeys` (multi-entry), for the notes library.
 *   v3  New store `transcripts`: the archive of kept transcripts, one record per version, keyed
 *       `[key, version]` (see `lib/store/transcripts.ts`), indexed by `keptAt`. The v2 indexes
 *       `highlights.tags`, `briefings.date` and `briefings.entityKeys` are dropped: nothing ever
 *       queried them (the library filters in memory, the archive has its own word index), and
 *       each cost a write on every save. The fields stay in the records.
 *
 * Rule for later versions: never change what an old version's step does; add `upgradeToV<n>`
 * and a line in `STEPS`, and a test that opens a database of the previous version with data in it.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Language } from '../briefing/model';
import type { SectionRef, Selector } from '../anchoring/types';
import type { KeptTranscript } from '../archive/transcript';
import { canonicalBriefingKey } from './canonical-url';

export const DB_NAME = 'briefing-lens';
export const DB_VERSION = 3;

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** A saved highlight (v2). Offsets in `selectors` are UTF-16 offsets into the article text. */
export interface HighlightRecord {
  id: string;
  /** `canonicalBriefingKey` of the page: what groups a briefing's highlights. */
  briefingKey: string;
  /** The address the highlight was made on, to link back to ('' for a v1 record that had none). */
  url: string;
  /** One `TextQuoteSelector`, at most one `TextPositionSelector` (W3C Web Annotation). */
  selectors: Selector[];
  /** The Briefing-model section it was made in, and its offset there. */
  section: SectionRef | null;
  /** The highlighted text (= the quote selector's `exact`), kept flat for lists and search. */
  quote: string;
  color: HighlightColor;
  note: string;
  tags: string[];
  /** Milliseconds since the epoch. */
  created: number;
  updated: number;
  /** Language of the article text it was made on (`?lang=` switches it under the same key). */
  language?: Language;
  /** Bumped on every change, so a stale edit from another tab is refused; absent means 1. */
  version?: number;
}

export const versionOf = (r: Pick<HighlightRecord, 'version'>): number => r.version ?? 1;

export interface BriefingSectionSummary {
  id: string;
  title: string | null;
}

export interface EntityCount {
  key: string;
  count: number;
  /**
   * The name as the briefing showed it (the gazetteer name in the briefing's script, else the
   * fullest mention). Optional, no version bump: records written before it have none, and the
   * library then falls back to a label guessed from the key.
   */
  label?: string;
}

/** The index record of a segmented briefing (v2), for the notes library. */
export interface BriefingRecord {
  key: string;
  url: string;
  title: string | null;
  speaker: string | null;
  /** ISO `YYYY-MM-DD`. */
  date: string | null;
  language: Language | null;
  sections: BriefingSectionSummary[];
  entities: EntityCount[];
  /** The keys of `entities`, kept apart for the multi-entry index (derived on write). */
  entityKeys: string[];
  firstSeen: number;
  lastSeen: number;
}

/**
 * One kept version of a transcript (v3). Versions of a key are numbered from 1 in the order
 * they were kept; a version is never rewritten except for `lastSeen`.
 */
export interface TranscriptVersionRecord extends KeptTranscript {
  version: number;
  /** The last time the reader's page had exactly this text (ms since the epoch). */
  lastSeen: number;
}

/** v3 database. */
export interface BriefingLensDB extends DBSchema {
  highlights: {
    key: string;
    value: HighlightRecord;
    indexes: { briefingKey: string; updated: number };
  };
  briefings: {
    key: string;
    value: BriefingRecord;
    indexes: { lastSeen: number };
  };
  transcripts: {
    key: [string, number];
    value: TranscriptVersionRecord;
    indexes: { keptAt: number };
  };
}

/** v2 database (for the upgrade test: a v2 database with data in it). */
export interface BriefingLensDBv2 extends DBSchema {
  highlights: {
    key: string;
    value: HighlightRecord;
    indexes: { briefingKey: string; updated: number; tags: string };
  };
  briefings: {
    key: string;
    value: BriefingRecord;
    indexes: { lastSeen: number; date: string; entityKeys: string };
  };
}

/** A v1 highlight, as the first release stored it. */
export interface HighlightV1 {
  id: string;
  url: string;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  color: string;
  note: string;
  createdAt: number;
}

/** v1 database. */
export interface BriefingLensDBv1 extends DBSchema {
  highlights: { key: string; value: HighlightV1; indexes: { url: string } };
}

// The upgrade runs across versions, so it works on the database without a fixed schema type.
type AnyDB = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>;

/** v0 → v1. */
export function upgradeToV1(db: AnyDB): void {
  const highlights = db.createObjectStore('highlights', { keyPath: 'id' });
  highlights.createIndex('url', 'url');
}

/** v1 → v2: new indexes and the `briefings` store, and every v1 highlight rewritten in v2 shape. */
export async function upgradeToV2(db: AnyDB, tx: UpgradeTx): Promise<void> {
  const highlights = tx.objectStore('highlights');
  highlights.deleteIndex('url');
  highlights.createIndex('briefingKey', 'briefingKey');
  highlights.createIndex('updated', 'updated');
  highlights.createIndex('tags', 'tags', { multiEntry: true });

  const briefings = db.createObjectStore('briefings', { keyPath: 'key' });
  briefings.createIndex('lastSeen', 'lastSeen');
  briefings.createIndex('date', 'date');
  briefings.createIndex('entityKeys', 'entityKeys', { multiEntry: true });

  for (let cursor = await highlights.openCursor(); cursor; cursor = await cursor.continue()) {
    await cursor.update(highlightFromV1(cursor.value as HighlightV1));
  }
}

/**
 * A v1 record in v2 shape. Nothing is dropped: a record whose URL is not an article address
 * keeps that URL as its key, and an odd one still carries its quote and note (at worst it
 * becomes an orphan, listed with both).
 */
export function highlightFromV1(old: Partial<HighlightV1> & { id: string }): HighlightRecord {
  const url = typeof old.url === 'string' ? old.url : '';
  const exact = typeof old.quote === 'string' ? old.quote : '';
  const selectors: Selector[] = [{ type: 'TextQuoteSelector', exact, prefix: stringOr(old.prefix, ''), suffix: stringOr(old.suffix, '') }];
  if (Number.isInteger(old.start) && Number.isInteger(old.end) && old.start! >= 0 && old.start! < old.end!) {
    selectors.push({ type: 'TextPositionSelector', start: old.start!, end: old.end! });
  }
  const created = Number.isFinite(old.createdAt) ? old.createdAt! : 0;
  const color = (HIGHLIGHT_COLORS as readonly string[]).includes(old.color ?? '') ? (old.color as HighlightColor) : 'yellow';
  return {
    id: old.id,
    briefingKey: canonicalBriefingKey(url) ?? url,
    url,
    selectors,
    section: null,
    quote: exact,
    color,
    note: stringOr(old.note, ''),
    tags: [],
    created,
    updated: created,
  };
}

/** v2 → v3: the `transcripts` store; the three indexes nothing queried are dropped. */
export function upgradeToV3(db: AnyDB, tx: UpgradeTx): void {
  tx.objectStore('highlights').deleteIndex('tags');
  const briefings = tx.objectStore('briefings');
  briefings.deleteIndex('date');
  briefings.deleteIndex('entityKeys');
  const transcripts = db.createObjectStore('transcripts', { keyPath: ['key', 'version'] });
  transcripts.createIndex('keptAt', 'keptAt');
}

/** Each version's step; `upgradeDatabase` runs those between the old and the new version in order. */
const STEPS: Record<number, (db: AnyDB, tx: UpgradeTx) => void | Promise<void>> = {
  1: upgradeToV1,
  2: upgradeToV2,
  3: upgradeToV3,
};

/**
 * idb's `upgrade` callback. Steps run in order inside the versionchange transaction; a step
 * that returns a promise (it walks records) delays the next one until it is done. Each step
 * starts synchronously in the callback or in an IndexedDB request's continuation, where the
 * transaction is still active. If a step fails the transaction is aborted, so the open fails and
 * the database stays at its old version with its data intact, rather than half-migrated.
 */
export function upgradeDatabase(db: AnyDB, oldVersion: number, newVersion: number | null, tx: UpgradeTx): void {
  // An aborted upgrade is reported by the open request (openDB rejects); the transaction's own
  // `done` promise would otherwise reject unobserved.
  tx.done.catch(() => undefined);
  const abort = (): void => {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing more to undo.
    }
  };
  const run = (v: number, target: number): void | Promise<void> => {
    if (v > target) return;
    const step = STEPS[v];
    if (!step) throw new Error(`No upgrade step to version ${v}`);
    const pending = step(db, tx);
    return pending ? pending.then(() => run(v + 1, target)) : run(v + 1, target);
  };
  try {
    const pending = run(oldVersion + 1, newVersion ?? DB_VERSION);
    pending?.catch(abort);
  } catch {
    abort();
  }
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}
