/** Block-relative text offsets → DOM Ranges, through the block's own text nodes. */
import type { DomBlockRef } from '../adapters/dom';

export function blockRange(ref: DomBlockRef, start: number, end: number): Range | null {
  const doc = ref.element.ownerDocument;
  let offset = 0;
  let range: Range | null = null;
  for (const node of ref.textNodes) {
    const len = node.data.length;
    if (!range && start < offset + len) {
      range = doc.createRange();
      range.setStart(node, Math.max(0, start - offset));
    }
    if (range && end <= offset + len) {
      range.setEnd(node, Math.max(0, end - offset));
      return range;
    }
    offset += len;
  }
  return null;
}
