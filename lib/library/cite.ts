/**
 * "Copy with citation" in the library: a highlight's quote with who said it, at which briefing,
 * when, in which section, and the link that reopens the briefing at it — the sidebar's own
 * citation (lib/briefing/citation.ts), fed from the stored records instead of a live page.
 */
import { citation, type CitationFormat } from '../briefing/citation';
import type { BriefingHeader, StatementSection } from '../briefing/model';
import type { BriefingRecord, HighlightRecord } from '../store/schema';
import { highlightLink } from './links';

export function highlightCitation(h: HighlightRecord, briefing: BriefingRecord | null, format: CitationFormat): string {
  const header: BriefingHeader = {
    title: briefing?.title ?? null,
    speaker: briefing?.speaker ?? null,
    place: null,
    date: briefing?.date ?? null,
    time: null,
    docNumber: null,
    language: briefing?.language ?? h.language ?? 'en',
  };
  // The citation reads a section's kind and title only; a stored record keeps just the title.
  const section: StatementSection | null = h.section?.title
    ? {
        kind: 'statement',
        id: h.section.id,
        ordinal: 0,
        title: h.section.title,
        span: { start: 0, end: 0 },
        headingBlocks: [],
        bodyBlocks: [],
      }
    : null;
  return citation({ briefing: { header }, section, quote: h.quote, url: highlightLink(h), format });
}
