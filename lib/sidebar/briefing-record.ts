/** The small record the library keeps of every briefing read (even without highlights). */
import type { Briefing } from '../briefing/model';
import type { EntityGroup } from '../entities/types';
import type { BriefingRecord } from '../store/schema';

export function briefingRecord(
  b: Pick<Briefing, 'header' | 'sections'>,
  key: string,
  url: string,
  groups: readonly EntityGroup[],
  now: number,
): BriefingRecord {
  // The label as this briefing showed it: the library finds a person by any name it was read under.
  const entities = groups.map((g) => ({ key: g.key, count: g.count, label: g.label }));
  return {
    key,
    url,
    title: b.header.title,
    speaker: b.header.speaker,
    date: b.header.date,
    language: b.header.language,
    sections: b.sections.map((s) => ({ id: s.id, title: s.title })),
    entities,
    entityKeys: entities.map((e) => e.key),
    firstSeen: now,
    lastSeen: now,
  };
}
