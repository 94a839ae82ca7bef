/**
 * How much a place in the text looks like what was stored: the quote itself, and the context on
 * each side. All comparisons go through approx-string-match (Myers' bit-parallel edit distance),
 * the matcher Hypothesis and Memex use, rather than a hand-rolled Levenshtein.
 */
import search from 'approx-string-match';

/**
 * Extra characters read beyond a stored context's length, so that words inserted into the
 * context shift it without pushing its far end out of view (which would count twice).
 */
const CONTEXT_SLACK = 24;

/** Framing characters for `framedSearch` (Unicode private use: absent from real text). */
const FRAME_OPEN = '\uE000';
const FRAME_CLOSE = '\uE001';

/** Edits beyond which a quote counts as rewritten rather than edited (bounds the work too). */
const MAX_FIT_ERRORS = 256;

/** Characters (about two words) a candidate may grow beyond 1.5× the quote. */
const MAX_GROWTH = 16;

/** Runs of whitespace become one space: indentation between paragraphs carries no meaning. */
export function collapseSpace(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** How well a candidate's text fits the stored quote. */
export interface QuoteFit {
  /** 0–1, for the floors. */
  similarity: number;
  /** Edits charged to the quote, for the window score (same unit as context errors). */
  errors: number;
  /** 0–1, the share of the quote's characters still there (insertions never count against it). */
  kept: number;
}

/**
 * Fit of `candidate` to the stored quote: 1 − distance / longer length. With `between` set
 * (the candidate sits between an intact prefix and an intact suffix, so whatever is there now
 * *is* the highlight's text) insertions are not held against it: only the quote's characters
 * that were rewritten or deleted count (see `destroyed`).
 */
export function quoteFit(candidate: string, quote: string, between: boolean, floor = 0): QuoteFit {
  if (candidate === quote) return { similarity: 1, errors: 0, kept: 1 };
  const n = quote.length;
  const m = candidate.length;
  const hopeless = { similarity: 0, errors: Math.max(n, m), kept: 0 };
  if (n === 0 || m === 0) return hopeless;
  // Only distances that could still clear `floor` need computing (and never more than
  // MAX_FIT_ERRORS: past that a highlight is rewritten, not edited).
  const budget = Math.min(MAX_FIT_ERRORS, Math.ceil(Math.max(n, m) * (1 - floor)) + Math.max(0, m - n));
  const d = editDistance(candidate, quote, budget);
  if (d === null) return hopeless;
  const lost = destroyed(n, m, d);
  const kept = 1 - lost / n;
  if (!between) return { similarity: Math.max(0, 1 - d / Math.max(n, m)), errors: d, kept };
  return { similarity: kept, errors: lost, kept };
}

/** Similarity of two strings, 1 − distance / longer length (for tests and logs). */
export function quoteSimilarity(candidate: string, quote: string): number {
  return quoteFit(candidate, quote, false).similarity;
}

/** Levenshtein distance between two whole strings, or null above `budget` (see `framedSearch`). */
export function editDistance(a: string, b: string, budget = Math.max(a.length, b.length)): number | null {
  if (a === b) return 0;
  return framedSearch(a, b, 'both', budget)?.errors ?? null;
}

/**
 * Edit distance of `pattern` to `text` with the alignment pinned to the text's start, end or
 * both, computed by approx-string-match; null when it exceeds `budget`. The search lets a match
 * start and end anywhere and reports only the cheapest matches (a pinned one may not be among
 * them); so the pinned edges of both strings get a frame of private-use characters longer than
 * the budget: skipping any of it costs more than the alignment may, so the cheapest match within
 * budget aligns frame to frame.
 *   - 'both':  whole string to whole string;
 *   - 'start': `pattern` against a prefix of `text` (`end`: where in `text` that prefix ends);
 *   - 'end':   `pattern` against a suffix of `text`.
 * The cost grows with the budget (Myers: budget / 32 machine words per character), so callers
 * bound it by what could still pass a floor.
 */
export function framedSearch(
  text: string,
  pattern: string,
  pin: 'start' | 'end' | 'both',
  budget = Math.max(text.length, pattern.length),
): { errors: number; end: number } | null {
  const frame = budget + 1;
  const open = pin === 'end' ? '' : FRAME_OPEN.repeat(frame);
  const close = pin === 'start' ? '' : FRAME_CLOSE.repeat(frame);
  let best: { errors: number; end: number } | null = null;
  for (const m of search(open + text + close, open + pattern + close, budget)) {
    if (best === null || m.errors < best.errors) {
      best = { errors: m.errors, end: Math.min(text.length, Math.max(0, m.end - open.length)) };
    }
  }
  return best;
}

/**
 * How many of the quote's `n` characters a candidate of `m` characters at edit distance `d` has
 * lost. Each substitution or deletion destroys one character of the quote, an insertion none, and
 * at least `m − n` of the edits are insertions: so at most `d − max(0, m − n)` were destroyed. A
 * word inserted into a highlight leaves it whole; a rewritten word does not. A candidate more
 * than half again as long as the quote (plus a couple of words) is too much new text to be the
 * same highlight, whatever it contains: all is lost.
 */
function destroyed(n: number, m: number, d: number): number {
  if (m > n * 1.5 + MAX_GROWTH) return n;
  return Math.min(n, Math.max(0, d - Math.max(0, m - n)));
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
 * best match and `start` count as errors. Null when no prefix was stored.
 */
export function prefixScore(text: string, start: number, storedPrefix: string): ContextScore | null {
  if (storedPrefix === '') return null; // the highlight began the article: nothing to compare
  // Fast path: an unchanged page gives the very same characters.
  if (start >= storedPrefix.length && text.slice(start - storedPrefix.length, start) === storedPrefix) {
    return informative(storedPrefix) ? { similarity: 1, weight: collapseSpace(storedPrefix).length } : BLANK_AGREES;
  }
  const stored = collapseSpace(storedPrefix);
  const raw = text.slice(Math.max(0, start - storedPrefix.length - CONTEXT_SLACK), start);
  if (!informative(stored)) return blankSide(raw.slice(-storedPrefix.length));
  const window = collapseSpace(raw).slice(-(stored.length + CONTEXT_SLACK));
  return { similarity: anchoredSimilarity(window, stored, 'end'), weight: stored.length };
}

/** Mirror of `prefixScore`: the stored suffix against the text that starts at `end`. */
export function suffixScore(text: string, end: number, storedSuffix: string): ContextScore | null {
  if (storedSuffix === '') return null;
  if (text.slice(end, end + storedSuffix.length) === storedSuffix) {
    return informative(storedSuffix) ? { similarity: 1, weight: collapseSpace(storedSuffix).length } : BLANK_AGREES;
  }
  const stored = collapseSpace(storedSuffix);
  const raw = text.slice(end, end + storedSuffix.length + CONTEXT_SLACK);
  if (!informative(stored)) return blankSide(raw.slice(0, storedSuffix.length));
  const window = collapseSpace(raw).slice(0, stored.length + CONTEXT_SLACK);
  return { similarity: anchoredSimilarity(window, stored, 'start'), weight: stored.length };
}

/**
 * A stored side that is only whitespace (the highlight began the article's first paragraph, or
 * ended its last) carries one bit: the place must be blank there too. Weight 1, so it never
 * outweighs real context.
 */
function blankSide(actual: string): ContextScore {
  return informative(actual) ? BLANK_DISAGREES : BLANK_AGREES;
}

const BLANK_AGREES: ContextScore = { similarity: 1, weight: 1 };
const BLANK_DISAGREES: ContextScore = { similarity: 0, weight: 1 };

/**
 * Similarity of `pattern` to `window` where the alignment must touch one edge of the window
 * (the highlight's boundary) and may leave the far part of the window unused.
 */
function anchoredSimilarity(window: string, pattern: string, edge: 'start' | 'end'): number {
  if (window.length === 0) return 0;
  const d = framedSearch(window, pattern, edge)?.errors ?? pattern.length;
  return Math.max(0, 1 - d / pattern.length);
}

/** Reverse by UTF-16 code unit: fine for comparing two strings reversed alike. */
export function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

function informative(s: string): boolean {
  return /\S/.test(s);
}
