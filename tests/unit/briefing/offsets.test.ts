// @vitest-environment happy-dom
/**
 * Block offsets → article text offsets: the one coordinate system the page paints in. Entity
 * spans and search hits are found in a block's own text and painted through the TextIndex over
 * the article, like highlights; these check that the two agree on real and awkward markup.
 */
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../../lib/adapters/dom';
import { TextIndex } from '../../../lib/anchoring';
import { sourceSpan } from '../../../lib/briefing/offsets';
import { loadFixturePage } from '../support/page-fixture';

function painted(container: Element, block: Parameters<typeof sourceSpan>[0], start: number, end: number): string {
  const span = sourceSpan(block, start, end);
  if (!span) throw new Error('no span');
  return String(TextIndex.build(container).rangeFromSpan(span));
}

describe('sourceSpan', () => {
  it('places a block’s text in the article across inline elements', () => {
    document.body.innerHTML = '<div id="c"><p>Intro.</p><p>Sergey <b>Lavrov</b> met <i>Murat</i> Nurtleu</p></div>';
    const c = document.getElementById('c')!;
    const block = blocksOf(c).find((b) => b.text.startsWith('Sergey'))!;
    expect(block.gaps).toBeUndefined();
    for (const word of ['Sergey', 'Lavrov', 'Lavrov met Murat', 'Murat Nurtleu']) {
      const at = block.text.indexOf(word);
      expect(painted(c, block, at, at + word.length)).toBe(word);
    }
  });

  it('steps over the text of a nested block (a gap in the block’s own text)', () => {
    document.body.innerHTML = '<div id="c"><div>Sergey Lavrov <p>A nested paragraph.</p>met Murat Nurtleu</div></div>';
    const c = document.getElementById('c')!;
    const outer = blocksOf(c).find((b) => b.text.startsWith('Sergey'))!;
    expect(outer.text).toBe('Sergey Lavrov met Murat Nurtleu');
    expect(outer.gaps).toEqual([{ at: 'Sergey Lavrov '.length, skip: 'A nested paragraph.'.length }]);
    for (const word of ['Lavrov', 'met', 'Murat Nurtleu']) {
      const at = outer.text.indexOf(word);
      expect(painted(c, outer, at, at + word.length)).toBe(word);
    }
    // A span that ends right at the gap ends before the nested text; one starting there, after it.
    expect(painted(c, outer, 0, 'Sergey Lavrov '.length)).toBe('Sergey Lavrov ');
    expect(painted(c, outer, 'Sergey Lavrov '.length, 'Sergey Lavrov met'.length)).toBe('met');
  });

  it('gives null for a block with no place in the article text', () => {
    expect(sourceSpan({}, 0, 4)).toBeNull();
  });

  it('agrees with the page for every word of every block of a segmented fixture', () => {
    const { briefing, container } = loadFixturePage();
    const index = TextIndex.build(container);
    let checked = 0;
    for (const block of briefing.blocks) {
      if (block.start === undefined) continue;
      for (const m of block.text.matchAll(/[\p{L}\d]+/gu)) {
        const span = sourceSpan(block, m.index!, m.index! + m[0].length)!;
        expect(index.text.slice(span.start, span.end)).toBe(m[0]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
