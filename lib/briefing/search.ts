/**
 * Search within one briefing, with the extension's one meaning of "matches" (lib/search/words.ts):
 * a section matches when its title and text hold every word of the query, in any order, each as
 * the beginning of a word ("talks Moscow" finds "talks will be held in Moscow"). For painting,
 * every occurrence of every query word in a matching section is a hit (block + offsets in the
 * block's own text); a snippet shows where the words meet. Pure.
 */
import { matchesAllWords, queryWords } from '../search/words';
import type { Briefing, Section } from './model';

export interface SearchHit {
  section: number;
  block: number;
  start: number;
  end: number;
}

/** A run of snippet text; `hit` runs are marked by the UI (as text, never HTML). */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface SectionMatch {
  section: number;
  hits: SearchHit[];
  /** Text around the first place the words meet, split so the UI can mark them. */
  snippet: SnippetPart[];
  /** The title itself holds a query word. */
  inTitle: boolean;
}

const SNIPPET_SIDE = 40;
const SNIPPET_MAX = 160;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One query word as a regex: at a word's beginning, case-insensitive, ё = е. */
function wordPattern(word: string): RegExp {
  const body = escapeRegExp(word).replace(/[её]/gi, (c) => (c === c.toUpperCase() ? '[ЕЁ]' : '[её]'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}`, 'giu');
}

/**
 * The query's words as regexes (null for a query without words). Exported for tests: a query is
 * text, never a pattern.
 */
export function queryPatterns(query: string): RegExp[] | null {
  const words = queryWords(query);
  return words.length ? words.map(wordPattern) : null;
}

function sectionBlocks(s: Section): number[] {
  return [...s.headingBlocks, ...s.bodyBlocks].sort((a, b) => a - b);
}

function occurrences(text: string, re: RegExp): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * The snippet: in the first block holding the most query words, a window from just before the
 * first occurrence of a word to just after the last word's first occurrence (capped), with the
 * first occurrence of each word marked.
 */
function snippetOf(text: string, firsts: { start: number; end: number }[]): SnippetPart[] {
  const marks = [...firsts].sort((a, b) => a.start - b.start);
  const from = Math.max(0, marks[0].start - SNIPPET_SIDE);
  const to = Math.min(
    text.length,
    Math.max(marks[0].end, Math.min(marks[marks.length - 1].end, marks[0].start + SNIPPET_MAX)) + SNIPPET_SIDE,
  );
  const parts: SnippetPart[] = [];
  let at = from;
  for (const m of marks) {
    if (m.start < at || m.end > to) continue;
    parts.push({ text: text.slice(at, m.start), hit: false }, { text: text.slice(m.start, m.end), hit: true });
    at = m.end;
  }
  parts.push({ text: text.slice(at, to), hit: false });
  const flat = parts.map((p) => (p.hit ? p : { ...p, text: p.text.replace(/\s+/g, ' ') }));
  if (from > 0) flat[0] = { text: `…${flat[0].text.trimStart()}`, hit: false };
  const last = flat.length - 1;
  if (!flat[last].hit) flat[last] = { text: flat[last].text.trimEnd() + (to < text.length ? '…' : ''), hit: false };
  return flat.filter((p) => p.text !== '');
}

export function searchBriefing(b: Briefing, query: string, maxHits = 2000): SectionMatch[] {
  const patterns = queryPatterns(query);
  if (!patterns) return [];
  const out: SectionMatch[] = [];
  let total = 0;
  b.sections.forEach((s, si) => {
    const blocks = sectionBlocks(s);
    const all = [s.title ?? '', ...blocks.map((bi) => b.blocks[bi].text)].join('\n');
    if (!matchesAllWords(all, query)) return;
    const hits: SearchHit[] = [];
    let best: { block: number; firsts: { start: number; end: number }[] } | null = null;
    for (const bi of blocks) {
      const text = b.blocks[bi].text;
      const found = patterns.map((re) => occurrences(text, re));
      const firsts = found.filter((f) => f.length).map((f) => f[0]);
      if (firsts.length && (!best || firsts.length > best.firsts.length)) best = { block: bi, firsts };
      const inBlock = found.flat().sort((x, y) => x.start - y.start);
      for (const o of inBlock) {
        if (total >= maxHits) break;
        hits.push({ section: si, block: bi, ...o });
        total++;
      }
    }
    const inTitle = s.title !== null && patterns.some((re) => occurrences(s.title!, re).length > 0);
    const snippet = best ? snippetOf(b.blocks[best.block].text, best.firsts) : [{ text: s.title ?? '', hit: true }];
    out.push({ section: si, hits, snippet, inTitle });
  });
  return out;
}
