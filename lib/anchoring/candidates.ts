/**
 * Where a stored quote might be now: places to score, cheapest search first. Nothing here
 * decides; `score.ts` does.
 */
import search from 'approx-string-match';
import { quoteSimilarity } from './similarity';
import type { TextQuoteSelector, TextSpan } from './types';

export interface Candidate extends TextSpan {
  /** Similarity of `text.slice(start, end)` to the quote, 0–1. */
  quoteSim: number;
}

/** Cap on candidates scored per search, nearest to the expected position first. */
const MAX_CANDIDATES = 48;

/**
 * Upper bound on the errors approx-string-match may spend: Hypothesis caps it the same way, as
 * a very long quote would otherwise make the search quadratic for no useful gain.
 */
const MAX_SEARCH_ERRORS = 256;

/** Context shorter than this (non-space characters) is too common to bracket a quote with. */
const MIN_BRACKET_CONTEXT = 8;

/**
 * Start offsets of exact occurrences of the quote starting within `[from, to)`. A short quote can
 * occur hundreds of times; those whose stored context is still next to them come first, then the
 * nearest to the hint.
 */
export function exactOccurrences(
  text: string,
  quote: TextQuoteSelector,
  from: number,
  to: number,
  hint: number | null,
): number[] {
  const { exact, prefix, suffix } = quote;
  const found: number[] = [];
  for (let at = text.indexOf(exact, from); at !== -1 && at < to; at = text.indexOf(exact, at + 1)) {
    found.push(at);
  }
  const intact = (at: number): boolean =>
    (prefix.length > 0 && at >= prefix.length && text.startsWith(prefix, at - prefix.length)) ||
    (suffix.length > 0 && text.startsWith(suffix, at + exact.length));
  const withContext = found.filter(intact);
  const rest = nearestFirst(
    found.filter((at) => !intact(at)),
    (x) => x,
    hint,
  );
  return [...withContext, ...rest].slice(0, MAX_CANDIDATES);
}

/**
 * Approximate occurrences of the quote in `[from, to)`, with at most `maxErrors` edits. Only the
 * lowest-cost matches come back (that is how approx-string-match works), so a badly damaged quote
 * yields nothing here and must be found by `bracketed` instead.
 */
export function fuzzyOccurrences(
  text: string,
  exact: string,
  from: number,
  to: number,
  maxErrors: number,
  hint: number | null,
): Candidate[] {
  const errors = Math.min(MAX_SEARCH_ERRORS, maxErrors);
  const seen = new Set<string>();
  const found: Candidate[] = [];
  for (const m of search(text.slice(from, to), exact, errors)) {
    const start = from + m.start;
    const end = from + m.end;
    const key = `${start}:${end}`;
    if (end <= start || seen.has(key)) continue;
    seen.add(key);
    found.push({ start, end, quoteSim: Math.max(0, 1 - m.errors / Math.max(exact.length, end - start)) });
  }
  return nearestFirst(found, (c) => c.start, hint);
}

/**
 * Places framed by the intact stored prefix and suffix, whatever is between them now (within a
 * plausible length). This finds a short quote one of whose words was rewritten, which the fuzzy
 * search misses because some unrelated place matches the damaged pattern with fewer errors.
 */
export function bracketed(
  text: string,
  quote: TextQuoteSelector,
  from: number,
  to: number,
  maxErrors: number,
  hint: number | null,
): Candidate[] {
  const { prefix, suffix, exact } = quote;
  if (nonSpace(prefix) < MIN_BRACKET_CONTEXT || nonSpace(suffix) < MIN_BRACKET_CONTEXT) return [];
  const minGap = Math.max(1, exact.length - maxErrors);
  const maxGap = exact.length + maxErrors;
  const starts: number[] = [];
  const searchFrom = Math.max(0, from - prefix.length);
  for (let at = text.indexOf(prefix, searchFrom); at !== -1 && at + prefix.length < to; at = text.indexOf(prefix, at + 1)) {
    starts.push(at + prefix.length);
  }
  const found: Candidate[] = [];
  for (const start of nearestFirst(starts, (x) => x, hint)) {
    const at = text.indexOf(suffix, start + minGap);
    if (at === -1 || at - start > maxGap) continue;
    found.push({ start, end: at, quoteSim: quoteSimilarity(text.slice(start, at), exact) });
  }
  return found;
}

/** Sort by distance to the hint (document order without one) and keep the first few. */
function nearestFirst<T>(items: T[], pos: (t: T) => number, hint: number | null): T[] {
  if (hint !== null) items.sort((a, b) => Math.abs(pos(a) - hint) - Math.abs(pos(b) - hint));
  return items.slice(0, MAX_CANDIDATES);
}

function nonSpace(s: string): number {
  return s.replace(/\s+/g, '').length;
}
