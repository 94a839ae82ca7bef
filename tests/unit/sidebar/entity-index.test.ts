// @vitest-environment happy-dom
/** The entity index: which blocks are searched, and mentions and groups placed in sections. */
import { describe, expect, it } from 'vitest';
import { findForPage } from '../../../lib/background/entity-service';
import { sectionOfBlock } from '../../../lib/briefing/sections';
import { buildEntityIndex, entityBlocks } from '../../../lib/sidebar/entity-index';
import { fixtureArticle } from '../support/sidebar-fakes';

describe('entityBlocks', () => {
  it("takes the sections' heading and body blocks, once each, in order, and nothing else", () => {
    const { briefing } = fixtureArticle();
    const blocks = entityBlocks(briefing);
    expect(blocks.length).toBeGreaterThan(0);
    for (let k = 1; k < blocks.length; k++) expect(blocks[k]).toBeGreaterThan(blocks[k - 1]);
    for (const s of briefing.sections) for (const b of [...s.headingBlocks, ...s.bodyBlocks]) expect(blocks).toContain(b);
    // The page's chrome before the first section (title, table of contents) is left out.
    const first = briefing.sections[0].span.start;
    expect(first).toBeGreaterThan(0);
    expect(blocks.every((b) => b >= first)).toBe(true);
  });
});

describe('buildEntityIndex', () => {
  it('places block-relative spans in their blocks and sections', () => {
    const { briefing } = fixtureArticle();
    const blocks = entityBlocks(briefing);
    const found = findForPage(
      blocks.map((b) => briefing.blocks[b].text),
      'en',
    );
    const index = buildEntityIndex(briefing, blocks, found);
    expect(index.mentions).toHaveLength(found.spans.flat().length);
    for (const m of index.mentions) {
      expect(briefing.blocks[m.block].text.slice(m.start, m.end)).toBe(m.text);
      expect(m.section).toBe(sectionOfBlock(briefing, m.block));
    }
  });

  it("lists each group's sections, sorted and once each", () => {
    const { briefing } = fixtureArticle();
    const qa = briefing.sections.findIndex((s) => s.kind === 'qa');
    const blocks = [briefing.sections[qa].bodyBlocks[0], briefing.sections[0].bodyBlocks[0], briefing.sections[0].bodyBlocks[0]];
    const span = (start: number) => ({ start, end: start + 3, type: 'place' as const, text: 'abc', key: 'place:abc' });
    const index = buildEntityIndex(briefing, blocks, {
      spans: [[span(0)], [span(1)], [span(2)]],
      groups: [{ key: 'place:abc', type: 'place', label: 'Abc', count: 3, mentions: [0, 1, 2] }],
    });
    expect(index.mentions.map((m) => [m.block, m.section])).toEqual([
      [blocks[0], qa],
      [blocks[1], 0],
      [blocks[2], 0],
    ]);
    expect(index.groups[0].sections).toEqual([0, qa]);
    expect(index.groups[0]).toMatchObject({ key: 'place:abc', label: 'Abc', count: 3 });
  });
});
