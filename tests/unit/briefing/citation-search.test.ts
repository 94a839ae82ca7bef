import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../../lib/adapters/text';
import { citation, formatDate, sectionLink, sectionQuote } from '../../../lib/briefing/citation';
import type { Briefing } from '../../../lib/briefing/model';
import { queryPatterns, searchBriefing } from '../../../lib/briefing/search';
import { segment } from '../../../lib/segment';

const TEXT = [
  'Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 3, 2023',
  'Table of contents',
  '1. Talks with Ruritania',
  'Answers to media questions:',
  '1. Grain corridor',
  'Talks with Ruritania',
  'Ministers will meet in Moscow to discuss trade, transport and culture at length during the visit next week.',
  'Back to top',
  'Answers to media questions:',
  'Question: What is the status of the grain corridor?',
  'Maria Zakharova: We have said everything about the grain corridor already.',
  'Back to top',
].join('\n');

function briefing(): Briefing<number> {
  const r = segment(textToBlocks(TEXT));
  if (!r.isBriefing) throw new Error('not recognised');
  return r;
}

describe('citations', () => {
  it('escape page text in Markdown: a hostile title, speaker or heading cannot inject links or HTML', () => {
    const briefing = {
      header: {
        title: 'Evil](javascript:alert(1)) <img src=x onerror=alert(1)>',
        speaker: '**Boss**',
        place: null,
        date: '2024-03-14',
        time: null,
        docNumber: null,
        language: 'en' as const,
      },
    };
    const section = {
      kind: 'statement' as const,
      id: 'bl-x',
      ordinal: 0,
      title: '[click](https://evil.example)',
      span: { start: 0, end: 1 },
      headingBlocks: [],
      bodyBlocks: [],
    };
    const md = citation({
      briefing,
      section,
      quote: '# not a heading\n<script>x</script>',
      url: 'https://mid.ru/en/foreign_policy/news/1900001/#bl-x',
      format: 'markdown',
    });
    expect(md).not.toMatch(/(?<!\\)<img|(?<!\\)<script|(?<!\\)\]\(javascript|(?<!\\)\]\(https:\/\/evil/);
    expect(md).toContain('\\<img');
    expect(md).toContain('> \\# not a heading');
    expect(md).toContain('(<https://mid.ru/en/foreign_policy/news/1900001/#bl-x>)');
    expect(citation({ briefing, section, quote: 'q', url: 'javascript:alert(1)', format: 'markdown' })).not.toMatch(/(?<!\\)\]\(/);
  });

  it('cite a section in English, plain text and Markdown', () => {
    const b = briefing();
    const qa = b.sections[1];
    const url = sectionLink('https://mid.ru/en/press_service/spokesman/briefings/1900001/?lang=en#old', qa.id);
    expect(url).toBe('https://mid.ru/en/press_service/spokesman/briefings/1900001/?lang=en#bl-grain-corridor');
    expect(sectionQuote(b, qa)).toBe('We have said everything about the grain corridor already.');
    expect(citation({ briefing: b, section: qa, quote: sectionQuote(b, qa), url, format: 'text' })).toBe(
      '“We have said everything about the grain corridor already.”\n' +
        '— Maria Zakharova, Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 3, 2023. Section: “Grain corridor”.\n' +
        `${url}\n`,
    );
    expect(citation({ briefing: b, section: qa, quote: 'said everything', url, format: 'markdown' })).toBe(
      '> said everything\n>\n' +
        `> — **Maria Zakharova**, [Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, March 3, 2023](<${url}>). Section: “Grain corridor”.\n`,
    );
  });
  it('cite in Russian with Russian quotes and date, adding what the title lacks', () => {
    const b = briefing();
    const ru = {
      header: {
        ...b.header,
        language: 'ru' as const,
        title: 'Брифинг официального представителя МИД России М.В.Захаровой',
        place: 'Москва',
        date: '2021-11-17',
        speaker: 'М.В.Захарова',
      },
    };
    expect(citation({ briefing: ru, section: null, quote: 'Да.', url: 'https://mid.ru/ru/1/', format: 'text' })).toBe(
      '«Да.»\n— М.В.Захарова, Брифинг официального представителя МИД России М.В.Захаровой, Москва, 17 ноября 2021 г.\nhttps://mid.ru/ru/1/\n',
    );
    expect(formatDate('2024-03-14', 'en')).toBe('14 March 2024');
  });
});

describe('search in a briefing', () => {
  it('finds sections holding every word, in any order, with offsets into the block text and a snippet', () => {
    const b = briefing();
    const m = searchBriefing(b, 'grain   corridor');
    expect(m.map((x) => x.section)).toEqual([1]);
    expect(m[0].hits.length).toBeGreaterThanOrEqual(2);
    const h = m[0].hits[0];
    expect(b.blocks[h.block].text.slice(h.start, h.end).toLowerCase()).toBe('grain');
    expect(m[0].snippet.filter((p) => p.hit).map((p) => p.text.toLowerCase())).toEqual(['grain', 'corridor']);
    expect(m[0].inTitle).toBe(true);
    // The same words the other way round find the same section.
    expect(searchBriefing(b, 'corridor grain').map((x) => x.section)).toEqual([1]);
    expect(searchBriefing(b, '   ')).toEqual([]);
    expect(searchBriefing(b, 'nothing like this')).toEqual([]);
  });
  it('matches word beginnings only, treats the query as text, not a pattern, and ё as е', () => {
    const b = briefing();
    expect(searchBriefing(b, 'corr').map((x) => x.section)).toEqual([1]);
    expect(searchBriefing(b, 'orridor')).toEqual([]);
    // Punctuation separates words; nothing in a query is a pattern.
    expect(queryPatterns('a.b(')!.map((r) => r.source)).toEqual(['(?<![\\p{L}\\p{N}])a', '(?<![\\p{L}\\p{N}])b']);
    expect(() => searchBriefing(b, '(([*+?')).not.toThrow();
    const [yo] = queryPatterns('ещё')!;
    expect(yo.test('Еще раз')).toBe(true);
    expect(queryPatterns('  ')).toBeNull();
  });
});
