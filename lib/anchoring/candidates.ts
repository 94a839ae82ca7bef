/**
 * Where a stored quote might be now: places to score, cheapest search first. Nothing here
 * decides; `score.ts` does.
 */
import search from 'approx-string-match';
import { framedSearch, reverse } from './similarity';
import type { TextQuoteSelector, TextSpan } from './types';
import { endsOnWord, nearbyWordEnds, nearbyWordStarts, startsOnWord, wordEdgesAround } from './words';

/** A place to score. */
export type Candidate = TextSpan;

/** Cap on candidates scored per search, nearest to the expected position first. */
const MAX_CANDIDATES = 48;

/** Cap on context occurrences followed up per search (a short context can be common). */
const MAX_CONTEXT_HITS = 8;

/**
 * Upper bound on the errors approx-string-match may spend: Hypothesis caps it the same way, as
 * a very long quote would otherwise make the search quadratic for no useful gain.
 */
export const MAX_SEARCH_ERRORS = 256;

/** How far the candidate search reaches, each bound with its reason. */
const SEARCH = {
  /** Context with fewer non-space characters is too common to hang a quote on. */
  minContext: 8,
  /** Characters a quote found next to its context may have gained beyond its error budget. */
  contextSlack: 24,
  /** Length of the context ends used to snap a match's edges. */
  edgeProbe: 12,
  /** Errors tolerated in an edge probe: one changed character in a word. */
  edgeProbeErrors: 1,
  /** Whole words tried on each side of a match's edges, within `wordReach` characters. */
  wordSteps: 3,
  wordReach: 32,
} as const;

/**
 * Start offsets of exact occurrences of the quote starting within `[from, to)`. A short quote can
 * occur hundreds of times; those whose stored context is still next to them come first, then the
 * nearest to the hint.
 */
export function exactOccurrences(text: string, quote: TextQuoteSelector, from: number, to: number, hint: number | null): number[] {
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
 * Approximate occurrences of the quote starting in `[from, to)`, with at most `maxErrors` edits.
 * Only the lowest-cost matches come back (that is how approx-string-match works), so a damaged
 * quote is missed whenever something else matches better: `nextToContext` covers that case.
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
  if (errors <= 0) return [];
  const end = Math.min(text.length, to + exact.length);
  const seen = new Set<string>();
  const found: Candidate[] = [];
  for (const m of search(text.slice(from, end), exact, errors)) {
    const start = from + m.start;
    const stop = from + m.end;
    const key = `${start}:${stop}`;
    if (stop <= start || start >= to || seen.has(key)) continue;
    seen.add(key);
    // The reported start is approximate (only ends are exact); `edgeVariants` tries better ones.
    found.push({ start, end: stop });
  }
  return nearestFirst(found, (c) => c.start, hint);
}

/**
 * Places that hang on an intact piece of stored context: right after an exact occurrence of the
 * prefix, the best approximate match of the quote that starts there; right before an exact
 * occurrence of the suffix, the best one that ends there. This finds a short quote one of whose
 * words was rewritten, which `fuzzyOccurrences` misses because some unrelated place matches the
 * damaged pattern with fewer errors.
 */
export function nextToContext(
  text: string,
  quote: TextQuoteSelector,
  from: number,
  to: number,
  maxErrors: number,
  hint: number | null,
  memo: Map<string, Candidate | null> = new Map(),
): Candidate[] {
  const { prefix, suffix, exact } = quote;
  const found: Candidate[] = [];
  // Each hit costs a search as long as the quote; the nested windows of one re-anchoring meet
  // the same hits again, hence the memo.
  const remember = (key: string, make: () => Candidate | null): void => {
    if (!memo.has(key)) memo.set(key, make());
    const c = memo.get(key);
    if (c) found.push(c);
  };
  const budget = Math.min(MAX_SEARCH_ERRORS, maxErrors) + SEARCH.contextSlack;
  const reach = exact.length + budget;
  if (nonSpace(prefix) >= SEARCH.minContext) {
    const starts = occurrences(text, prefix, Math.max(0, from - prefix.length), to).map((at) => at + prefix.length);
    for (const start of nearestFirst(starts, (x) => x, hint).slice(0, MAX_CONTEXT_HITS)) {
      remember(`p${start}`, () => {
        const fit = framedSearch(text.slice(start, start + reach), exact, 'start', budget);
        return fit && fit.end > 0 ? { start, end: start + fit.end } : null;
      });
    }
  }
  if (nonSpace(suffix) >= SEARCH.minContext) {
    const ends = occurrences(text, suffix, from, to + reach);
    for (const end of nearestFirst(ends, (x) => x, hint === null ? null : hint + exact.length).slice(0, MAX_CONTEXT_HITS)) {
      remember(`s${end}`, () => {
        // Reversed, so that the free edge (where the quote now starts) is the match's end.
        const fit = framedSearch(reverse(text.slice(Math.max(0, end - reach), end)), reverse(exact), 'start', budget);
        return fit && fit.end > 0 ? { start: end - fit.end, end } : null;
      });
    }
  }
  return found;
}

/**
 * Variants of a match with its edges moved: to where the stored context ends and begins, and to
 * whole words (a few word starts either side of an approximate start). Edit distance alone aligns the edges badly when a word was inserted, deleted or
 * replaced at an edge: for "commemorating the SS…" with a word inserted after "commemorating",
 * the cheapest alignment drops "commemorating" and matches the new word instead; for a replaced
 * first word it keeps the last letters of the new one. The variants are scored like any other
 * candidate, so the one whose whole window lines up best wins.
 */
export function edgeVariants(text: string, quote: TextQuoteSelector, c: Candidate): Candidate[] {
  const reach = Math.ceil((c.end - c.start) / 2) + SEARCH.edgeProbe;
  const starts = new Set<number>([c.start]);
  const ends = new Set<number>([c.end]);
  const byContextStart = probeEdge(text, quote.prefix.slice(-SEARCH.edgeProbe), c.start, reach, 'after');
  const byContextEnd = probeEdge(text, quote.suffix.slice(0, SEARCH.edgeProbe), c.end, reach, 'before');
  if (byContextStart !== null) starts.add(byContextStart);
  if (byContextEnd !== null) ends.add(byContextEnd);
  if (startsOnWord(quote)) {
    wordEdgesAround(text, c.start, 'start').forEach((x) => starts.add(x));
    nearbyWordStarts(text, c.start, SEARCH.wordSteps, SEARCH.wordReach).forEach((x) => starts.add(x));
  }
  if (endsOnWord(quote)) {
    wordEdgesAround(text, c.end, 'end').forEach((x) => ends.add(x));
    nearbyWordEnds(text, c.end, SEARCH.wordSteps, SEARCH.wordReach).forEach((x) => ends.add(x));
  }
  const variants: Candidate[] = [];
  for (const start of starts) {
    for (const end of ends) {
      if (start < end && (start !== c.start || end !== c.end)) variants.push({ start, end });
    }
  }
  return variants;
}

/**
 * Where a probe (the end of the prefix, or the start of the suffix) sits nearest `at`, within
 * `reach`: the offset just after the prefix probe, or just before the suffix probe.
 */
function probeEdge(text: string, probe: string, at: number, reach: number, side: 'after' | 'before'): number | null {
  if (nonSpace(probe) < SEARCH.edgeProbe / 2) return null;
  const from = Math.max(0, at - reach);
  const window = text.slice(from, Math.min(text.length, at + reach));
  let best: number | null = null;
  for (const m of search(window, probe, SEARCH.edgeProbeErrors)) {
    const edge = from + (side === 'after' ? m.end : m.start);
    if (best === null || Math.abs(edge - at) < Math.abs(best - at)) best = edge;
  }
  return best;
}

function occurrences(text: string, needle: string, from: number, to: number): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle, from); at !== -1 && at < to; at = text.indexOf(needle, at + 1)) found.push(at);
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
