// @vitest-environment happy-dom
/** Placing the reader's highlights in the article text, in the sidebar frame. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as anchoring from '../../../lib/anchoring';
import { Placer } from '../../../lib/sidebar/placement';
import { fixtureArticle, recordOn, type Article } from '../support/sidebar-fakes';

vi.mock('../../../lib/anchoring', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/anchoring')>();
  return { ...real, anchor: vi.fn(real.anchor) };
});

let article: Article;
let placer: Placer;
beforeEach(() => {
  article = fixtureArticle();
  placer = new Placer();
  placer.setArticle(article.text, article.briefing);
  vi.mocked(anchoring.anchor).mockClear();
});

/** The record of `phrase` with one letter of its quote (and of the stored positions) changed. */
function altered(id: string, phrase: string, language: 'en' | 'ru') {
  const r = recordOn(article, id, phrase, { language });
  const typo = (s: string) => s.replace('Kazakhstan', 'Kazakhstam');
  return {
    ...r,
    quote: typo(r.quote),
    selectors: r.selectors.map((s) =>
      s.type === 'TextQuoteSelector' ? { ...s, exact: typo(s.exact) } : { ...s, start: s.start + 7, end: s.end + 7 },
    ),
  };
}

describe('Placer', () => {
  it('anchors a highlight at its place, in its section', async () => {
    const r = recordOn(article, 'a', 'Foreign Minister of Kazakhstan Murat Nurtleu', {}, article.text.indexOf('Sergey Lavrov', 400));
    const [p] = (await placer.place([r]))!;
    const start = (r.selectors.find((s) => s.type === 'TextPositionSelector') as { start: number }).start;
    expect(p).toMatchObject({ id: 'a', anchored: true, start, end: start + r.quote.length });
    expect(article.text.slice(p.start, p.end)).toBe(r.quote);
    const ranges = anchoring.sectionRanges(article.briefing);
    expect(p.section).not.toBeNull();
    expect(p.start).toBeGreaterThanOrEqual(ranges[p.section!].start);
    expect(p.start).toBeLessThan(ranges[p.section!].end);
  });

  it('gives an orphan for a quote the article does not have', async () => {
    const r = recordOn(article, 'gone', 'Murat Nurtleu');
    const orphan = {
      ...r,
      quote: 'A sentence nobody said at this briefing',
      selectors: [{ type: 'TextQuoteSelector' as const, exact: 'A sentence nobody said at this briefing', prefix: '', suffix: '' }],
    };
    expect(await placer.place([orphan])).toEqual([{ id: 'gone', anchored: false, start: 0, end: 0, section: null }]);
  });

  it('keeps the order of the records it was given', async () => {
    const a = recordOn(article, 'a', 'Murat Nurtleu');
    const b = recordOn(article, 'b', 'Days of Russian Culture');
    expect((await placer.place([b, a]))!.map((p) => p.id)).toEqual(['b', 'a']);
  });

  it('finds a changed quote in its own language, but across languages only exactly', async () => {
    const phrase = 'Foreign Minister of Kazakhstan Murat Nurtleu';
    const [same] = (await placer.place([altered('same', phrase, 'en')]))!;
    expect(same.anchored).toBe(true);
    const [other] = (await placer.place([altered('other', phrase, 'ru')]))!;
    expect(other.anchored).toBe(false);
    // An exact quote from the other language's record is still found.
    const [exact] = (await placer.place([recordOn(article, 'exact', phrase, { language: 'ru' })]))!;
    expect(exact.anchored).toBe(true);
  });

  it('caches results per article text and forgets them when the text changes', async () => {
    const r = recordOn(article, 'a', 'Murat Nurtleu');
    await placer.place([r]);
    await placer.place([r]);
    expect(anchoring.anchor).toHaveBeenCalledTimes(1);
    placer.setArticle(article.text, article.briefing);
    await placer.place([r]);
    expect(anchoring.anchor).toHaveBeenCalledTimes(1);
    placer.setArticle(`${article.text} More.`, article.briefing);
    await placer.place([r]);
    expect(anchoring.anchor).toHaveBeenCalledTimes(2);
  });

  it('looks again for a record whose selectors changed', async () => {
    const r = recordOn(article, 'a', 'Murat Nurtleu');
    await placer.place([r]);
    const moved = recordOn(article, 'a', 'Days of Russian Culture');
    const [p] = (await placer.place([moved]))!;
    expect(article.text.slice(p.start, p.end)).toBe('Days of Russian Culture');
    expect(anchoring.anchor).toHaveBeenCalledTimes(2);
  });
});
