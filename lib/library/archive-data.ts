/**
 * What the library's Archive tab reads from the store (the `transcripts` versions, docs/archive.md)
 * and how highlights join its sections. The tab is written against `ArchiveSource`, so tests and
 * the bench can hand it any store; the page wires it to the extension's IndexedDB.
 */
import { getVersion, listLatestTranscripts, listRecentlyKept, listVersions } from '../store/transcripts';
import type { Store } from '../store/db';
import type { HighlightRecord, TranscriptVersionRecord } from '../store/schema';

export interface ArchiveSource {
  /** The most recently kept versions, newest first (first results while the rest loads). */
  recent(count: number): Promise<TranscriptVersionRecord[]>;
  /** The newest version of every kept transcript per key and language, newest date first. */
  latest(): Promise<TranscriptVersionRecord[]>;
  changedKeys(): Promise<string[]>;
  versions(key: string): Promise<TranscriptVersionRecord[]>;
  version(key: string, version: number): Promise<TranscriptVersionRecord | null>;
  /** How many versions each key has (the export's `versions` column). */
  versionCounts(keys: readonly string[]): Promise<Map<string, number>>;
  /** The database's name, for a Worker that reads the store itself (absent: no Worker). */
  dbName?: string;
}

const keyRange = (key: string): IDBKeyRange => IDBKeyRange.bound([key, 0], [key, Number.MAX_SAFE_INTEGER]);

export function storeArchiveSource(open: () => Promise<Store>, dbName?: string): ArchiveSource {
  return {
    recent: async (n) => listRecentlyKept(await open(), n),
    latest: async () => listLatestTranscripts(await open()),
    changedKeys: async () => changedKeys(await open()),
    versions: async (key) => listVersions(await open(), key),
    version: async (key, v) => getVersion(await open(), key, v),
    versionCounts: async (keys) => {
      const db = await open();
      const tx = db.transaction('transcripts');
      // Counts come from the key range alone: no record is read.
      const counts = await Promise.all([...new Set(keys)].map(async (k) => [k, await tx.store.count(keyRange(k))] as const));
      await tx.done;
      return new Map(counts);
    },
    dbName,
  };
}

/**
 * `listChangedKeys` (more than one version in one article language), without reading every
 * record: the page reads the whole archive once already (`latest`), and a second full read in
 * parallel would double the deserialising on the page's thread. The keys alone say which
 * transcripts have a version 2 or later; only their versions are read, to apply the language rule.
 */
async function changedKeys(db: Store): Promise<string[]> {
  const ids = await db.getAllKeys('transcripts');
  const candidates = [...new Set(ids.filter(([, version]) => version > 1).map(([key]) => key))];
  const out: string[] = [];
  for (const key of candidates) {
    const perLanguage = new Map<string, number>();
    for (const v of await listVersions(db, key)) perLanguage.set(v.header.language, (perLanguage.get(v.header.language) ?? 0) + 1);
    if ([...perLanguage.values()].some((n) => n > 1)) out.push(key);
  }
  return out;
}

/** Where a highlight sits for the archive: its briefing key and section id. */
const sectionKey = (key: string, sectionId: string): string => `${key}\u0000${sectionId}`;

/** The library's highlights by (briefing key, section id), oldest first: what a hit shows of them. */
export function highlightsBySection(highlights: readonly HighlightRecord[]): Map<string, HighlightRecord[]> {
  const out = new Map<string, HighlightRecord[]>();
  for (const h of highlights) {
    if (!h.section) continue;
    const k = sectionKey(h.briefingKey, h.section.id);
    const list = out.get(k);
    if (list) list.push(h);
    else out.set(k, [h]);
  }
  for (const list of out.values()) list.sort((a, b) => a.created - b.created);
  return out;
}

export function highlightsOf(
  joined: ReadonlyMap<string, readonly HighlightRecord[]>,
  key: string,
  sectionId: string,
): readonly HighlightRecord[] {
  return joined.get(sectionKey(key, sectionId)) ?? [];
}

/** The identity of a kept version, as the Worker reports its order. */
export const versionId = (t: Pick<TranscriptVersionRecord, 'key' | 'version'>): string => `${t.key}\u0000${t.version}`;

/** Entities of the archive, by key with their label and type, most mentioned first (the pickers). */
export interface ArchiveEntity {
  key: string;
  type: string;
  label: string;
  /** Kept transcripts that mention it. */
  transcripts: number;
}

/** Labels are taken from a transcript in `lang` (the UI's) when one mentions the entity: "OSCE", not "ОБСЕ", in English. */
export function archiveEntities(list: readonly TranscriptVersionRecord[], lang: string, types?: readonly string[]): ArchiveEntity[] {
  const byKey = new Map<string, ArchiveEntity & { inLang: boolean }>();
  for (const t of list) {
    const inLang = t.header.language === lang;
    for (const e of t.entities) {
      if (types && !types.includes(e.type)) continue;
      const have = byKey.get(e.key);
      if (!have) byKey.set(e.key, { key: e.key, type: e.type, label: e.label, transcripts: 1, inLang });
      else {
        have.transcripts++;
        if (inLang && !have.inLang) Object.assign(have, { label: e.label, inLang });
      }
    }
  }
  return [...byKey.values()].sort((a, b) => b.transcripts - a.transcripts || a.label.localeCompare(b.label));
}

/** The distinct speakers of the archive (the transcripts' and the answering ones), for the filter's suggestions. */
export function archiveSpeakers(list: readonly TranscriptVersionRecord[]): string[] {
  const names = new Set<string>();
  for (const t of list) {
    if (t.header.speaker) names.add(t.header.speaker);
    for (const s of t.sections) if (s.speaker) names.add(s.speaker);
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}

const LABEL_CHARS = 90;

/**
 * What names a section in lists: its title; a Q&A pair without one (remarks, interviews) by its
 * question; a statement without one by its first words. Null when it has no text at all.
 */
export function sectionLabel(s: { title: string | null; question: string | null; text: string }): string | null {
  if (s.title) return s.title;
  const words = (s.question ?? s.text).replace(/\s+/g, ' ').trim();
  if (!words) return null;
  if (words.length <= LABEL_CHARS) return words;
  const cut = words.lastIndexOf(' ', LABEL_CHARS);
  return `${words.slice(0, cut > LABEL_CHARS / 2 ? cut : LABEL_CHARS)}…`;
}
