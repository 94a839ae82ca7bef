/**
 * Re-anchoring: find a stored highlight in the current article text, cheapest evidence first.
 *
 *   1. position       the stored offsets still hold the quote (an unchanged page: O(1));
 *   2. section-quote  the exact quote inside the recorded section, near the recorded offset;
 *   3. quote          the exact quote anywhere in the article;
 *   4. fuzzy          approximate matches (approx-string-match) and context-framed places,
 *                     in the section first, then in the whole article.
 *
 * Every step's candidates are scored the same way (`score.ts`). A step returns at once only
 * when its best candidate is an exact quote in near-intact context; otherwise its acceptable
 * candidates are kept and compared with the later steps' ones, so a phrase repeated elsewhere
 * cannot beat the true place merely because it is found by a cheaper step. When no candidate
 * clears the floors, the result is an orphan: never a guess.
 */
import { bracketed, exactOccurrences, fuzzyOccurrences, type Candidate } from './candidates';
import { positionSelectorOf, quoteSelectorOf } from './describe';
import { acceptable, better, confident, evaluate, FLOORS, type Evaluation } from './score';
import type { AnchorMethod, AnchorResult, HighlightAnchor, SectionRange, TextQuoteSelector } from './types';

/** Re-anchor one highlight in `text`, whose sections are `sections`. Never throws on odd input. */
export function anchor(text: string, sections: readonly SectionRange[], stored: HighlightAnchor): AnchorResult {
  const quote = quoteSelectorOf(stored);
  if (!quote || quote.exact.length === 0) return { status: 'orphan', reason: 'invalid' };
  const section = stored.section ? (sections.find((s) => s.id === stored.section!.id) ?? null) : null;
  const search = new Search(text, quote, expectedStart(stored, section));

  // 1. The stored position, if the quote is still exactly there.
  const position = positionSelectorOf(stored);
  if (position && text.slice(position.start, position.end) === quote.exact) {
    const found = search.consider([position.start], 'position');
    if (found) return found;
  }

  // 2. The exact quote in the recorded section.
  if (section) {
    const found = search.consider(exactOccurrences(text, quote, section.start, section.end, search.hint), 'section-quote');
    if (found) return found;
  }

  // 3. The exact quote anywhere.
  const anywhere = search.consider(exactOccurrences(text, quote, 0, text.length, search.hint), 'quote');
  if (anywhere) return anywhere;

  // 4. Approximate matches: the section first (cheaper, fewer look-alikes), then the article.
  if (section) {
    search.considerFuzzy(section.start, Math.min(text.length, section.end + quote.exact.length));
    if (search.best) return search.result();
  }
  search.considerFuzzy(0, text.length);
  return search.result();
}

/** Where the highlight should start: the recorded section's start + offset, else the old offset. */
function expectedStart(stored: HighlightAnchor, section: SectionRange | null): number | null {
  if (section && stored.section) return section.start + stored.section.offset;
  return positionSelectorOf(stored)?.start ?? null;
}

/** The state of one re-anchoring: candidates already scored and the best acceptable one. */
class Search {
  best: Evaluation | null = null;
  private bestRejected = 0;
  private readonly seen = new Set<string>();
  private readonly maxErrors: number;

  constructor(
    private readonly text: string,
    private readonly quote: TextQuoteSelector,
    readonly hint: number | null,
  ) {
    this.maxErrors = Math.floor(quote.exact.length * (1 - FLOORS.quote));
  }

  /** Score exact occurrences; return a finished result when one is confidently right. */
  consider(starts: number[], method: AnchorMethod): AnchorResult | null {
    let stepBest: Evaluation | null = null;
    for (const start of starts) {
      const e = this.score({ start, end: start + this.quote.exact.length, quoteSim: 1 }, method);
      if (e && acceptable(e)) stepBest = better(stepBest, e);
    }
    return stepBest && confident(stepBest) ? this.result() : null;
  }

  /** Score approximate and context-framed candidates in `[from, to)`. */
  considerFuzzy(from: number, to: number): void {
    const { text, quote, hint, maxErrors } = this;
    if (this.maxErrors > 0) {
      for (const c of fuzzyOccurrences(text, quote.exact, from, to, maxErrors, hint)) this.score(c, 'fuzzy');
    }
    for (const c of bracketed(text, quote, from, to, maxErrors, hint)) this.score(c, 'fuzzy');
  }

  result(): AnchorResult {
    const b = this.best;
    if (b) return { status: 'anchored', start: b.start, end: b.end, method: b.method, score: round(b.score) };
    return this.bestRejected > 0
      ? { status: 'orphan', reason: 'low-score', bestScore: round(this.bestRejected) }
      : { status: 'orphan', reason: 'not-found' };
  }

  private score(c: Candidate, method: AnchorMethod): Evaluation | null {
    const key = `${c.start}:${c.end}`;
    if (this.seen.has(key)) return null;
    this.seen.add(key);
    const e = evaluate(this.text, this.quote, c.start, c.end, c.quoteSim, this.hint, method);
    if (acceptable(e)) this.best = better(this.best, e);
    else this.bestRejected = Math.max(this.bestRejected, e.score);
    return e;
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
