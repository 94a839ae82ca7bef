/**
 * The orders the library's list can be sorted in, as rows of a windowed list: headings and
 * highlights. Pure; the groups come from `LibraryIndex.query` (already filtered).
 *
 * - `briefing-date`: under each briefing (newest briefing first), highlights in reading order;
 * - `newest`: every highlight, most recently made first, no headings (each row names its briefing);
 * - `colour`: under each colour (the palette's order), highlights by briefing date then reading order.
 */
import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightRecord } from '../store/schema';
import type { BriefingGroup } from './search';

export const SORT_ORDERS = ['briefing-date', 'newest', 'colour'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export type ListRow =
  | { kind: 'briefing'; group: BriefingGroup; count: number }
  | { kind: 'colour'; colour: HighlightColor; count: number }
  | { kind: 'highlight'; h: HighlightRecord; group: BriefingGroup; showBriefing: boolean };

export function arrangeRows(groups: readonly BriefingGroup[], order: SortOrder): ListRow[] {
  const rows: ListRow[] = [];
  if (order === 'briefing-date') {
    for (const group of groups) {
      rows.push({ kind: 'briefing', group, count: group.highlights.length });
      for (const h of group.highlights) rows.push({ kind: 'highlight', h, group, showBriefing: false });
    }
    return rows;
  }
  if (order === 'newest') {
    const all: { h: HighlightRecord; group: BriefingGroup }[] = [];
    for (const group of groups) for (const h of group.highlights) all.push({ h, group });
    all.sort((a, b) => b.h.created - a.h.created || (a.h.id < b.h.id ? -1 : a.h.id > b.h.id ? 1 : 0));
    for (const { h, group } of all) rows.push({ kind: 'highlight', h, group, showBriefing: true });
    return rows;
  }
  const byColor = new Map<HighlightColor, { h: HighlightRecord; group: BriefingGroup }[]>();
  for (const group of groups) {
    for (const h of group.highlights) {
      let list = byColor.get(h.color);
      if (!list) byColor.set(h.color, (list = []));
      list.push({ h, group });
    }
  }
  for (const colour of HIGHLIGHT_COLORS) {
    const list = byColor.get(colour);
    if (!list) continue;
    rows.push({ kind: 'colour', colour, count: list.length });
    for (const { h, group } of list) rows.push({ kind: 'highlight', h, group, showBriefing: true });
  }
  return rows;
}

/** A stable key for a row (the windowed list keeps focus and measured heights by it). */
export function rowKey(row: ListRow): string {
  return row.kind === 'highlight' ? `h:${row.h.id}` : row.kind === 'briefing' ? `b:${row.group.key}` : `c:${row.colour}`;
}
