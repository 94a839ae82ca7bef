/**
 * Re-anchoring: find a stored highlight in the current article text, cheapest evidence first.
 *
 *   1. position       the stored offsets still hold the quote (an unchanged page: O(1));
 *   2. section-quote  the exact quote inside the recorded section, nearest the recorded offset;
 *   3. quote          the exact quote anywhere in the article;
 *   4. fuzzy          approximate matches (approx-string-match) and context-framed places:
 *                     around the expected position, then in the section, then in the article.
 *
 * Every candidate is scored the same way (`score.ts`). A step returns at once only for an exact
 * quote in near-intact context near where it is expected; otherwise candidates are pooled and
 * the best is taken at the end, so a phrase repeated elsewhere cannot win merely because a
 * cheaper step found it.
 *
 * Rules that keep wrong places out, at the price of some orphans:
 * - When the recorded section is still on the page, the highlight is only looked for inside it
 *   (plus a small margin for a re-segmented boundary). Section titles are printed twice on a
 *   briefing page (TOC and heading), so outside the section an edited title has a perfect twin.
 *   Steps 3 and the article-wide fuzzy search therefore run only for a highlight whose section
 *   is unknown or gone.
 * - A trusted place near the expected position beats any place further away; a far place is
 *   refused while something resembling the highlight is still where it was (its edited
 *   original: the far one is a twin).
 * - Among readings of one place, the exact quote beats fuzzy ones, and an untrusted reading
 *   that fits clearly better vetoes a trusted worse one (it would stretch or cut the highlight).
 * - If a second, separate place scores nearly as well as the best, the text cannot tell them
 *   apart: the highlight is an orphan rather than a coin toss.
 */
import { edgeVariants, exactOccurrences, fuzzyOccurrences, MAX_SEARCH_ERRORS, nextToContext, type Candidate } from './candidates';
import { positionSelectorOf, quoteSelectorOf } from './describe';
import { trigramsOf } from './qgrams';
import { acceptable, better, confident, evaluate, FLOORS, isNear, PROXIMITY_SCALE, type Evaluation } from './score';
import type { AnchorMethod, AnchorResult, HighlightAnchor, SectionRange, TextQuoteSelector, TextSpan } from './types';

/** How far outside its recorded section a highlight may be found (a boundary that moved). */
const SECTION_MARGIN = 256;

/**
 * How much a position counted from the article's start is allowed to drift per character before
 * it: 3% (an edit rate well above what a re-published transcript sees).
 */
const DRIFT_PER_CHAR = 0.03;

/** Half-widths of the windows searched first around the expected position. */
const TIGHT_MARGIN = 32;
const LOCAL_MARGIN = 256;

/**
 * A runner-up at another place scoring within this of the best makes the result ambiguous.
 * Proximity weighs 0.1, so two identical passages are only told apart when one of them is
 * within a few dozen characters of where the highlight was and the other is far off.
 */
const AMBIGUITY_MARGIN = 0.08;

/**
 * A place near the expected position whose window is at least this similar counts as the
 * edited original: a far-away match is then refused. Unrelated text near the expected position
 * scores about 0.1–0.35.
 */
const NEAR_EVIDENCE = 0.4;

/** An untrusted reading of the same place scoring better than a trusted one by more than this vetoes it. */
const READING_MARGIN = 0;

/** Readings of one place scoring within this of each other are a tie. */
const TIE = 0.015;

/** A lone exact quote near its place: this long at least, context at least this similar. */
const LONE = { minLength: 2, context: 0.55 } as const;

export interface AnchorOptions {
  /**
   * Exact evidence only (steps 1–3). A highlight made on the article in another language cannot
   * be found by approximate matching, and the fuzzy search costs milliseconds per highlight.
   */
  exactOnly?: boolean;
  /** Receives every candidate scored, for diagnostics (why did this highlight orphan?). */
  trace?: (candidates: Evaluation[]) => void;
}

/** Re-anchor one highlight in `text`, whose sections are `sections`. Never throws on odd input. */
export function anchor(
  text: string,
  sections: readonly SectionRange[],
  stored: HighlightAnchor,
  options: AnchorOptions = {},
): AnchorResult {
  const quote = quoteSelectorOf(stored);
  if (!quote || quote.exact.length === 0) return { status: 'orphan', reason: 'invalid' };
  const ref = stored.section;
  const section = ref ? (sections.find((s) => s.id === ref.id) ?? null) : null;
  const hint = section && ref ? section.start + ref.offset : (positionSelectorOf(stored)?.start ?? null);
  // An offset inside the section moves only with edits in that section; an offset from the start
  // of the article moves with every edit before it, so it is trusted less the further it is.
  const scale = section ? PROXIMITY_SCALE : PROXIMITY_SCALE + DRIFT_PER_CHAR * Math.max(0, hint ?? 0);
  const area: TextSpan = section
    ? { start: Math.max(0, section.start - SECTION_MARGIN), end: Math.min(text.length, section.end + SECTION_MARGIN) }
    : { start: 0, end: text.length };
  const search = new Search(text, quote, hint, scale, area, options.trace);
  const len = quote.exact.length;

  // 1. The stored position, if the quote is still exactly there.
  const position = positionSelectorOf(stored);
  if (position && text.slice(position.start, position.end) === quote.exact) {
    const done = search.exact([position.start], 'position');
    if (done) return done;
  }

  // 2. / 3. The exact quote in the section, or anywhere when the section is unknown or gone.
  const done = search.exact(exactOccurrences(text, quote, area.start, area.end, hint), section ? 'section-quote' : 'quote');
  if (done) return done;
  if (options.exactOnly) return search.decide();

  // 4. Approximate matches, nearest first: a damaged original near the expected position must
  // be seen before deciding, or an intact twin further away would win unopposed. The tight
  // window matters because approx-string-match only reports the cheapest matches in what it
  // is given: a look-alike a paragraph away would hide the damaged original.
  if (hint !== null) {
    search.fuzzy(hint - TIGHT_MARGIN, hint + TIGHT_MARGIN);
    search.fuzzy(hint - LOCAL_MARGIN, hint + len + LOCAL_MARGIN);
  }
  search.fuzzy(area.start, area.end);
  return search.decide();
}

/** The state of one re-anchoring: every candidate scored so far. */
class Search {
  private readonly scored = new Map<string, Evaluation>();
  private readonly contextHits = new Map<string, Candidate | null>();
  private readonly maxErrors: number;

  constructor(
    private readonly text: string,
    private readonly quote: TextQuoteSelector,
    private readonly hint: number | null,
    private readonly scale: number,
    private readonly area: TextSpan,
    private readonly trace?: (candidates: Evaluation[]) => void,
  ) {
    this.maxErrors = Math.floor(quote.exact.length * (1 - FLOORS.quote));
  }

  /**
   * Score exact occurrences starting at `starts`. Returns a result when the best is an exact
   * quote in near-intact context close to the expected position: nothing could beat it.
   */
  exact(starts: number[], method: AnchorMethod): AnchorResult | null {
    const trusted: Evaluation[] = [];
    for (const start of starts) {
      const e = this.score({ start, end: start + this.quote.exact.length }, method);
      if (this.ok(e)) trusted.push(e);
    }
    const best = bestOf(trusted);
    if (!best || !confident(best) || (this.hint !== null && !isNear(best))) return null;
    // Another place with the same words and the same context: without a recorded position to
    // choose by, that is for `decide` to call ambiguous, not for this step to pick.
    if (this.hint === null && trusted.some((e) => e !== best && !overlaps(e, best) && e.score >= best.score - AMBIGUITY_MARGIN)) {
      return null;
    }
    return this.finish(anchored(best));
  }

  /** Score approximate and context-anchored candidates starting in `[from, to)` (within the area). */
  fuzzy(from: number, to: number): void {
    const lo = Math.max(from, this.area.start);
    const hi = Math.min(to, this.area.end);
    if (lo >= hi) return;
    const { text, quote, hint, maxErrors } = this;
    // Skip the approximate search where the article cannot hold the quote within maxErrors edits.
    const hopeless = trigramsOf(text).cannotMatch(quote.exact, Math.min(MAX_SEARCH_ERRORS, maxErrors));
    const found = [
      ...(hopeless ? [] : fuzzyOccurrences(text, quote.exact, lo, hi, maxErrors, hint)),
      ...nextToContext(text, quote, lo, hi, maxErrors, hint, this.contextHits),
    ];
    for (const c of found) {
      this.score(c, 'fuzzy');
      for (const v of edgeVariants(text, quote, c)) this.score(v, 'fuzzy');
    }
  }

  /** The best acceptable candidate, unless another place is nearly as good. */
  decide(): AnchorResult {
    return this.finish(this.choose());
  }

  private finish(result: AnchorResult): AnchorResult {
    this.trace?.([...this.scored.values()]);
    return result;
  }

  private choose(): AnchorResult {
    const all = [...this.scored.values()];
    const near = all.filter(isNear);
    const nearBest = this.pick(near.filter((e) => this.ok(e)));
    if (nearBest) {
      // The best reading of the stored window here is not trusted (too little of the quote is
      // left), and the trusted one is a worse fit of the same place: it would stretch the
      // highlight over a neighbouring word, or cut one off. Refuse rather than take the lesser
      // reading. (The exact quote needs no such check: it is the quote.)
      const top = nearBest.exact ? null : bestOf(near.filter((e) => e.wordEdges && overlaps(e, nearBest)));
      if (top && !this.ok(top) && top.score > nearBest.score + READING_MARGIN) {
        return { status: 'orphan', reason: 'low-score', bestScore: round(nearBest.score) };
      }
      return this.unlessAmbiguous(nearBest, near);
    }
    const lone = this.loneExactNearby(near);
    if (lone) return anchored(lone);

    const best = this.pick(all.filter((e) => this.ok(e)));
    if (!best) {
      const rejected = Math.max(0, ...all.map((e) => e.score));
      return rejected > 0
        ? { status: 'orphan', reason: 'low-score', bestScore: round(rejected) }
        : { status: 'orphan', reason: 'not-found' };
    }
    // Far from where it was, while something like it is still there: the original was edited
    // and this is a twin (a TOC entry and its heading, a repeated formula). Refuse.
    if (near.some((e) => e.wordEdges && e.window >= NEAR_EVIDENCE)) {
      return { status: 'orphan', reason: 'ambiguous', bestScore: round(best.score) };
    }
    return this.unlessAmbiguous(best, all);
  }

  /**
   * The best of trusted candidates. The exact quote beats any fuzzy reading overlapping it (that
   * one only adds or drops edge words); among near-equal readings of one place, the one that
   * keeps more of the quote wins (the others dropped a word at an edited edge).
   */
  private pick(trusted: Evaluation[]): Evaluation | null {
    const best = bestOf(trusted);
    if (!best) return null;
    const exact = bestOf(trusted.filter((e) => e.exact && overlaps(e, best)));
    if (exact) return exact;
    return trusted.filter((e) => overlaps(e, best) && e.score >= best.score - TIE).reduce((a, b) => (b.kept > a.kept ? b : a), best);
  }

  /**
   * The exact quote, close to where it was, and the only exact occurrence there, with context not
   * contradicted outright: an untouched label ("Back", "to") between two edited paragraphs has
   * lost most of its context, yet nothing else could be meant.
   */
  private loneExactNearby(near: Evaluation[]): Evaluation | null {
    const exact = near.filter((e) => e.exact && e.wordEdges);
    if (exact.length !== 1) return null;
    const e = exact[0]!;
    return this.quote.exact.length >= LONE.minLength && (e.context ?? 1) >= LONE.context ? e : null;
  }

  /** `best`, unless another separate place among `rivals` scores nearly as well. */
  private unlessAmbiguous(best: Evaluation, rivals: Evaluation[]): AnchorResult {
    if (confident(best) && isNear(best)) return anchored(best);
    // A rival is another place that could itself be the highlight: the quote verbatim, or a
    // trusted reading. A fragment of a word that merely scores well on context is not one.
    const rival = rivals.find(
      (e) => e !== best && e.wordEdges && (e.exact || this.ok(e)) && !overlaps(e, best) && e.score >= best.score - AMBIGUITY_MARGIN,
    );
    return rival ? { status: 'orphan', reason: 'ambiguous', bestScore: round(best.score) } : anchored(best);
  }

  private ok(e: Evaluation): boolean {
    return acceptable(e, this.quote.exact.length);
  }

  private score(c: Candidate, method: AnchorMethod): Evaluation {
    const key = `${c.start}:${c.end}`;
    const seen = this.scored.get(key);
    if (seen) return seen;
    const e = evaluate(this.text, this.quote, c.start, c.end, this.hint, method, this.scale);
    this.scored.set(key, e);
    return e;
  }
}

function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

function bestOf(list: Evaluation[]): Evaluation | null {
  return list.reduce<Evaluation | null>((b, e) => better(b, e), null);
}

function anchored(e: Evaluation): AnchorResult {
  return { status: 'anchored', start: e.start, end: e.end, method: e.method, score: round(e.score) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
