/**
 * Describe a range of the article text as the selectors a highlight stores.
 *
 * Pure: works on the article text and section offsets only. The DOM layer (`text-index.ts`)
 * turns the user's selection into `{start, end}` first.
 */
import type { HighlightAnchor, SectionRange, SectionRef, TextPositionSelector, TextQuoteSelector, TextSpan } from './types';

/**
 * Characters of context kept on each side of the quote. 32 as in Hypothesis and
 * dom-anchor-text-quote: enough to tell repeated phrases apart, short enough that an edit next to
 * the highlight only damages part of it.
 */
export const CONTEXT_LENGTH = 32;

/** Selectors and section info for `span` of `text`. Throws on a span outside the text or empty. */
export function describe(text: string, sections: readonly SectionRange[], span: TextSpan): HighlightAnchor {
  assertSpan(text, span);
  const { start, end } = span;
  const quote: TextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: dropBrokenSurrogateStart(text.slice(Math.max(0, start - CONTEXT_LENGTH), start)),
    suffix: dropBrokenSurrogateEnd(text.slice(end, Math.min(text.length, end + CONTEXT_LENGTH))),
  };
  const position: TextPositionSelector = { type: 'TextPositionSelector', start, end };
  return { selectors: [quote, position], section: sectionRefAt(sections, start) };
}

/** The section that contains `offset`, as stored with a highlight; null outside every section. */
export function sectionRefAt(sections: readonly SectionRange[], offset: number): SectionRef | null {
  const section = sections.find((s) => s.start <= offset && offset < s.end);
  return section ? { id: section.id, title: section.title, offset: offset - section.start } : null;
}

/**
 * Shrink a span so it starts and ends on non-whitespace. A mouse selection usually drags in the
 * newline and indentation between paragraphs; storing those would make the quote depend on
 * markup indentation. Returns null when the span holds only whitespace.
 */
export function trimSpan(text: string, span: TextSpan): TextSpan | null {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

export function quoteSelectorOf(anchor: HighlightAnchor): TextQuoteSelector | undefined {
  return anchor.selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

export function positionSelectorOf(anchor: HighlightAnchor): TextPositionSelector | undefined {
  return anchor.selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

function assertSpan(text: string, { start, end }: TextSpan): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`describe: span [${start}, ${end}) is empty or outside the text (length ${text.length})`);
  }
}

// Context is cut at a fixed length, which can split a surrogate pair (an emoji, a rare CJK
// character). A lone half is harmless to match against but ugly in an export, so drop it.
function dropBrokenSurrogateStart(s: string): string {
  return /^[\uDC00-\uDFFF]/.test(s) ? s.slice(1) : s;
}

function dropBrokenSurrogateEnd(s: string): string {
  return /[\uD800-\uDBFF]$/.test(s) ? s.slice(0, -1) : s;
}
