/**
 * How much a place in the text looks like what was stored: the quote itself, and the context on
 * each side. All comparisons go through approx-string-match (Myers' bit-parallel edit distance),
 * the matcher Hypothesis and Memex use, rather than a hand-rolled Levenshtein.
 */
import search from 'approx-string-match';

/** Extra characters read around a context window, so that an inserted word can shift it. */
const CONTEXT_SLACK = 8;

/** Runs of whitespace become one space: indentation between paragraphs carries no meaning. */
export function collapseSpace(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/**
 * Similarity in [0, 1] between `candidate` and `quote` as whole strings:
 * 1 − (edit distance) / (longer length). approx-string-match finds `quote` inside `candidate`
 * with free ends, so the characters of `candidate` left outside the best match are counted as
 * extra errors: that keeps the figure an upper bound of the true distance (never optimistic).
 */
export function quoteSimilarity(candidate: string, quote: string): number {
  if (candidate === quote) return 1;
  const longer = Math.max(candidate.length, quote.length);
  if (longer === 0) return 1;
  if (candidate.length === 0) return 0;
  let cost = longer;
  for (const m of search(candidate, quote, quote.length)) {
    cost = Math.min(cost, m.errors + m.start + (candidate.length - m.end));
  }
  return Math.max(0, 1 - cost / longer);
}

/** A side of context compared with the text next to a candidate. */
export interface ContextScore {
  /** 0–1: how well the stored context matches the text right next to the candidate. */
  similarity: number;
  /** How much evidence the stored context holds (its length once whitespace is collapsed). */
  weight: number;
}

/**
 * Compare the stored prefix with the text that ends at `start`. The match must end at `start`
 * (the prefix is only evidence if it sits right before the highlight), so characters between the
 * best match and `start` count as errors. Returns null when the stored prefix holds nothing but
 * whitespace: that says only "near the beginning", which proves nothing.
 */
export function prefixScore(text: string, start: number, storedPrefix: string): ContextScore | null {
  // Fast path: an unchanged page gives the very same characters.
  if (start >= storedPrefix.length && text.slice(start - storedPrefix.length, start) === storedPrefix) {
    return informative(storedPrefix) ? { similarity: 1, weight: collapseSpace(storedPrefix).length } : null;
  }
  const stored = collapseSpace(storedPrefix);
  if (!informative(stored)) return null;
  const raw = text.slice(Math.max(0, start - storedPrefix.length - CONTEXT_SLACK), start);
  const window = collapseSpace(raw).slice(-(stored.length + CONTEXT_SLACK));
  return { similarity: anchoredSimilarity(window, stored, 'end'), weight: stored.length };
}

/** Mirror of `prefixScore`: the stored suffix against the text that starts at `end`. */
export function suffixScore(text: string, end: number, storedSuffix: string): ContextScore | null {
  if (text.slice(end, end + storedSuffix.length) === storedSuffix) {
    return informative(storedSuffix) ? { similarity: 1, weight: collapseSpace(storedSuffix).length } : null;
  }
  const stored = collapseSpace(storedSuffix);
  if (!informative(stored)) return null;
  const raw = text.slice(end, end + storedSuffix.length + CONTEXT_SLACK);
  const window = collapseSpace(raw).slice(0, stored.length + CONTEXT_SLACK);
  return { similarity: anchoredSimilarity(window, stored, 'start'), weight: stored.length };
}

/**
 * Similarity of `pattern` to `window` where the match must touch one edge of the window (the
 * highlight's boundary). Gap between the match and that edge counts as errors.
 */
function anchoredSimilarity(window: string, pattern: string, edge: 'start' | 'end'): number {
  if (window.length === 0) return 0;
  let cost = pattern.length;
  for (const m of search(window, pattern, pattern.length)) {
    const gap = edge === 'end' ? window.length - m.end : m.start;
    cost = Math.min(cost, m.errors + gap);
  }
  return Math.max(0, 1 - cost / pattern.length);
}

function informative(s: string): boolean {
  return /\S/.test(s);
}
