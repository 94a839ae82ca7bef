/**
 * An entity's timeline across kept transcripts: for each month, the sections that mention it
 * (what the library's small bar chart shows; each bar opens its sections). A kept section
 * records which entities it mentions, not how often, so a month's count is of sections. Months
 * without a mention between the first and the last are present with 0, so bars sit on a true
 * time axis. Transcripts without a date are left out. Pure.
 */
import type { KeptTranscript } from './transcript';

export interface TimelineSection {
  key: string;
  version: number | null;
  url: string;
  sectionId: string;
  sectionIndex: number;
  sectionTitle: string | null;
  date: string;
}

export interface TimelineMonth {
  /** `YYYY-MM`. */
  month: string;
  count: number;
  sections: TimelineSection[];
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export function entityTimeline(transcripts: readonly (KeptTranscript & { version?: number })[], entityKey: string): TimelineMonth[] {
  const byMonth = new Map<string, TimelineSection[]>();
  for (const t of transcripts) {
    const date = t.header.date;
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    t.sections.forEach((s, i) => {
      if (!s.entities.includes(entityKey)) return;
      const month = date.slice(0, 7);
      const list = byMonth.get(month) ?? [];
      list.push({ key: t.key, version: t.version ?? null, url: t.url, sectionId: s.id, sectionIndex: i, sectionTitle: s.title, date });
      byMonth.set(month, list);
    });
  }
  if (byMonth.size === 0) return [];
  const months = [...byMonth.keys()].sort();
  const out: TimelineMonth[] = [];
  for (let m = months[0]!; m <= months[months.length - 1]!; m = nextMonth(m)) {
    const sections = (byMonth.get(m) ?? []).sort((a, b) => a.date.localeCompare(b.date) || a.sectionIndex - b.sectionIndex);
    out.push({ month: m, count: sections.length, sections });
  }
  return out;
}
