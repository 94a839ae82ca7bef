/**
 * The notes library's model: every highlight grouped by briefing, a full-text index over quote,
 * note and tags (MiniSearch), and the filters (tag, colour, speaker, date range, briefing).
 *
 * Built once per load of the database. The expensive parts are split so the first screen does
 * not wait for them:
 * - the constructor only groups and orders (≈10 ms for 10,000 highlights): groups newest
 *   briefing first, highlights in reading order inside a group. That order is computed once, so
 *   a query never sorts: it walks the ordered list and keeps what matches;
 * - the MiniSearch index is built on demand (`buildIndex()` in chunks after the first render,
 *   or synchronously by the first query that needs it).
 *
 * Search: the extension's one rule (lib/search/words.ts, also the sidebar's): every word of the
 * query begins a word of the quote, note or tags, so Russian inflections are found by their stem
 * ("санкци" → санкций, санкциями). Case and ё/е are folded. No typo tolerance: the sidebar
 * cannot mark a near miss on the page, and one search must mean the same in both places.
 */
import MiniSearch, { type SearchOptions } from 'minisearch';
import { foldWord, wordsOf } from '../search/words';
import type { BriefingRecord, HighlightColor, HighlightRecord } from '../store/schema';
import { speakerKey, speakerLabel } from './entity-names';

export interface LibraryData {
  highlights: HighlightRecord[];
  briefings: BriefingRecord[];
}

export interface LibraryFilters {
  /** A highlight must carry every one of these tags. */
  tags: string[];
  /** A highlight must have one of these colours (none selected: any colour). */
  colors: HighlightColor[];
  /** A `speakerKey`: one speaker however the name is written. */
  speaker: string | null;
  /** Inclusive ISO `YYYY-MM-DD` bounds on the briefing's date; a briefing without a date fails a set bound. */
  dateFrom: string | null;
  dateTo: string | null;
  briefingKey: string | null;
}

export const NO_FILTERS: LibraryFilters = { tags: [], colors: [], speaker: null, dateFrom: null, dateTo: null, briefingKey: null };

/** One briefing's highlights, with what the library shows in its heading. */
export interface BriefingGroup {
  key: string;
  /** The briefing's index record, or null when it was never segmented here (e.g. imported notes). */
  briefing: BriefingRecord | null;
  title: string | null;
  speaker: string | null;
  date: string | null;
  /** Where to open the briefing: its record's URL, else the newest highlight's. */
  url: string;
  highlights: HighlightRecord[];
}

export interface LibraryResult {
  groups: BriefingGroup[];
  /** Highlights over all groups. */
  total: number;
}

export interface IndexCarry {
  from: LibraryIndex;
  changed: readonly HighlightRecord[];
  removed: readonly string[];
}

export interface SpeakerOption {
  key: string;
  label: string;
}

export interface TagCount {
  tag: string;
  count: number;
}

/** Folding used both when indexing and when searching. */
export function foldTerm(term: string): string {
  return foldWord(term);
}

const SEARCH_OPTIONS: SearchOptions = {
  combineWith: 'AND',
  prefix: true,
  boost: { tags: 2, note: 1.5 },
};

function newMiniSearch(): MiniSearch<HighlightRecord> {
  return new MiniSearch<HighlightRecord>({
    idField: 'id',
    fields: ['quote', 'note', 'tags'],
    storeFields: [],
    // The words of lib/search/words.ts, so "a word" means the same here as in the sidebar.
    tokenize: (text) => wordsOf(text),
    extractField: (doc, field) => {
      if (field === 'tags') return doc.tags.join(' ');
      return (doc as unknown as Record<string, unknown>)[field] as string;
    },
    processTerm: (term) => {
      const t = foldTerm(term);
      return t.length > 0 ? t : null;
    },
    searchOptions: SEARCH_OPTIONS,
  });
}

/**
 * Sorts one briefing's highlights into reading order, in place: those with a position selector
 * by its start (an offset into the article text), then those with only a section by the
 * section's order in the briefing and the offset in it, then the rest; ties by creation time and
 * id (stable). Keys are computed once per highlight, not per comparison.
 */
export function sortReadingOrder(highlights: HighlightRecord[], briefing: BriefingRecord | null): HighlightRecord[] {
  const sectionIndex = new Map<string, number>();
  briefing?.sections.forEach((s, i) => sectionIndex.set(s.id, i));
  const n = highlights.length;
  const k1 = new Float64Array(n);
  const k2 = new Float64Array(n);
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const h = highlights[i]!;
    order[i] = i;
    let pos: number | null = null;
    for (const sel of h.selectors) if (sel.type === 'TextPositionSelector') pos = sel.start;
    if (pos !== null) {
      k1[i] = 0;
      k2[i] = pos;
    } else if (h.section) {
      k1[i] = 1 + (sectionIndex.get(h.section.id) ?? sectionIndex.size);
      k2[i] = h.section.offset;
    } else {
      k1[i] = Number.MAX_SAFE_INTEGER;
      k2[i] = 0;
    }
  }
  order.sort(
    (a, b) =>
      k1[a]! - k1[b]! || k2[a]! - k2[b]! || highlights[a]!.created - highlights[b]!.created || cmp(highlights[a]!.id, highlights[b]!.id),
  );
  const sorted = order.map((i) => highlights[i]!);
  for (let i = 0; i < n; i++) highlights[i] = sorted[i]!;
  return highlights;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Groups newest briefing first: by the briefing's date, then (same date, or no date on both) by
 * the latest activity (the record's `lastSeen`, or the newest highlight's `updated`); briefings
 * with no date come after all dated ones.
 */
export function groupHighlights(data: LibraryData): BriefingGroup[] {
  const byKey = new Map<string, BriefingRecord>();
  for (const b of data.briefings) byKey.set(b.key, b);
  const lists = new Map<string, HighlightRecord[]>();
  for (const h of data.highlights) {
    let list = lists.get(h.briefingKey);
    if (!list) lists.set(h.briefingKey, (list = []));
    list.push(h);
  }
  const groups: (BriefingGroup & { activity: number })[] = [];
  for (const [key, highlights] of lists) {
    const briefing = byKey.get(key) ?? null;
    sortReadingOrder(highlights, briefing);
    let newest = highlights[0]!;
    let activity = -Infinity;
    for (const h of highlights) {
      if (h.updated > newest.updated) newest = h;
      if (h.updated > activity) activity = h.updated;
    }
    if (briefing && briefing.lastSeen > activity) activity = briefing.lastSeen;
    groups.push({
      key,
      briefing,
      title: briefing?.title ?? null,
      speaker: briefing?.speaker ?? null,
      date: briefing?.date ?? null,
      url: briefing?.url || newest.url,
      highlights,
      activity,
    });
  }
  groups.sort((a, b) => {
    if (a.date !== b.date) {
      if (a.date === null) return 1;
      if (b.date === null) return -1;
      return a.date < b.date ? 1 : -1;
    }
    return b.activity - a.activity || cmp(a.key, b.key);
  });
  return groups.map(({ activity: _activity, ...g }) => g);
}

export class LibraryIndex {
  readonly groups: BriefingGroup[];
  readonly total: number;
  private readonly highlights: HighlightRecord[];
  private readonly speakerKeys = new Map<string, string>();
  private readonly speakerLabels = new Map<string, Map<string, string>>();
  private mini: MiniSearch<HighlightRecord> | null = null;
  private building: Promise<void> | null = null;
  private buildToken = 0;

  /**
   * `carry`: the index this one replaces after the library's own write (`changed` records put,
   * `removed` ids deleted). Its full-text index is taken over and updated in place rather than
   * rebuilt, which would cost a second for 10,000 highlights on every edit made during a search.
   * The old index must not be queried afterwards.
   */
  constructor(data: LibraryData, carry?: IndexCarry) {
    this.groups = groupHighlights(data);
    this.highlights = data.highlights;
    this.total = data.highlights.length;
    for (const g of this.groups) if (g.speaker && !this.speakerKeys.has(g.speaker)) this.speakerKeys.set(g.speaker, speakerKey(g.speaker));
    const mini = carry?.from.mini;
    if (mini) {
      carry.from.mini = null;
      carry.from.cancelBuild();
      for (const id of carry.removed) if (mini.has(id)) mini.discard(id);
      for (const h of carry.changed) {
        if (mini.has(h.id)) mini.replace(h);
        else mini.add(h);
      }
      this.mini = mini;
    }
  }

  get indexed(): boolean {
    return this.mini !== null;
  }

  /**
   * Builds the full-text index in chunks of `chunkSize` highlights (≈20 ms each for 500),
   * yielding to the page between them. `cancelBuild()` stops it (the page went away).
   */
  buildIndex(chunkSize = 500): Promise<void> {
    if (this.mini) return Promise.resolve();
    if (this.building) return this.building;
    const token = ++this.buildToken;
    const mini = newMiniSearch();
    const docs = this.highlights;
    this.building = new Promise<void>((resolve) => {
      let i = 0;
      const step = () => {
        if (token !== this.buildToken || this.mini) return resolve(); // cancelled, or built by a query meanwhile
        mini.addAll(docs.slice(i, i + chunkSize));
        i += chunkSize;
        if (i < docs.length) setTimeout(step, 0);
        else {
          this.mini = mini;
          resolve();
        }
      };
      setTimeout(step, 0);
    });
    return this.building;
  }

  cancelBuild(): void {
    this.buildToken++;
    this.building = null;
  }

  /** Builds the index now, blocking (a query came before the chunked build finished). */
  buildIndexSync(): void {
    if (this.mini) return;
    const mini = newMiniSearch();
    mini.addAll(this.highlights);
    this.mini = mini;
  }

  /** Ids of the highlights whose quote, note or tags match every word of `query`; null for a blank query. */
  matchingIds(query: string): Set<string> | null {
    if (!query.trim()) return null;
    this.buildIndexSync();
    const hits = this.mini!.search(query);
    const ids = new Set<string>();
    for (const h of hits) ids.add(h.id as string);
    return ids;
  }

  /** The groups and highlights that match the query and every filter, in library order. */
  query(query: string, filters: LibraryFilters = NO_FILTERS): LibraryResult {
    const ids = this.matchingIds(query);
    const colors = filters.colors.length ? new Set<string>(filters.colors) : null;
    const tags = filters.tags;
    const groups: BriefingGroup[] = [];
    let total = 0;
    for (const g of this.groups) {
      if (filters.briefingKey !== null && g.key !== filters.briefingKey) continue;
      if (filters.speaker !== null && (g.speaker === null || this.speakerKeys.get(g.speaker) !== filters.speaker)) continue;
      if (filters.dateFrom !== null && (g.date === null || g.date < filters.dateFrom)) continue;
      if (filters.dateTo !== null && (g.date === null || g.date > filters.dateTo)) continue;
      let kept: HighlightRecord[] | null = null;
      const all = g.highlights;
      for (let i = 0; i < all.length; i++) {
        const h = all[i]!;
        const ok =
          (ids === null || ids.has(h.id)) &&
          (colors === null || colors.has(h.color)) &&
          (tags.length === 0 || tags.every((t) => h.tags.includes(t)));
        if (ok) (kept ??= []).push(h);
      }
      if (kept && kept.length) {
        groups.push(kept.length === all.length ? g : { ...g, highlights: kept });
        total += kept.length;
      }
    }
    return { groups, total };
  }

  /** Every tag with the number of highlights carrying it, most used first. */
  tagCounts(): TagCount[] {
    const counts = new Map<string, number>();
    for (const h of this.highlights) for (const t of new Set(h.tags)) counts.set(t, (counts.get(t) ?? 0) + 1);
    return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  }

  /** The one name shown for a speaker however this briefing spelt it ("М.В.Захарова" → Maria Zakharova in English). */
  speakerName(name: string | null, lang = 'en'): string | null {
    if (name === null) return null;
    const key = this.speakerKeys.get(name) ?? speakerKey(name);
    let labels = this.speakerLabels.get(lang);
    if (!labels) this.speakerLabels.set(lang, (labels = new Map(this.speakers(lang).map((s) => [s.key, s.label]))));
    return labels.get(key) ?? name;
  }

  /**
   * Speakers of the briefings that have highlights, one entry per person however the name was
   * written ("Maria Zakharova", "М.В.Захарова"), labelled for a reader of `lang`, alphabetically.
   */
  speakers(lang = 'en'): SpeakerOption[] {
    const spellings = new Map<string, string[]>();
    for (const [name, key] of this.speakerKeys) {
      const list = spellings.get(key);
      if (list) list.push(name);
      else spellings.set(key, [name]);
    }
    return [...spellings]
      .map(([key, names]) => ({ key, label: speakerLabel(key, names, lang) }))
      .sort((a, b) => a.label.localeCompare(b.label, lang));
  }
}

// ---- briefing index (entities) ------------------------------------------------------------

export interface EntityBriefings {
  key: string;
  /** Briefings mentioning it. */
  briefings: number;
  /** Mentions over all of them. */
  mentions: number;
}

/** Every entity key over the briefing records: in how many briefings, how many mentions; most widespread first. */
export function entityTotals(briefings: readonly BriefingRecord[]): EntityBriefings[] {
  const totals = new Map<string, EntityBriefings>();
  for (const b of briefings) {
    for (const e of b.entities) {
      let t = totals.get(e.key);
      if (!t) totals.set(e.key, (t = { key: e.key, briefings: 0, mentions: 0 }));
      t.briefings++;
      t.mentions += e.count;
    }
  }
  return [...totals.values()].sort((a, b) => b.briefings - a.briefings || b.mentions - a.mentions || cmp(a.key, b.key));
}

export interface BriefingMention {
  briefing: BriefingRecord;
  /** Mentions of the entity in that briefing. */
  count: number;
}

/** The briefings that mention `entityKey`, most mentions first, then newest. */
export function briefingsMentioning(briefings: readonly BriefingRecord[], entityKey: string): BriefingMention[] {
  const out: BriefingMention[] = [];
  for (const b of briefings) {
    const e = b.entities.find((x) => x.key === entityKey);
    if (e) out.push({ briefing: b, count: e.count });
  }
  return out.sort(
    (a, b) => b.count - a.count || cmp(b.briefing.date ?? '', a.briefing.date ?? '') || b.briefing.lastSeen - a.briefing.lastSeen,
  );
}
