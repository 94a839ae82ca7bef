/** The briefing index: one small record per briefing the reader has opened (for the library). */
import type { Store } from './db';
import type { BriefingRecord } from './schema';
import type { BriefingInput } from './records';

/**
 * Record that a briefing was seen now: insert, or replace its details keeping when it was first
 * seen. `entityKeys` is derived from `entities` here, so it cannot disagree with them.
 */
export async function upsertBriefing(db: Store, input: BriefingInput, now: number = Date.now()): Promise<BriefingRecord> {
  const tx = db.transaction('briefings', 'readwrite');
  const existing = await tx.store.get(input.key);
  const record: BriefingRecord = {
    key: input.key,
    url: input.url,
    title: input.title,
    speaker: input.speaker,
    date: input.date,
    language: input.language,
    sections: input.sections.map((s) => ({ id: s.id, title: s.title })),
    entities: input.entities.map((e) => (e.label ? { key: e.key, count: e.count, label: e.label } : { key: e.key, count: e.count })),
    entityKeys: [...new Set(input.entities.map((e) => e.key))],
    firstSeen: existing?.firstSeen ?? input.firstSeen ?? now,
    lastSeen: now,
  };
  await tx.store.put(record);
  await tx.done;
  return record;
}

export async function getBriefing(db: Store, key: string): Promise<BriefingRecord | null> {
  return (await db.get('briefings', key)) ?? null;
}

/** Every briefing, most recently seen first. */
export async function listBriefings(db: Store): Promise<BriefingRecord[]> {
  return (await db.getAllFromIndex('briefings', 'lastSeen')).reverse();
}
