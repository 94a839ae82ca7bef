/**
 * The archive's versions of kept transcripts (store `transcripts`, v3): one record per version,
 * keyed `[key, version]`. One record per version rather than one growing record per key: adding
 * a version writes only that version (a transcript is ~50 KB), nothing already kept is ever
 * rewritten (only `lastSeen`), and all versions of a key are one key range for reading and
 * forgetting.
 *
 * Versions are compared per article language: the English and Russian texts of one briefing share
 * its key (`?lang=` switches the article), and reading one after the other is not an edit.
 */
import type { KeptTranscript } from '../archive/transcript';
import type { Store } from './db';
import type { TranscriptVersionRecord } from './schema';

export type KeepOutcome =
  /** First time this key (in this language) is kept: version `record.version`. */
  | { status: 'new'; record: TranscriptVersionRecord }
  /** Same text as the latest version in this language: nothing added, its `lastSeen` moved. */
  | { status: 'unchanged'; record: TranscriptVersionRecord }
  /** The text differs: a new version beside `previous`, which is kept as it was. */
  | { status: 'changed'; record: TranscriptVersionRecord; previous: TranscriptVersionRecord };

const range = (key: string): IDBKeyRange => IDBKeyRange.bound([key, 0], [key, Number.MAX_SAFE_INTEGER]);

/**
 * Keep a transcript: compare its hash with the latest version in the same language and add a
 * version only when the text changed. One readwrite transaction, so two tabs keeping the same
 * page at once cannot both add a version.
 */
export async function keepTranscript(db: Store, kept: KeptTranscript, now: number = kept.keptAt): Promise<KeepOutcome> {
  const tx = db.transaction('transcripts', 'readwrite');
  let latestNumber = 0;
  let previous: TranscriptVersionRecord | null = null;
  for (let c = await tx.store.openCursor(range(kept.key), 'prev'); c; c = await c.continue()) {
    latestNumber ||= c.value.version;
    if (c.value.header.language === kept.header.language) {
      previous = c.value;
      break;
    }
  }
  let outcome: KeepOutcome;
  if (previous && previous.hash === kept.hash) {
    const record = { ...previous, lastSeen: now };
    await tx.store.put(record);
    outcome = { status: 'unchanged', record };
  } else {
    const record: TranscriptVersionRecord = { ...kept, version: latestNumber + 1, lastSeen: now };
    await tx.store.add(record);
    outcome = previous ? { status: 'changed', record, previous } : { status: 'new', record };
  }
  await tx.done;
  return outcome;
}

/** Every version of a transcript, oldest first. */
export async function listVersions(db: Store, key: string): Promise<TranscriptVersionRecord[]> {
  return db.getAll('transcripts', range(key));
}

export async function getVersion(db: Store, key: string, version: number): Promise<TranscriptVersionRecord | null> {
  return (await db.get('transcripts', [key, version])) ?? null;
}

/** The newest version of a transcript (in `language` when given), or null when none is kept. */
export async function latestVersion(db: Store, key: string, language?: string): Promise<TranscriptVersionRecord | null> {
  const tx = db.transaction('transcripts');
  for (let c = await tx.store.openCursor(range(key), 'prev'); c; c = await c.continue()) {
    if (language === undefined || c.value.header.language === language) return c.value;
  }
  return null;
}

/** "Forget this transcript": every version of it goes. Returns how many were removed. */
export async function forgetTranscript(db: Store, key: string): Promise<number> {
  const tx = db.transaction('transcripts', 'readwrite');
  const n = await tx.store.count(range(key));
  await tx.store.delete(range(key));
  await tx.done;
  return n;
}

/**
 * The newest version of every kept transcript per key and language (what the archive searches),
 * newest date first, then most recently kept. Older versions stay reachable by `listVersions`.
 */
export async function listLatestTranscripts(db: Store): Promise<TranscriptVersionRecord[]> {
  const latest = new Map<string, TranscriptVersionRecord>();
  // Keys come in [key, version] order, so a later version replaces an earlier one.
  for (const r of await db.getAll('transcripts')) latest.set(`${r.key}\u0000${r.header.language}`, r);
  return [...latest.values()].sort((a, b) => (b.header.date ?? '').localeCompare(a.header.date ?? '') || b.keptAt - a.keptAt);
}

/** Keys of the transcripts with more than one version in one language: "changed" in the library. */
export async function listChangedKeys(db: Store): Promise<string[]> {
  const counts = new Map<string, { key: string; n: number }>();
  for (const r of await db.getAll('transcripts')) {
    const id = `${r.key}\u0000${r.header.language}`;
    const c = counts.get(id) ?? { key: r.key, n: 0 };
    c.n++;
    counts.set(id, c);
  }
  return [...new Set([...counts.values()].filter((c) => c.n > 1).map((c) => c.key))];
}

/**
 * The `count` most recently kept versions, newest first: what the Archive tab can search at once
 * (with `scanSearch`) while the whole archive is read and indexed.
 */
export async function listRecentlyKept(db: Store, count: number): Promise<TranscriptVersionRecord[]> {
  const out: TranscriptVersionRecord[] = [];
  const tx = db.transaction('transcripts');
  for (let c = await tx.store.index('keptAt').openCursor(null, 'prev'); c && out.length < count; c = await c.continue()) out.push(c.value);
  return out;
}
