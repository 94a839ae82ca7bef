/** The two adapters, each feeding the one segmentation core. */
import type { SegmentResult } from '../briefing/model';
import { segment } from '../segment';
import { documentToBlocks, type DomBlockRef } from './dom';
import { textToBlocks } from './text';

export function segmentText(source: string): SegmentResult<number> {
  return segment(textToBlocks(source));
}

export function segmentDocument(doc: Document): { result: SegmentResult<DomBlockRef>; container: Element } {
  const { blocks, container } = documentToBlocks(doc);
  return { result: segment(blocks), container };
}
