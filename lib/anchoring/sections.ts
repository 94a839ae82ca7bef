/**
 * Section ranges from the Briefing model: the bridge between segmentation and anchoring.
 * A section covers its blocks from the first to the last one that has offsets in the article text.
 */
import type { Briefing } from '../briefing/model';
import type { SectionRange } from './types';

export function sectionRanges(briefing: Pick<Briefing, 'sections' | 'blocks'>): SectionRange[] {
  const ranges: SectionRange[] = [];
  for (const section of briefing.sections) {
    let start: number | undefined;
    let end: number | undefined;
    for (let i = section.span.start; i < section.span.end; i++) {
      const block = briefing.blocks[i];
      if (block?.start === undefined || block.end === undefined) continue;
      start ??= block.start;
      end = block.end;
    }
    if (start !== undefined && end !== undefined && start < end) {
      ranges.push({ id: section.id, title: section.title, start, end });
    }
  }
  return ranges;
}
