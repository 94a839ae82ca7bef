/**
 * The trust policy: how a candidate place is scored, and the floors below which it is refused.
 *
 * Hypothesis scores candidates (quote 50, prefix 20, suffix 20, position 2) but takes the best
 * one whatever its score, and its users see old annotations "anchoring in the wrong places"
 * (hypothesis/client#258, #480). Here a candidate must clear the floors; if none does, the
 * highlight is an orphan. An orphan is listed with its quote and note; a wrong place misleads.
 *
 * What is scored: the *window*, i.e. the stored prefix + quote + suffix against the text around
 * the candidate, as one count of edits (an edit costs the same whether a candidate takes a
 * rewritten word into the quote or leaves it in the context, so swallowing a neighbour never
 * pays), plus a little proximity to where the highlight is expected. What is required
 * (`acceptable`), tuned with the mutation test over 200 seeds × 5 fixtures × 200 highlights
 * (tests/unit/anchoring/mutation.test.ts, MUTATION_SEEDS):
 * - the quote mostly kept, and the context on the whole similar: 32 characters of unrelated
 *   text score about 0.2–0.5 against a stored prefix, a true one with an edited word 0.7+; this
 *   keeps a repeated phrase from jumping to another copy once its own was edited;
 * - or, close to the recorded position, the exact quote with one side of context intact (a
 *   label between two edited paragraphs), or a damaged quote with both sides intact;
 * - far from the recorded position, only a distinctive quote, verbatim;
 * - a damaged quote never shorter than a couple of words, never with an edge next to wrecked
 *   context, never running over a paragraph break it did not have, never holding the stored
 *   context's own words (all ways an alignment slides onto neighbouring text).
 * `anchor.ts` adds what needs all candidates at once: exact before fuzzy, ties, vetoes, twins.
 */
import type { AnchorMethod, TextQuoteSelector } from './types';
import search from 'approx-string-match';
import { prefixScore, quoteFit, suffixScore, type ContextScore } from './similarity';
import { endsOnWord, isWordBoundary, startsOnWord } from './words';

export const FLOORS = {
  /** Minimum similarity of the candidate's text to the stored quote. */
  quote: 0.5,
  /** Minimum similarity of the surrounding text to the stored prefix and suffix (weighted). */
  context: 0.6,
  /** Minimum similarity of the whole window prefix + quote + suffix (1 − edits / characters). */
  window: 0.75,
  /** A quote shorter than this is only ever found exactly ("top" is not "to"). */
  fuzzyLength: 8,
  /** With a damaged quote, the worse side of context must still be at least this similar. */
  fuzzySide: 0.35,
} as const;

/**
 * Near the expected position (within ~85 characters of the recorded section offset), less
 * textual evidence is needed: the recorded position is a witness of its own. A neighbouring
 * paragraph edited within 32 characters damages the context of every short quote next to it (a
 * TOC entry, a label), and a deleted word near the edges of a short quote costs it a third of
 * its characters, yet the place is plainly the same.
 */
const NEAR = {
  proximity: 0.75,
  /** With the exact quote: the context on at least one side (nearly) intact… */
  oneSide: 0.85,
  /** …or a distinctive quote (this many characters) in context not contradicted outright. */
  distinctive: 16,
  someContext: 0.45,
  /**
   * With a damaged quote: the context intact on both sides. One intact side is not enough: the
   * edge on the damaged side would be wherever the fuzzy alignment happened to put it.
   */
  bothSides: 0.9,
  /** …or a long quote nearly all kept: its own length fixes its edges, whatever the context. */
  longQuote: 64,
  longKept: 0.9,
} as const;

/**
 * Both sides of context must be this similar for the text between them to count as the
 * highlight's whatever it now holds (insertions not held against it). Only identical will do:
 * with one word of context missing, the candidate may have swallowed it ("in Russia" offered for
 * "Russia" after the word before "in" changed).
 */
const INTACT_SIDE = 1;

/** Context at or above this, with the exact quote, needs no further search. */
const CONFIDENT_CONTEXT = 0.9;

/**
 * Distance (characters) from the expected position at which proximity falls to one half, when
 * that position is an offset into the recorded section (edits elsewhere do not move it).
 */
export const PROXIMITY_SCALE = 256;

/** Share of the score given to proximity; the rest is the window similarity. */
const PROXIMITY_WEIGHT = 0.1;

export interface Evaluation {
  start: number;
  end: number;
  method: AnchorMethod;
  /** The text here is the stored quote, character for character. */
  exact: boolean;
  /** Quote similarity, 0–1. */
  quote: number;
  /** Share of the quote's characters still here, 0–1 (words inserted into it do not count). */
  kept: number;
  /** Weighted context similarity, or null when nothing informative was stored around the quote. */
  context: number | null;
  /** Similarity of the better-preserved side of context (1 when none was stored). */
  bestSide: number;
  /** Similarity of the worse-preserved side of context (1 when none was stored). */
  worstSide: number;
  /**
   * Prefix + quote + suffix similarity, 1 − edits / characters: how well the whole stored window
   * lines up here. It ranks candidates.
   */
  window: number;
  /** 0–1 closeness to the expected position, or null without a hint. */
  proximity: number | null;
  /**
   * False when the stored quote begins or ends on a word boundary and this place does not (it
   * starts or stops inside a word): "top" inside "stop", or a fuzzy match that kept half a word.
   */
  wordEdges: boolean;
  /**
   * A damaged quote that contains the stored prefix's last characters or the suffix's first
   * ones (when the stored quote itself does not): it has swallowed its neighbours in place of
   * deleted words ("Songs" deleted from "Songs of Unity – Songs", and "of Unity – Songs"
   * offered in its place).
   */
  swallowsContext: boolean;
  /** Line breaks here beyond those in the quote (paragraph breaks, in indented markup). */
  extraLineBreaks: number;
  score: number;
}

/**
 * Score the place `[start, end)` for `quote`; `hint` is where the highlight is expected to
 * start, give or take about `scale` characters.
 */
export function evaluate(
  text: string,
  quote: TextQuoteSelector,
  start: number,
  end: number,
  hint: number | null,
  method: AnchorMethod,
  scale: number = PROXIMITY_SCALE,
): Evaluation {
  const sides = [prefixScore(text, start, quote.prefix), suffixScore(text, end, quote.suffix)].filter((s): s is ContextScore => s !== null);
  const ctxWeight = sides.reduce((sum, s) => sum + s.weight, 0);
  const ctxMatched = sides.reduce((sum, s) => sum + s.weight * s.similarity, 0);
  const context = ctxWeight > 0 ? ctxMatched / ctxWeight : null;
  const bestSide = sides.length ? Math.max(...sides.map((s) => s.similarity)) : 1;
  const worstSide = sides.length ? Math.min(...sides.map((s) => s.similarity)) : 1;
  const candidate = text.slice(start, end);
  const exact = candidate === quote.exact;
  const fit = quoteFit(candidate, quote.exact, worstSide >= INTACT_SIDE, FLOORS.quote);
  // Every edit counts once, wherever it falls: a rewritten word costs the same whether a
  // candidate takes it into the quote or leaves it in the context, so a candidate cannot look
  // better by swallowing its neighbours.
  const window = Math.max(0, 1 - (fit.errors + (ctxWeight - ctxMatched)) / (quote.exact.length + ctxWeight));
  const proximity = hint === null ? null : 1 / (1 + Math.abs(start - hint) / scale);
  const score = proximity === null ? window : (1 - PROXIMITY_WEIGHT) * window + PROXIMITY_WEIGHT * proximity;
  const wordEdges = (!startsOnWord(quote) || isWordBoundary(text, start)) && (!endsOnWord(quote) || isWordBoundary(text, end));
  const swallows = (probe: string): boolean => contains(candidate, probe) && !contains(quote.exact, probe);
  const swallowsContext = !exact && (swallows(quote.prefix.slice(-PROBE)) || swallows(quote.suffix.slice(0, PROBE)));
  return {
    start,
    end,
    method,
    exact,
    quote: fit.similarity,
    kept: fit.kept,
    context,
    bestSide,
    worstSide,
    window,
    proximity,
    wordEdges,
    swallowsContext,
    extraLineBreaks: exact ? 0 : countBreaks(candidate) - countBreaks(quote.exact),
    score,
  };
}

/** Whether the candidate is close to where the highlight is expected. */
export function isNear(e: Evaluation): boolean {
  return e.proximity !== null && e.proximity >= NEAR.proximity;
}

/**
 * Whether the candidate is trusted on its own: by its text and context, or by its text where
 * expected. (`anchor.ts` adds rules that need the other candidates: exact before fuzzy, ties,
 * ambiguity, a lone exact quote where expected.)
 */
export function acceptable(e: Evaluation, quoteLength: number): boolean {
  if (!e.wordEdges || e.swallowsContext || e.quote < FLOORS.quote) return false;
  // Far from where it was, only a distinctive quote ("России" or "to" occur everywhere), and only
  // verbatim: moved *and* edited is far less likely than a look-alike ("диалоге по
  // стратегической" in the TOC, its last word deleted, is not "диалога по стратегической"
  // in a question three thousand characters on).
  if (e.proximity !== null && !isNear(e) && (quoteLength < NEAR.distinctive || !e.exact)) return false;
  if (!e.exact) {
    // A damaged quote must be long enough for its damage to be a minority of it, and both of
    // its edges must be vouched for by some context: an edge next to wrecked context sits
    // wherever the alignment happened to put it (a dropped or swallowed word).
    if (quoteLength < FLOORS.fuzzyLength || e.worstSide < FLOORS.fuzzySide) return false;
    // Nor may it run over a paragraph break the quote did not have: that is the next paragraph.
    if (e.extraLineBreaks > 0) return false;
  }
  const ctx = e.context ?? 1;
  if (ctx >= FLOORS.context && e.window >= FLOORS.window) return true;
  if (!isNear(e)) return false;
  if (!e.exact) return ctx >= NEAR.bothSides || (quoteLength >= NEAR.longQuote && e.quote >= NEAR.longKept);
  return e.bestSide >= NEAR.oneSide || (quoteLength >= NEAR.distinctive && ctx >= NEAR.someContext);
}

/** An exact quote in nearly the same surroundings: no cheaper or better answer can exist. */
export function confident(e: Evaluation): boolean {
  return e.exact && (e.context === null || e.context >= CONFIDENT_CONTEXT);
}

function countBreaks(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** Length of the context ends looked for inside a damaged quote. */
const PROBE = 12;

/** Whether `probe` (if it says anything) occurs in `s` with at most one error. */
function contains(s: string, probe: string): boolean {
  if (probe.replace(/\s+/g, '').length < PROBE / 2 || s.length < probe.length - 1) return false;
  return search(s, probe, 1).length > 0;
}

/** The better of two evaluations (higher score; on a tie, the earlier method, then the earlier place). */
export function better(a: Evaluation | null, b: Evaluation): Evaluation {
  if (a === null) return b;
  if (b.score !== a.score) return b.score > a.score ? b : a;
  return a;
}
