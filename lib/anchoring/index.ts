/**
 * Anchoring: describe a highlight as W3C selectors and find it again after the page changed.
 * Pure text + offsets, except `TextIndex` (the DOM ⇄ offsets layer).
 */
export type * from './types';
export { describe, trimSpan, sectionRefAt, quoteSelectorOf, positionSelectorOf, CONTEXT_LENGTH } from './describe';
export { anchor } from './anchor';
export { FLOORS } from './score';
export { TextIndex } from './text-index';
export { sectionRanges } from './sections';
