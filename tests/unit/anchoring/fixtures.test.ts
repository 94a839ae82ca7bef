/**
 * Describe → anchor round trip on every shared fixture page: every paragraph, random word runs
 * and runs across paragraphs land back exactly on an unchanged page (by position) and on a page
 * whose text moved (by quote), and their DOM ranges read back as the quote.
 */
import { describe as suite, expect, it } from 'vitest';
import { anchor } from '../../../lib/anchoring/anchor';
import { describe } from '../../../lib/anchoring/describe';
import { TextIndex } from '../../../lib/anchoring/text-index';
import type { TextSpan } from '../../../lib/anchoring/types';
import { loadFixture, sharedFixtureNames, SHARED_ABSENT_MESSAGE } from './fixture-text';
import { rng, wordsIn } from './mutate';

const names = sharedFixtureNames();

/** Every block, 300 random runs of 1–25 words, and 20 runs across two neighbouring blocks. */
function spansOf(text: string, blocks: TextSpan[], seed: number): TextSpan[] {
  const r = rng(seed);
  const spans: TextSpan[] = blocks.map((b) => {
    const words = wordsIn(text, b);
    return { start: words[0]!.start, end: words[words.length - 1]!.end };
  });
  const all = wordsIn(text, { start: 0, end: text.length });
  for (let i = 0; i < 300 && all.length > 0; i++) {
    const n = 1 + Math.floor(r() * Math.min(25, all.length));
    const first = Math.floor(r() * (all.length - n + 1));
    spans.push({ start: all[first]!.start, end: all[first + n - 1]!.end });
  }
  for (let i = 0; i + 1 < blocks.length && i < 20; i++) spans.push({ start: blocks[i]!.start, end: blocks[i + 1]!.end });
  return spans.filter((s) => s.end > s.start);
}

suite('round trip on the shared fixtures', () => {
  if (names.length === 0) {
    it.skip(SHARED_ABSENT_MESSAGE, () => {});
    return;
  }
  for (const name of names) {
    it(name, async () => {
      const fx = await loadFixture(name);
      try {
        const blocks = fx.blocks.length ? fx.blocks : [{ start: 0, end: fx.text.length }];
        const spans = spansOf(fx.text, blocks, 42);
        const index = TextIndex.build(fx.container);
        expect(index.text).toBe(fx.text);
        // The same page with an announcement inserted before the article text: every offset moves.
        const INSERT = 'Updated: an announcement was added at the top of this page.\n';
        const moved = INSERT + fx.text;
        const movedSections = fx.sections.map((s) => ({ ...s, start: s.start + INSERT.length, end: s.end + INSERT.length }));
        for (const span of spans) {
          const a = describe(fx.text, fx.sections, span);
          const quote = fx.text.slice(span.start, span.end);
          expect(index.rangeFromSpan(span).toString()).toBe(quote);

          const same = anchor(fx.text, fx.sections, a);
          expect(same, quote).toMatchObject({ status: 'anchored', method: 'position', start: span.start, end: span.end });

          const r = anchor(moved, movedSections, a);
          expect(r, quote).toMatchObject({ status: 'anchored', start: span.start + INSERT.length, end: span.end + INSERT.length });
        }
        console.log(`${name}: ${spans.length} spans round-tripped (text ${fx.text.length} chars, sections: ${fx.sectionSource})`);
      } finally {
        await fx.window.happyDOM.close();
      }
    });
  }
});
