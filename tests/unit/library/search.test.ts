/** Library model: grouping and order, full-text search, filters, briefing index, labels, links. */
import { describe, expect, it } from 'vitest';
import { entityLabel, entityMatches } from '../../../lib/library/labels';
import { speakerKey } from '../../../lib/library/entity-names';
import { briefingLink, highlightIdFromFragment, highlightLink } from '../../../lib/library/links';
import { LibraryIndex, NO_FILTERS, briefingsMentioning, entityTotals, groupHighlights } from '../../../lib/library/search';
import type { BriefingRecord, HighlightRecord } from '../../../lib/store/schema';
import { generateLibrary } from './generate';
import { matchesAllWords, wordsOf } from '../../../lib/search/words';

function briefing(n: number, date: string | null, speaker: string | null, entities: [string, number][] = []): BriefingRecord {
  return {
    key: `mid.ru/${n}`,
    url: `https://mid.ru/ru/press_service/spokesman/briefings/${n}/`,
    title: `Брифинг ${n}`,
    speaker,
    date,
    language: 'ru',
    sections: [
      { id: 's1', title: 'Первый' },
      { id: 's2', title: 'Второй' },
    ],
    entities: entities.map(([key, count]) => ({ key, count })),
    entityKeys: entities.map(([key]) => key),
    firstSeen: n,
    lastSeen: n,
  };
}

function hl(id: string, n: number, quote: string, extra: Partial<HighlightRecord> = {}): HighlightRecord {
  return {
    id,
    briefingKey: `mid.ru/${n}`,
    url: `https://mid.ru/ru/press_service/spokesman/briefings/${n}/`,
    selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
    section: null,
    quote,
    color: 'yellow',
    note: '',
    tags: [],
    created: 1,
    updated: 1,
    ...extra,
  };
}

const briefings = [
  briefing(1, '2024-03-14', 'Мария Захарова', [
    ['organization:osce', 3],
    ['person:sergey lavrov', 2],
    ['place:kazakhstan', 1],
  ]),
  briefing(2, '2024-05-02', 'Алексей Зайцев', [
    ['place:kazakhstan', 4],
    ['person:sergey lavrov', 1],
  ]),
  briefing(3, null, null, [['organization:osce', 1]]),
  briefing(4, '2023-01-10', 'Мария Захарова', []),
];
const highlights = [
  hl('a', 1, 'Переговоры с Казахстаном', {
    note: 'Важная встреча министров',
    tags: ['казахстан'],
    color: 'green',
    section: { id: 's2', title: 'Второй', offset: 5 },
  }),
  hl('b', 1, 'Бюджет ОБСЕ', { note: 'Тупик с бюджетом', tags: ['обсе', 'важно'], section: { id: 's1', title: 'Первый', offset: 10 } }),
  hl('c', 2, 'Санкции против России', { note: 'Ёлочные санкции', tags: ['санкции'], color: 'blue' }),
  hl('d', 3, 'Заседание в Вене', { note: 'без даты', updated: 99 }),
  hl('e', 9, 'Незнакомый брифинг', { updated: 5 }),
];

describe('grouping', () => {
  it('orders briefings newest first (undated last) and highlights in reading order', () => {
    const groups = groupHighlights({ highlights, briefings });
    expect(groups.map((g) => g.key)).toEqual(['mid.ru/2', 'mid.ru/1', 'mid.ru/3', 'mid.ru/9']);
    expect(groups[1]!.highlights.map((h) => h.id)).toEqual(['b', 'a']); // section s1 before s2
    expect(groups[1]).toMatchObject({ title: 'Брифинг 1', speaker: 'Мария Захарова', date: '2024-03-14' });
    expect(groups[3]).toMatchObject({ briefing: null, title: null, url: 'https://mid.ru/ru/press_service/spokesman/briefings/9/' });
  });
});

describe('search and filters', () => {
  const index = new LibraryIndex({ highlights, briefings });
  const ids = (q: string, f = NO_FILTERS) => index.query(q, f).groups.flatMap((g) => g.highlights.map((h) => h.id));

  it('finds by a word of the quote, the note or a tag, by prefix, any case, ё as е', () => {
    expect(ids('встреча')).toEqual(['a']);
    expect(ids('БЮДЖЕТ')).toEqual(['b']);
    expect(ids('санкци')).toEqual(['c']);
    expect(ids('елочные')).toEqual(['c']);
    expect(ids('обсе')).toEqual(['b']);
    expect(ids('казахстан встреча')).toEqual(['a']);
    expect(ids('казахстан бюджет')).toEqual([]);
  });

  it('means what matchesAllWords means (the sidebar’s rule): no typo tolerance, word beginnings only', () => {
    expect(ids('переговры')).toEqual([]);
    const lib = generateLibrary(600, 30, 5);
    const big = new LibraryIndex(lib);
    const words = lib.highlights.flatMap((h) => wordsOf(`${h.quote} ${h.note}`)).filter((_, i) => i % 37 === 0);
    const queries = [
      '',
      'a',
      'о',
      ...words.slice(0, 40),
      ...words.slice(0, 20).map((w, i) => `${w.slice(0, 3)} ${words[i + 20] ?? ''}`),
      ...words.slice(0, 10).map((w) => w.slice(1)),
    ];
    for (const q of queries) {
      const got = big
        .query(q)
        .groups.flatMap((g) => g.highlights.map((h) => h.id))
        .sort();
      const want = lib.highlights
        .filter((h) => matchesAllWords(`${h.quote}\n${h.note}\n${h.tags.join(' ')}`, q))
        .map((h) => h.id)
        .sort();
      expect(got, `query ${JSON.stringify(q)}`).toEqual(want);
    }
  });

  it('blank query lists everything', () => {
    expect(ids('')).toEqual(['c', 'b', 'a', 'd', 'e']);
    expect(index.query('   ').total).toBe(5);
  });

  it('filters by tag, colour, speaker, date range, briefing', () => {
    expect(ids('', { ...NO_FILTERS, tags: ['важно'] })).toEqual(['b']);
    expect(ids('', { ...NO_FILTERS, colors: ['green', 'blue'] })).toEqual(['c', 'a']);
    expect(ids('', { ...NO_FILTERS, speaker: speakerKey('Мария Захарова') })).toEqual(['b', 'a']);
    expect(ids('', { ...NO_FILTERS, dateFrom: '2024-04-01' })).toEqual(['c']);
    expect(ids('', { ...NO_FILTERS, dateTo: '2024-03-14' })).toEqual(['b', 'a']);
    expect(ids('', { ...NO_FILTERS, briefingKey: 'mid.ru/3' })).toEqual(['d']);
    expect(ids('бюджет', { ...NO_FILTERS, colors: ['green'] })).toEqual([]);
  });

  it('lists tags and speakers', () => {
    expect(index.tagCounts()[0]).toEqual({ tag: 'важно', count: 1 });
    expect(index.tagCounts()).toHaveLength(4);
    expect(index.speakers('ru').map((s) => s.label)).toEqual(['Алексей Зайцев', 'Мария Захарова']);
  });

  it('uses the index, and builds it in chunks on request', async () => {
    const big = generateLibrary(3000, 100, 3);
    const idx = new LibraryIndex(big);
    expect(idx.indexed).toBe(false);
    await idx.buildIndex(500);
    expect(idx.indexed).toBe(true);
    const h = big.highlights.find((x) => x.note.split(' ').length > 3)!;
    const word = h.note.split(' ')[1]!.replace(/[^\p{L}]/gu, '');
    expect(
      idx
        .query(word)
        .groups.flatMap((g) => g.highlights)
        .some((x) => x.id === h.id),
    ).toBe(true);
  });
});

describe('briefing index', () => {
  it('totals entities over briefings and lists the briefings that mention one', () => {
    const totals = entityTotals(briefings);
    expect(totals[0]).toEqual({ key: 'place:kazakhstan', briefings: 2, mentions: 5 });
    expect(totals.map((t) => t.key)).toEqual(['place:kazakhstan', 'organization:osce', 'person:sergey lavrov']);
    expect(briefingsMentioning(briefings, 'place:kazakhstan').map((m) => [m.briefing.key, m.count])).toEqual([
      ['mid.ru/2', 4],
      ['mid.ru/1', 1],
    ]);
    // Briefing 3 has no highlight with the entity, and is listed all the same.
    expect(briefingsMentioning(briefings, 'organization:osce').map((m) => m.briefing.key)).toEqual(['mid.ru/1', 'mid.ru/3']);
  });
});

describe('labels', () => {
  it('derives readable labels from keys', () => {
    expect(entityLabel('person:sergey lavrov')).toBe('Sergey Lavrov');
    expect(entityLabel('place:kazakhstan')).toBe('Kazakhstan');
    expect(entityLabel('organization:osce')).toBe('OSCE');
    expect(entityLabel('organization:nato')).toBe('NATO');
    expect(entityLabel('organization:un security council')).toBe('UN Security Council');
    expect(entityLabel('organization:world bank')).toBe('World Bank');
    expect(entityLabel('organization:organisation for security and co-operation in europe')).toBe(
      'Organisation for Security and Co-Operation in Europe',
    );
    expect(entityLabel('place:cuba')).toBe('Cuba');
    expect(entityLabel('organization:посольств росс')).toBe('Посольств Росс');
    expect(entityLabel('date:2024-03-14')).toBe('2024-03-14');
    expect(entityLabel('plain')).toBe('Plain');
  });
  it('matches typed text against label and key', () => {
    expect(entityMatches('organization:osce', 'OSCE')).toBe(true);
    expect(entityMatches('person:sergey lavrov', 'lavr')).toBe(true);
    expect(entityMatches('person:sergey lavrov', 'person:')).toBe(true);
    expect(entityMatches('place:kazakhstan', 'osce')).toBe(false);
  });
});

describe('links', () => {
  it('opens a highlight at its address with #bl-h-<id>', () => {
    const link = highlightLink({ id: 'abc-1', url: 'https://mid.ru/ru/press_service/spokesman/briefings/1/?lang=en#old' });
    expect(link).toBe('https://mid.ru/ru/press_service/spokesman/briefings/1/?lang=en#bl-h-abc-1');
    expect(highlightIdFromFragment(new URL(link).hash)).toBe('abc-1');
    const odd = highlightLink({ id: 'https://example.org/a b', url: 'https://mid.ru/x/' });
    expect(highlightIdFromFragment(new URL(odd).hash)).toBe('https://example.org/a b');
    expect(highlightIdFromFragment('#other')).toBeNull();
    expect(briefingLink('javascript:alert(1)')).toBeNull();
    expect(briefingLink('https://mid.ru/a/#x')).toBe('https://mid.ru/a/');
  });
});

describe('an index that follows the library’s own writes', () => {
  it('takes over the full-text index and updates it in place, with the same results as a rebuild', () => {
    const lib = generateLibrary(300, 20, 9);
    const first = new LibraryIndex(lib);
    first.query('лавров'); // builds the full-text index
    expect(first.indexed).toBe(true);
    const edited = { ...lib.highlights[7]!, note: 'квадрокоптерах и прочем' };
    const removed = lib.highlights[8]!.id;
    const data = {
      briefings: lib.briefings,
      highlights: lib.highlights.map((h) => (h.id === edited.id ? edited : h)).filter((h) => h.id !== removed),
    };
    const next = new LibraryIndex(data, { from: first, changed: [edited], removed: [removed] });
    expect(next.indexed).toBe(true); // no rebuild
    const fresh = new LibraryIndex(data);
    for (const q of ['квадрокоптер', 'лавров', lib.highlights[8]!.quote.split(' ')[0]!, '']) {
      const ids = (i: LibraryIndex) => i.query(q).groups.flatMap((g) => g.highlights.map((h) => h.id));
      expect(ids(next), q).toEqual(ids(fresh));
    }
    expect(next.query('квадрокоптер').groups.flatMap((g) => g.highlights.map((h) => h.id))).toEqual([edited.id]);
  });
});
