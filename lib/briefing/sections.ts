/** Small helpers over the Briefing model used by the UI. */
import type { Briefing, Section } from './model';

/** The block a reader should land on for a section: its heading, else its question, else its first line. */
export function landingBlock(s: Section): number {
  if (s.headingBlocks.length) return s.headingBlocks[0];
  if (s.kind === 'qa') return s.questionBlock ?? s.answerBlock ?? s.bodyBlocks[0] ?? s.span.start;
  return s.bodyBlocks[0] ?? s.span.start;
}

/** The index of the section a block belongs to, or -1. */
export function sectionOfBlock(b: Briefing, block: number): number {
  let lo = 0;
  let hi = b.sections.length - 1;
  // Sections are in page order with non-overlapping spans.
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const { start, end } = b.sections[mid].span;
    if (block < start) hi = mid - 1;
    else if (block >= end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** For each section, the title the printed TOC gives it (null when no entry points to it). */
export function tocTitles(b: Briefing): (string | null)[] {
  const titles: (string | null)[] = b.sections.map(() => null);
  for (const e of b.toc) if (e.section !== null && titles[e.section] === null) titles[e.section] = e.title;
  return titles;
}

/**
 * A label for a section in lists: the printed TOC's wording when there is one (readers know the
 * page by it), else the body heading, else the first words of the question.
 */
export function displayTitle(s: Section, untitled: string, tocTitle: string | null = null): string {
  if (tocTitle) return tocTitle;
  if (s.title) return s.title;
  if (s.kind === 'qa' && s.question) {
    const words = s.question.split(' ');
    return words.length > 10 ? `${words.slice(0, 10).join(' ')}…` : s.question;
  }
  return untitled;
}
