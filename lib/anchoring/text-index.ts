/**
 * The thin DOM layer of anchoring: offsets in the article text ⇄ DOM Ranges.
 *
 * The article text is the container's `textContent`, i.e. its text nodes concatenated in
 * document order; this index lists those nodes with their start offsets, so mapping either way is
 * a binary search. It is a snapshot: rebuild it when the container's text nodes change (painting
 * with the CSS Custom Highlight API does not change them; wrapping highlights in elements would).
 */
import type { TextSpan } from './types';

// Numeric constants instead of the NodeFilter / Node globals, which a Node script running
// happy-dom through its Window (the bench) does not have.
const SHOW_TEXT = 0x4;
const TEXT_NODE = 3;

export class TextIndex {
  /** The container's `textContent`, built from the same nodes as the index. */
  readonly text: string;
  private readonly nodes: Text[];
  private readonly starts: number[];
  private readonly position = new Map<Text, number>();

  private constructor(
    readonly root: Node,
    nodes: Text[],
  ) {
    this.nodes = nodes;
    this.starts = [];
    let offset = 0;
    const parts: string[] = [];
    nodes.forEach((node, i) => {
      this.starts.push(offset);
      this.position.set(node, i);
      parts.push(node.data);
      offset += node.data.length;
    });
    this.text = parts.join('');
  }

  /** Index the text nodes under `root` (empty ones are skipped: they hold no offsets). */
  static build(root: Node): TextIndex {
    const walker = ownerDocument(root).createTreeWalker(root, SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((n as Text).data.length > 0) nodes.push(n as Text);
    }
    return new TextIndex(root, nodes);
  }

  /**
   * The text offsets a Range covers, clipped to the container; null when it lies wholly outside
   * or covers no text.
   */
  spanFromRange(range: Range): TextSpan | null {
    const start = this.offsetOf(range.startContainer, range.startOffset);
    const end = this.offsetOf(range.endContainer, range.endOffset);
    return start < end ? { start, end } : null;
  }

  /** A live Range over `[start, end)` of the text. Throws on offsets outside the text. */
  rangeFromSpan({ start, end }: TextSpan): Range {
    if (!(0 <= start && start <= end && end <= this.text.length)) {
      throw new RangeError(`TextIndex: span [${start}, ${end}) outside the text (length ${this.text.length})`);
    }
    const range = ownerDocument(this.root).createRange();
    if (this.nodes.length === 0) {
      range.selectNodeContents(this.root);
      return range;
    }
    // A start on a node boundary goes to the beginning of the next node, an end to the end of
    // the previous one, so the Range does not reach into text it does not cover.
    const s = this.nodeAt(start, 'start');
    const e = this.nodeAt(end, 'end');
    range.setStart(this.nodes[s]!, start - this.starts[s]!);
    range.setEnd(this.nodes[e]!, end - this.starts[e]!);
    return range;
  }

  /** The text offsets an element (or text node) inside the container spans; null if it has no text. */
  spanOfNode(node: Node): TextSpan | null {
    const range = ownerDocument(this.root).createRange();
    range.selectNodeContents(node);
    return this.spanFromRange(range);
  }

  /** Offset in the text of a DOM boundary point (a Range start or end). */
  private offsetOf(container: Node, offset: number): number {
    const inRoot = ownerDocument(this.root).createRange();
    inRoot.selectNodeContents(this.root);
    const where = inRoot.comparePoint(container, offset);
    if (where < 0) return 0;
    if (where > 0) return this.text.length;
    if (container.nodeType === TEXT_NODE) {
      const i = this.position.get(container as Text);
      if (i !== undefined) return this.starts[i]! + Math.min(offset, this.nodes[i]!.data.length);
    }
    const next = this.firstTextAtOrAfter(container, offset);
    return next === null ? this.text.length : this.starts[next]!;
  }

  /** Index of the first indexed text node at or after the boundary point (container, offset). */
  private firstTextAtOrAfter(container: Node, offset: number): number | null {
    // Character data (an unindexed empty text node, a comment): the point sits inside it, so
    // the next text comes after it.
    const isCharacterData = 'data' in container;
    let target: Node | null = isCharacterData ? null : (container.childNodes[offset] ?? null);
    if (target === null) target = nextOutside(container, this.root);
    if (target === null) return null;
    const i = this.position.get(target as Text);
    if (i !== undefined) return i;
    const walker = ownerDocument(this.root).createTreeWalker(this.root, SHOW_TEXT);
    walker.currentNode = target;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const j = this.position.get(n as Text);
      if (j !== undefined) return j;
    }
    return null;
  }

  /** Index of the node holding `offset`; see `rangeFromSpan` for boundary offsets. */
  private nodeAt(offset: number, bias: 'start' | 'end'): number {
    let lo = 0;
    let hi = this.nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const begins = this.starts[mid]!;
      if (begins < offset || (bias === 'start' && begins === offset)) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** The node that follows `node`'s subtree in document order, without leaving `root`. */
function nextOutside(node: Node, root: Node): Node | null {
  for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

function ownerDocument(node: Node): Document {
  return (node.ownerDocument ?? node) as Document;
}
