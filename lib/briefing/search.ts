/**
 * Search within one briefing: which sections contain a query, where (block + offsets in the
 * block's own text, so hits can be painted), and a snippet around the first hit. Pure.
 */
import type { Briefing, Section } from './model';

export interface SearchHit {
  section: number;
  block: number;
  start: number;
  end: number;
}

export interface SectionMatch {
  section: number;
  hits: SearchHit[];
  /** Text around the first hit, split so the UI can mark the hit without HTML. */
  snippet: { before: string; match: string; after: string };
  /** The title itself matched. */
  inTitle: boolean;
}

const SNIPPET_SIDE = 40;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A query as a regex: case-insensitive, any run of spaces matching any whitespace, ё = е. */
export function queryPattern(query: string): RegExp | null {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const body = words.map((w) => escapeRegExp(w).replace(/[её]/gi, (c) => (c === c.toUpperCase() ? '[ЕЁ]' : '[её]'))).join('\\s+');
  return new RegExp(body, 'giu');
}

function sectionBlocks(s: Section): number[] {
  return [...s.headingBlocks, ...s.bodyBlocks].sort((a, b) => a - b);
}

export function searchBriefing(b: Briefing, query: string, maxHits = 2000): SectionMatch[] {
  const re = queryPattern(query);
  if (!re) return [];
  const out: SectionMatch[] = [];
  let total = 0;
  b.sections.forEach((s, si) => {
    const hits: SearchHit[] = [];
    for (const bi of sectionBlocks(s)) {
      const text = b.blocks[bi].text;
      re.lastIndex = 0;
      for (let m = re.exec(text); m && total < maxHits; m = re.exec(text)) {
        hits.push({ section: si, block: bi, start: m.index, end: m.index + m[0].length });
        total++;
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    re.lastIndex = 0;
    const inTitle = s.title !== null && re.test(s.title);
    if (!hits.length && !inTitle) return;
    const first = hits[0];
    let snippet = { before: '', match: s.title ?? '', after: '' };
    if (first) {
      const text = b.blocks[first.block].text;
      const from = Math.max(0, first.start - SNIPPET_SIDE);
      const to = Math.min(text.length, first.end + SNIPPET_SIDE);
      snippet = {
        before: (from > 0 ? '…' : '') + text.slice(from, first.start).replace(/\s+/g, ' ').trimStart(),
        match: text.slice(first.start, first.end),
        after: text.slice(first.end, to).replace(/\s+/g, ' ').trimEnd() + (to < text.length ? '…' : ''),
      };
    }
    out.push({ section: si, hits, snippet, inTitle });
  });
  return out;
}
