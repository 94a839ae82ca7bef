/**
 * Full-text search across every section of every kept transcript (the library's Archive tab).
 * One document per section: its title, question and text. Matching is the extension's one rule
 * (lib/search/words.ts `matchesAllWords`): every query word begins a word of the section, case
 * and ё/е folded, in Russian and English alike. Filters: kind, speaker, asker, date range,
 * entity. Each hit carries what the list shows, and a snippet with the words marked as plain
 * `{ before, match, after }` strings (no HTML: the UI renders them as text).
 *
 * Order: transcripts in the order given (`listLatestTranscripts`: newest first), sections in page
 * order. The word index (word-index.ts) is built in slices or in a Worker; see docs/archive.md.
 */
import type { TranscriptKind } from '../briefing/model';
import { matchesAllWords, queryWords, wordSpans, wordsOf } from '../search/words';
import type { KeptSection, KeptTranscript } from './transcript';
import { buildWordIndex, matchingDocs, type BuildOptions, type BuildReport, type WordIndexData } from './word-index';

/** A transcript as searched: a kept version (its number when it came from the store). */
export type SearchableTranscript = KeptTranscript & { version?: number };

export interface ArchiveFilters {
  kind?: TranscriptKind | null;
  /** Words of the answering speaker's name (Q&A), else of the transcript's speaker. */
  speaker?: string | null;
  /** Words of the asker ("RIA"): only Q&A sections whose question names one. */
  asker?: string | null;
  /** Inclusive ISO `YYYY-MM-DD` bounds on the transcript's date; a transcript without one fails a set bound. */
  dateFrom?: string | null;
  dateTo?: string | null;
  /** An entity key (`place:moscow`): sections that mention it. */
  entity?: string | null;
}

export interface SnippetPart {
  before: string;
  match: string;
  after: string;
}

export interface ArchiveHit {
  key: string;
  version: number | null;
  url: string;
  /** `url#sectionId`: "Open" on the site at the section. */
  link: string;
  sectionId: string;
  sectionIndex: number;
  sectionTitle: string | null;
  transcriptTitle: string | null;
  date: string | null;
  kind: TranscriptKind;
  speaker: string | null;
  asker: string | null;
  /** One piece per query word found (in text order), each with some context; for no words, the start of the text. */
  snippet: SnippetPart[];
}

export interface ArchiveResult {
  hits: ArchiveHit[];
  /** Matching sections in all (hits stop at the limit). */
  total: number;
}

/** What is indexed of a section (and what a snippet is cut from). */
export function sectionSearchText(s: KeptSection): string {
  return [s.title ?? '', s.question ?? '', s.text].join('\n');
}

/** The documents of the index: every section of every transcript, in order. */
export function searchTexts(transcripts: readonly SearchableTranscript[]): string[] {
  return transcripts.flatMap((t) => t.sections.map(sectionSearchText));
}

const MAX_QUERY_WORDS = 32;
const CONTEXT = 60;

export class ArchiveIndex {
  /** For document d: its transcript and section. */
  private readonly docT: Uint32Array;
  private readonly docS: Uint32Array;

  private constructor(
    readonly transcripts: readonly SearchableTranscript[],
    private readonly words: WordIndexData,
  ) {
    const n = transcripts.reduce((sum, t) => sum + t.sections.length, 0);
    if (n !== words.docCount) throw new Error(`The word index has ${words.docCount} documents for ${n} sections`);
    this.docT = new Uint32Array(n);
    this.docS = new Uint32Array(n);
    let d = 0;
    transcripts.forEach((t, ti) => {
      for (let si = 0; si < t.sections.length; si++, d++) {
        this.docT[d] = ti;
        this.docS[d] = si;
      }
    });
  }

  /** Build on this thread, in slices (no task longer than about `sliceMs`). */
  static async build(
    transcripts: readonly SearchableTranscript[],
    opts?: BuildOptions,
  ): Promise<{ index: ArchiveIndex; report: BuildReport }> {
    const where: [number, number][] = [];
    transcripts.forEach((t, ti) => t.sections.forEach((_, si) => where.push([ti, si])));
    const textOf = (d: number): string => sectionSearchText(transcripts[where[d]![0]]!.sections[where[d]![1]]!);
    const report = await buildWordIndex({ count: where.length, textOf }, opts);
    return { index: new ArchiveIndex(transcripts, report.data), report };
  }

  /** From a word index built elsewhere (a Worker, over `searchTexts(transcripts)`). */
  static fromData(transcripts: readonly SearchableTranscript[], data: WordIndexData): ArchiveIndex {
    return new ArchiveIndex(transcripts, data);
  }

  search(query: string, filters: ArchiveFilters = {}, limit = 100): ArchiveResult {
    const words = queryWords(query).slice(0, MAX_QUERY_WORDS);
    const mask = matchingDocs(this.words, words);
    const keep = filterOf(filters);
    const hits: ArchiveHit[] = [];
    let total = 0;
    for (let d = 0; d < mask.length; d++) {
      if (!mask[d]) continue;
      const t = this.transcripts[this.docT[d]!]!;
      const s = t.sections[this.docS[d]!]!;
      if (!keep(t, s)) continue;
      total++;
      if (hits.length < limit) hits.push(hitOf(t, s, this.docS[d]!, words));
    }
    return { hits, total };
  }
}

/** The filters as one test; name matches are cached per distinct name (few speakers, many sections). */
export function filterOf(f: ArchiveFilters): (t: SearchableTranscript, s: KeptSection) => boolean {
  const cached = (query: string | null | undefined) => {
    if (!query?.trim()) return null;
    const memo = new Map<string, boolean>();
    return (name: string | null): boolean => {
      if (name === null) return false;
      let v = memo.get(name);
      if (v === undefined) memo.set(name, (v = matchesAllWords(name, query)));
      return v;
    };
  };
  const speaker = cached(f.speaker);
  const asker = cached(f.asker);
  return (t, s) => {
    if (f.kind && t.kind !== f.kind) return false;
    if (f.dateFrom && !(t.header.date && t.header.date >= f.dateFrom)) return false;
    if (f.dateTo && !(t.header.date && t.header.date <= f.dateTo)) return false;
    if (f.entity && !s.entities.includes(f.entity)) return false;
    if (speaker && !speaker(s.speaker ?? t.header.speaker)) return false;
    if (asker && !asker(s.asker)) return false;
    return true;
  };
}

/**
 * Search before the index is ready (the first moments after the tab opens): a scan of the
 * transcripts in order (newest first) that stops at `limit` hits or after `budgetMs`. Same
 * matching, filters and hits as the index; `complete` is false when it stopped early, and then
 * `total` counts only what it saw.
 */
export function scanSearch(
  transcripts: readonly SearchableTranscript[],
  query: string,
  filters: ArchiveFilters = {},
  opts: { limit?: number; budgetMs?: number; now?: () => number } = {},
): ArchiveResult & { complete: boolean } {
  const limit = opts.limit ?? 20;
  const budget = opts.budgetMs ?? 40;
  const now = opts.now ?? (() => performance.now());
  const words = queryWords(query).slice(0, MAX_QUERY_WORDS);
  const keep = filterOf(filters);
  const t0 = now();
  const hits: ArchiveHit[] = [];
  for (const t of transcripts) {
    for (let i = 0; i < t.sections.length; i++) {
      const s = t.sections[i]!;
      if (!keep(t, s)) continue;
      const have = wordsOf(sectionSearchText(s));
      if (!words.every((q) => have.some((w) => w.startsWith(q)))) continue;
      hits.push(hitOf(t, s, i, words));
      if (hits.length >= limit) return { hits, total: hits.length, complete: false };
    }
    if (now() - t0 > budget) return { hits, total: hits.length, complete: false };
  }
  return { hits, total: hits.length, complete: true };
}

function hitOf(t: SearchableTranscript, s: KeptSection, sectionIndex: number, words: readonly string[]): ArchiveHit {
  return {
    key: t.key,
    version: t.version ?? null,
    url: t.url,
    link: `${t.url.replace(/#.*$/, '')}#${s.id}`,
    sectionId: s.id,
    sectionIndex,
    sectionTitle: s.title,
    transcriptTitle: t.header.title,
    date: t.header.date,
    kind: t.kind,
    speaker: s.speaker ?? t.header.speaker,
    asker: s.asker,
    snippet: snippetOf(sectionSearchText(s), words),
  };
}

const clean = (x: string): string => x.replace(/\s+/g, ' ');

/** The end of the context after `end`: about CONTEXT characters, at a word boundary. */
function contextEnd(text: string, end: number): number {
  const to = Math.min(text.length, end + CONTEXT);
  const space = text.lastIndexOf(' ', to);
  return to < text.length && space > end ? space : to;
}

/** The start of the context before `start`, likewise. */
function contextStart(text: string, start: number): number {
  const from = Math.max(0, start - CONTEXT);
  return from > 0 ? text.indexOf(' ', from) + 1 || from : 0;
}

function after(text: string, end: number, to: number): string {
  return clean(text.slice(end, to)).trimEnd() + (to < text.length ? '…' : '');
}

/**
 * The first occurrence of each query word, in text order, each with its context. Pieces whose
 * contexts would overlap are joined: the earlier piece's `after` stops where the next `before`
 * starts (then empty), so consecutive pieces read as one passage.
 */
export function snippetOf(text: string, words: readonly string[], maxParts = 3): SnippetPart[] {
  const body = text.replace(/^\n+/, '');
  if (words.length === 0) return body.trim() ? [{ before: '', match: '', after: after(body, 0, contextEnd(body, 2 * CONTEXT)) }] : [];
  const spans = wordSpans(body);
  const firsts = words
    .map((q) => spans.find((w) => w.folded.startsWith(q)))
    .filter((w): w is NonNullable<typeof w> => w !== undefined)
    .sort((a, b) => a.start - b.start);
  const parts: SnippetPart[] = [];
  let prevEnd = -1;
  let prevTo = -1;
  for (const w of firsts) {
    if (w.start < prevEnd) continue; // two query words found in the same word
    if (parts.length >= maxParts) break;
    const to = contextEnd(body, w.end);
    if (parts.length > 0 && w.start <= prevTo) {
      parts[parts.length - 1]!.after = clean(body.slice(prevEnd, w.start));
      parts.push({ before: '', match: body.slice(w.start, w.end), after: after(body, w.end, to) });
    } else {
      const from = contextStart(body, w.start);
      parts.push({
        before: (from > 0 ? '…' : '') + clean(body.slice(from, w.start)).trimStart(),
        match: body.slice(w.start, w.end),
        after: after(body, w.end, to),
      });
    }
    prevEnd = w.end;
    prevTo = to;
  }
  return parts;
}
