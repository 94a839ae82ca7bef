// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { TextIndex } from '../../../lib/anchoring/text-index';

let root: HTMLElement;

beforeEach(() => {
  document.body.innerHTML = `
    <p>Before</p>
    <div id="article"><h2 id="h">Update on <em>Afghanistan</em></h2><p id="p1">The <b>ministers</b> met.</p><!-- note --><p id="empty"></p><p id="p2">Back to top</p></div>
    <p>After</p>`;
  root = document.getElementById('article')!;
});

const text = 'Update on AfghanistanThe ministers met.Back to top';

describe('TextIndex', () => {
  it('holds the container’s textContent', () => {
    const index = TextIndex.build(root);
    expect(index.text).toBe(root.textContent);
    expect(index.text).toBe(text);
  });

  it('maps offsets to a Range and back, across element boundaries', () => {
    const index = TextIndex.build(root);
    for (const [start, end] of [
      [0, 6],
      [10, 21],
      [7, 30],
      [21, 24], // starts exactly on a node boundary
      [0, text.length],
      [text.length - 3, text.length],
    ] as const) {
      const range = index.rangeFromSpan({ start, end });
      expect(range.toString()).toBe(text.slice(start, end));
      expect(index.spanFromRange(range)).toEqual({ start, end });
    }
  });

  it('puts a boundary offset in the node it begins or ends, not the neighbour', () => {
    const index = TextIndex.build(root);
    const r = index.rangeFromSpan({ start: 21, end: 39 }); // "The ministers met."
    expect(r.startContainer.textContent).toBe('The ');
    expect(r.startOffset).toBe(0);
    expect(r.endContainer.textContent).toBe(' met.');
    expect(r.endOffset).toBe(5);
  });

  it('maps element-level boundaries (a selection of whole paragraphs) to offsets', () => {
    const index = TextIndex.build(root);
    const range = document.createRange();
    range.setStartBefore(document.getElementById('p1')!);
    range.setEndAfter(document.getElementById('p2')!);
    expect(index.spanFromRange(range)).toEqual({ start: 21, end: text.length });
    expect(index.spanOfNode(document.getElementById('h')!)).toEqual({ start: 0, end: 21 });
    expect(index.spanOfNode(document.getElementById('empty')!)).toBeNull();
  });

  it('clips a range that reaches outside the container', () => {
    const index = TextIndex.build(root);
    const range = document.createRange();
    range.setStart(document.body.firstElementChild!.firstChild!, 2); // inside "Before"
    range.setEnd(document.getElementById('p1')!.firstChild!, 2); // "Th|e"
    expect(index.spanFromRange(range)).toEqual({ start: 0, end: 23 });
    const outside = document.createRange();
    outside.selectNodeContents(document.body.lastElementChild!);
    expect(index.spanFromRange(outside)).toBeNull();
  });

  it('refuses offsets outside the text', () => {
    const index = TextIndex.build(root);
    expect(() => index.rangeFromSpan({ start: -1, end: 2 })).toThrow(RangeError);
    expect(() => index.rangeFromSpan({ start: 0, end: text.length + 1 })).toThrow(RangeError);
  });

  it('handles an empty container', () => {
    const empty = document.createElement('div');
    document.body.append(empty);
    const index = TextIndex.build(empty);
    expect(index.text).toBe('');
    expect(index.rangeFromSpan({ start: 0, end: 0 }).toString()).toBe('');
  });
});
