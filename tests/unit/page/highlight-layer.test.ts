// @vitest-environment happy-dom
/**
 * The highlight layer over a real fixture page: spans become painted ranges by colour (a note
 * adds the dotted mark), a click point is hit-tested latest-first, a selection becomes a draft
 * (selectors, quote, section), and a changed article is indexed again.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TextIndex } from '../../../lib/anchoring';
import { HIGHLIGHT_COLOR_VALUES } from '../../../lib/page/colors';
import { HighlightLayer, type PaintedSpan } from '../../../lib/page/highlight-layer';
import { FakePainter } from '../support/fake-painter';
import { loadFixturePage, type LoadedPage } from '../support/page-fixture';

let page: LoadedPage;
let painter: FakePainter;
let layer: HighlightLayer;

beforeEach(() => {
  page = loadFixturePage();
  painter = new FakePainter();
  layer = new HighlightLayer(page.container, page.briefing, painter.asPainter(), 'en');
});

afterEach(() => vi.restoreAllMocks());

/** A span over the first occurrence of `phrase` in the article text. */
function spanOf(phrase: string, from = 0): { start: number; end: number } {
  const start = layer.text.indexOf(phrase, from);
  if (start < 0) throw new Error(`"${phrase}" not in the fixture`);
  return { start, end: start + phrase.length };
}

const span = (id: string, phrase: string, extra: Partial<PaintedSpan> = {}): PaintedSpan => ({
  id,
  ...spanOf(phrase),
  color: 'yellow',
  hasNote: false,
  created: 1,
  ...extra,
});

describe('HighlightLayer', () => {
  it('indexes the article container text', () => {
    expect(layer.text).toBe(TextIndex.build(page.container).text);
    expect(layer.text).toContain('Murat Nurtleu');
  });

  it('paints spans by colour, with the highlight fills, and marks those with a note', () => {
    layer.set([span('a', 'Murat Nurtleu'), span('b', 'OSCE Permanent Council', { color: 'blue', hasNote: true })]);
    expect(painter.texts('bl-note-yellow')).toEqual(['Murat Nurtleu']);
    expect(painter.painted.get('bl-note-yellow')?.look.background).toBe(HIGHLIGHT_COLOR_VALUES.yellow);
    expect(painter.texts('bl-note-blue')).toEqual(['OSCE Permanent Council']);
    expect(painter.texts('bl-note-marked')).toEqual(['OSCE Permanent Council']);
    expect(painter.painted.get('bl-note-marked')?.look.textDecoration).toMatch(/dotted/);
    // Colours with nothing to paint are cleared, not painted empty.
    expect(painter.painted.has('bl-note-green')).toBe(false);
    expect(painter.cleared).toContain('bl-note-green');
  });

  it('replaces the previous set and leaves out spans outside the text', () => {
    layer.set([span('a', 'Murat Nurtleu')]);
    const n = layer.text.length;
    layer.set([
      { id: 'out', start: n - 2, end: n + 10, color: 'pink', hasNote: false, created: 1 },
      { id: 'empty', start: 5, end: 5, color: 'pink', hasNote: false, created: 1 },
    ]);
    expect(layer.has('a')).toBe(false);
    expect(layer.has('out')).toBe(false);
    expect(layer.has('empty')).toBe(false);
    expect(painter.painted.has('bl-note-yellow')).toBe(false);
    expect(painter.painted.has('bl-note-pink')).toBe(false);
  });

  it('gives the range of a painted highlight, null for an unknown id', () => {
    layer.set([span('a', 'Murat Nurtleu')]);
    expect(String(layer.rangeOf('a'))).toBe('Murat Nurtleu');
    expect(layer.rangeOf('nope')).toBeNull();
  });

  it('hit-tests a point against the highlights, the latest created on top', () => {
    const phraseA = 'Sergey Lavrov';
    const phraseB = 'Lavrov';
    const a = spanOf(phraseA, layer.text.indexOf('talks'));
    layer.set([
      { id: 'older', ...a, color: 'yellow', hasNote: false, created: 1 },
      { id: 'newer', start: a.end - phraseB.length, end: a.end, color: 'green', hasNote: false, created: 2 },
    ]);
    // happy-dom has no layout: lay the two ranges out by their text.
    const boxes: Record<string, DOMRect[]> = {
      [phraseA]: [{ left: 0, right: 100, top: 0, bottom: 20 } as DOMRect],
      [phraseB]: [{ left: 50, right: 100, top: 0, bottom: 20 } as DOMRect],
    };
    vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      return (boxes[String(this)] ?? []) as unknown as DOMRectList;
    });
    expect(layer.hitTest(60, 10)).toBe('newer');
    expect(layer.hitTest(10, 10)).toBe('older');
    expect(layer.hitTest(10, 50)).toBeNull();
  });

  it('describes a selection as a draft: quote, selectors and section', () => {
    const index = TextIndex.build(page.container);
    const statement = page.briefing.sections.find((s) => s.title?.startsWith('Days of Russian Culture'));
    expect(statement).toBeDefined();
    // A phrase in that section's body (after its heading, past the table of contents).
    const heading = layer.text.lastIndexOf('Days of Russian Culture in Belgrade');
    const body = layer.text.slice(heading + 40, heading + 400);
    const words = body.trim().split(/\s+/).slice(0, 4).join(' ');
    const start = layer.text.indexOf(words, heading + 40);
    // The reader's selection takes in a space on each side; the draft trims it.
    const range = index.rangeFromSpan({ start: start - 1, end: start + words.length + 1 });
    const draft = layer.draftFrom(range, 'https://mid.ru/en/briefing/1900001/');
    expect(draft).not.toBeNull();
    expect(draft!.quote).toBe(words);
    expect(draft!.url).toBe('https://mid.ru/en/briefing/1900001/');
    expect(draft!.language).toBe('en');
    const quote = draft!.selectors.find((s) => s.type === 'TextQuoteSelector');
    const position = draft!.selectors.find((s) => s.type === 'TextPositionSelector');
    expect(quote).toMatchObject({ exact: words });
    expect(position).toMatchObject({ start, end: start + words.length });
    expect(draft!.section?.id).toBe(statement!.id);
  });

  it('gives no draft for a selection outside the article', () => {
    const outside = document.createElement('p');
    outside.textContent = 'Not article text';
    document.body.append(outside);
    const r = document.createRange();
    r.selectNodeContents(outside);
    expect(layer.draftFrom(r, 'https://mid.ru/')).toBeNull();
  });

  it('marks one highlight active, and none', () => {
    layer.set([span('a', 'Murat Nurtleu')]);
    layer.setActive('a');
    expect(painter.texts('bl-note-active')).toEqual(['Murat Nurtleu']);
    layer.setActive(null);
    expect(painter.painted.has('bl-note-active')).toBe(false);
  });

  it('indexes the text again on refresh and forgets the old spans', () => {
    layer.set([span('a', 'Murat Nurtleu')]);
    const p = document.createElement('p');
    p.textContent = 'A late paragraph about Tromsø harbours.';
    page.container.append(p);
    layer.refresh(page.briefing);
    expect(layer.text).toContain('A late paragraph about Tromsø harbours.');
    expect(layer.has('a')).toBe(false);
    expect(painter.painted.has('bl-note-yellow')).toBe(false);
  });
});
