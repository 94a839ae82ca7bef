// @vitest-environment happy-dom
/** Entities painted per type as underlines, shown by the toggles, and walked one mention at a time. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ENTITY_STYLES, ENTITY_TYPES, EntityPainter, highlightName, type PaintedMention } from '../../../lib/page/entity-layer';
import { HIGHLIGHT_COLOR_VALUES } from '../../../lib/page/colors';
import { TextIndex } from '../../../lib/anchoring';
import { sourceSpan } from '../../../lib/briefing/offsets';
import { FakePainter } from '../support/fake-painter';
import { loadFixturePage, type LoadedPage } from '../support/page-fixture';

let page: LoadedPage;
let painter: FakePainter;
let scrollBy: ReturnType<typeof vi.fn>;
let entities: EntityPainter;

beforeEach(() => {
  page = loadFixturePage();
  painter = new FakePainter();
  scrollBy = vi.fn();
  const win = { scrollBy, innerHeight: 900, matchMedia: () => ({ matches: true }) } as unknown as Window;
  const index = TextIndex.build(page.container);
  entities = new EntityPainter((s) => (s.start < s.end ? index.rangeFromSpan(s) : null), painter.asPainter(), win);
});

/** A mention of `word` in the first block that holds it, as the frame sends it: a span of the article text. */
function mentionOf(word: string, type: PaintedMention['type']): PaintedMention {
  const block = page.briefing.blocks.find((b) => b.text.includes(word));
  if (!block) throw new Error(`"${word}" in no block`);
  const start = block.text.indexOf(word);
  return { ...sourceSpan(block, start, start + word.length)!, type };
}

describe('entity underline styles', () => {
  it('are underlines only, one distinct style per type, no fill like a highlight', () => {
    const styles = ENTITY_TYPES.map((t) => ENTITY_STYLES[t]);
    for (const s of styles) expect(s).toMatch(/^underline /);
    expect(new Set(styles).size).toBe(ENTITY_TYPES.length);
    for (const fill of Object.values(HIGHLIGHT_COLOR_VALUES)) expect(styles.join(' ')).not.toContain(fill);
  });
});

describe('EntityPainter', () => {
  it('paints nothing until shown, then each shown type under its own name and style', () => {
    entities.setMentions([mentionOf('Lavrov', 'person'), mentionOf('Belgrade', 'place'), mentionOf('OSCE', 'organization')]);
    expect(painter.painted.size).toBe(0);
    entities.show(true, { person: true, place: true, organization: false, date: true });
    expect(painter.texts(highlightName('person'))).toEqual(['Lavrov']);
    expect(painter.texts(highlightName('place'))).toEqual(['Belgrade']);
    expect(painter.painted.get(highlightName('person'))?.look).toEqual({ textDecoration: ENTITY_STYLES.person });
    expect(painter.painted.get(highlightName('person'))?.look.background).toBeUndefined();
    expect(painter.painted.has(highlightName('organization'))).toBe(false);
  });

  it('clears every type when the master switch is off', () => {
    entities.setMentions([mentionOf('Lavrov', 'person')]);
    entities.show(true, { person: true });
    entities.show(false, { person: true });
    for (const t of ENTITY_TYPES) expect(painter.painted.has(highlightName(t))).toBe(false);
  });

  it('leaves out empty mentions (a block with no place in the article)', () => {
    entities.show(true, { person: true });
    entities.setMentions([{ start: 0, end: 0, type: 'person' }, mentionOf('Lavrov', 'person')]);
    expect(painter.texts(highlightName('person'))).toEqual(['Lavrov']);
  });

  it('walks to a mention: scrolls it into view and marks it until cleared', () => {
    entities.setMentions([mentionOf('Lavrov', 'person'), mentionOf('Belgrade', 'place')]);
    entities.walk(1);
    expect(scrollBy).toHaveBeenCalledTimes(1);
    // Reduced motion asked for: no smooth scrolling.
    expect(scrollBy.mock.calls[0][0]).toMatchObject({ behavior: 'auto' });
    expect(painter.texts('bl-entity-flash')).toEqual(['Belgrade']);
    entities.walk(0);
    expect(painter.texts('bl-entity-flash')).toEqual(['Lavrov']);
    entities.clearWalk();
    expect(painter.painted.has('bl-entity-flash')).toBe(false);
  });

  it('ignores a walk to a mention that does not exist', () => {
    entities.setMentions([mentionOf('Lavrov', 'person')]);
    entities.walk(5);
    expect(scrollBy).not.toHaveBeenCalled();
    expect(painter.painted.has('bl-entity-flash')).toBe(false);
  });
});
