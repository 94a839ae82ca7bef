/**
 * The trust policy: how a candidate place is scored, and the floors below which it is refused.
 *
 * Hypothesis scores candidates (quote 50, prefix 20, suffix 20, position 2) but takes the best
 * one whatever its score, and its users see old annotations "anchoring in the wrong places"
 * (hypothesis/client#258, #480). Here a candidate must clear every floor; if none does, the
 * highlight is an orphan. An orphan is listed with its quote and note; a wrong place misleads.
 *
 * Why these floors (measured on the shared fixtures, see tests/unit/anchoring/mutation.test.ts):
 * - The context floor is what keeps a *repeated* phrase from jumping to another occurrence once
 *   its own text was edited: 32 characters of unrelated text score about 0.2–0.5 against a stored
 *   prefix, while a true context with one edited word scores 0.75 or more.
 * - The quote floor stops a place whose context survived but whose quote was rewritten from
 *   being called the same highlight.
 * - The window floor weighs both by how many characters each holds: a two-word quote with a
 *   changed word is only trusted when both sides of context are intact.
 */
import type { AnchorMethod, TextQuoteSelector } from './types';
import { prefixScore, suffixScore, type ContextScore } from './similarity';

export const FLOORS = {
  /** Minimum similarity of the candidate's text to the stored quote. */
  quote: 0.5,
  /** Minimum similarity of the surrounding text to the stored prefix and suffix (weighted). */
  context: 0.6,
  /** Minimum similarity of the whole window prefix + quote + suffix, weighted by length. */
  window: 0.75,
} as const;

/** Context at or above this, with the exact quote, needs no further search. */
const CONFIDENT_CONTEXT = 0.9;

/** Distance (characters) from the expected position at which proximity falls to one half. */
const PROXIMITY_SCALE = 256;

const WEIGHTS = { quote: 0.55, context: 0.35, proximity: 0.1 };

export interface Evaluation {
  start: number;
  end: number;
  method: AnchorMethod;
  /** Quote similarity, 0–1. */
  quote: number;
  /** Weighted context similarity, or null when nothing informative was stored around the quote. */
  context: number | null;
  /** Prefix + quote + suffix similarity, weighted by length. */
  window: number;
  /** 0–1 closeness to the expected position, or null without a hint. */
  proximity: number | null;
  score: number;
}

/**
 * Score the place `[start, end)` for `quote`. `quoteSim` is the similarity of the text there to
 * the quote (1 for an exact occurrence); `hint` is where the highlight is expected to start.
 */
export function evaluate(
  text: string,
  quote: TextQuoteSelector,
  start: number,
  end: number,
  quoteSim: number,
  hint: number | null,
  method: AnchorMethod,
): Evaluation {
  const sides = [prefixScore(text, start, quote.prefix), suffixScore(text, end, quote.suffix)].filter(
    (s): s is ContextScore => s !== null,
  );
  const ctxWeight = sides.reduce((sum, s) => sum + s.weight, 0);
  const ctxMatched = sides.reduce((sum, s) => sum + s.weight * s.similarity, 0);
  const context = ctxWeight > 0 ? ctxMatched / ctxWeight : null;
  const quoteLen = quote.exact.length;
  const window = (quoteSim * quoteLen + ctxMatched) / (quoteLen + ctxWeight);
  const proximity = hint === null ? null : 1 / (1 + Math.abs(start - hint) / PROXIMITY_SCALE);

  let weighted = WEIGHTS.quote * quoteSim;
  let total = WEIGHTS.quote;
  if (context !== null) {
    weighted += WEIGHTS.context * context;
    total += WEIGHTS.context;
  }
  if (proximity !== null) {
    weighted += WEIGHTS.proximity * proximity;
    total += WEIGHTS.proximity;
  }
  return { start, end, method, quote: quoteSim, context, window, proximity, score: weighted / total };
}

/** Whether the candidate clears every floor. */
export function acceptable(e: Evaluation): boolean {
  return (
    e.quote >= FLOORS.quote && (e.context === null || e.context >= FLOORS.context) && e.window >= FLOORS.window
  );
}

/** An exact quote in nearly the same surroundings: no cheaper or better answer can exist. */
export function confident(e: Evaluation): boolean {
  return e.quote === 1 && (e.context === null || e.context >= CONFIDENT_CONTEXT);
}

/** The better of two evaluations (higher score; on a tie, the earlier method, then the earlier place). */
export function better(a: Evaluation | null, b: Evaluation): Evaluation {
  if (a === null) return b;
  if (b.score !== a.score) return b.score > a.score ? b : a;
  return a;
}
