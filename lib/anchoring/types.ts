/**
 * Types shared by describing and re-anchoring highlights.
 *
 * Everything here works on one plain string, the *article text*: in the browser that is the
 * article container's `textContent` (all its text nodes concatenated in document order), so every
 * offset is a UTF-16 code unit index into that string, as in Hypothesis and in the Briefing
 * model's block offsets. The W3C model counts code points instead; convert on export if a
 * consumer needs that, never silently here.
 */

/** W3C Web Annotation `TextQuoteSelector`: the highlighted text plus a little context. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Up to `CONTEXT_LENGTH` characters just before `exact` (shorter at the text's start). */
  prefix: string;
  /** Up to `CONTEXT_LENGTH` characters just after `exact` (shorter at the text's end). */
  suffix: string;
}

/** W3C Web Annotation `TextPositionSelector`: `start` inclusive, `end` exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** A section of the article text, as the Briefing model's sections cover it. */
export interface SectionRange {
  id: string;
  title: string | null;
  /** Offsets into the article text; `end` exclusive. */
  start: number;
  end: number;
}

/** Which section a highlight was made in, and where inside it. */
export interface SectionRef {
  id: string;
  title: string | null;
  /** Offset of the highlight's start from the section's start. */
  offset: number;
}

/**
 * What a stored highlight needs to find its text again. `selectors` is a W3C selector list so
 * that it exports as-is; it holds exactly one `TextQuoteSelector` and at most one
 * `TextPositionSelector` (an imported annotation may come without one).
 */
export interface HighlightAnchor {
  selectors: Selector[];
  section: SectionRef | null;
}

/** A half-open character range `[start, end)` in the article text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** How a highlight was found, cheapest first. */
export type AnchorMethod = 'position' | 'section-quote' | 'quote' | 'fuzzy';

export type OrphanReason =
  /** The anchor has no usable quote (empty, or no `TextQuoteSelector`). */
  | 'invalid'
  /** Nothing in the text resembles the quote. */
  | 'not-found'
  /** Something resembles it, but not closely enough to be trusted. */
  | 'low-score'
  /** Two separate places fit about equally well; picking one would be a guess. */
  | 'ambiguous';

export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; method: AnchorMethod; score: number }
  | { status: 'orphan'; reason: OrphanReason /** Best rejected candidate's score, for logs. */; bestScore?: number };
