/**
 * Block-relative offsets → offsets in the adapter's source text (the article container's text
 * on a live page): the one coordinate system the page paints in. Entity spans and search hits
 * are found in a block's own text; highlights are anchored in the article text; both are painted
 * through the page's `TextIndex` over that article text.
 */
import type { Block } from './model';

export interface SourceSpan {
  start: number;
  end: number;
}

/**
 * Where `[start, end)` of the block's text lies in the source; null when the block has no place
 * in it (a header block outside the article). A span across a gap keeps its two ends and so
 * covers the skipped text too: one mention stays one span.
 */
export function sourceSpan(block: Pick<Block, 'start' | 'gaps'>, start: number, end: number): SourceSpan | null {
  if (block.start === undefined || end < start) return null;
  return { start: block.start + start + skipped(block, start, 'start'), end: block.start + end + skipped(block, end, 'end') };
}

/**
 * Characters the source skips before block offset `at`. A gap at exactly `at` counts for a start
 * (the text there begins after the gap) but not for an end (the text before it ends before it).
 */
function skipped(block: Pick<Block, 'gaps'>, at: number, bias: 'start' | 'end'): number {
  let n = 0;
  for (const g of block.gaps ?? []) if (g.at < at || (bias === 'start' && g.at === at)) n += g.skip;
  return n;
}
