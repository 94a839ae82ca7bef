/** One name per person across languages, speakers merged, acronyms kept; the list's sort orders. */
import { describe, expect, it } from 'vitest';
import { entityNames, namesMatch, speakerKey, speakerLabel } from '../../../lib/library/entity-names';
import { entityLabel } from '../../../lib/library/labels';
import { LibraryIndex, NO_FILTERS } from '../../../lib/library/search';
import { arrangeRows, rowKey } from '../../../lib/library/sort';
import type { BriefingRecord, HighlightRecord } from '../../../lib/store/schema';

function briefing(
  n: number,
  lang: 'en' | 'ru',
  speaker: string | null,
  entities: { key: string; count: number; label?: string }[],
  date = `2024-03-${String(n).padStart(2, '0')}`,
): BriefingRecord {
  return {
    key: `mid.ru/${n}`,
    url: `https://mid.ru/${lang}/foreign_policy/news/${n}/`,
    title: `Briefing ${n}`,
    speaker,
    date,
    language: lang,
    sections: [],
    entities,
    entityKeys: entities.map((e) => e.key),
    firstSeen: n,
    lastSeen: n,
  };
}

function hl(id: string, n: number, color: HighlightRecord['color'], created: number, start: number): HighlightRecord {
  return {
    id,
    briefingKey: `mid.ru/${n}`,
    url: `https://mid.ru/en/foreign_policy/news/${n}/`,
    selectors: [
      { type: 'TextQuoteSelector', exact: `q${id}`, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start, end: start + 2 },
    ],
    section: null,
    quote: `q${id}`,
    color,
    note: '',
    tags: [],
    created,
    updated: created,
  };
}

describe('entity names', () => {
  const briefings = [
    briefing(1, 'en', 'Maria Zakharova', [
      { key: 'person:sergey lavrov', count: 3, label: 'Sergey Lavrov' },
      { key: 'organization:osce permanent council', count: 1 },
    ]),
    briefing(2, 'ru', 'М.В.Захарова', [{ key: 'person:sergey lavrov', count: 2, label: 'Сергей Лавров' }]),
    briefing(3, 'en', null, [{ key: 'place:kazakhstan', count: 1 }]),
  ];
  it('shows one label in the reader’s language, and finds the person by any of its names', () => {
    const en = entityNames(briefings, 'en');
    const ru = entityNames(briefings, 'ru');
    expect(en.get('person:sergey lavrov')!.label).toBe('Sergey Lavrov');
    expect(ru.get('person:sergey lavrov')!.label).toBe('Сергей Лавров');
    expect(namesMatch(en.get('person:sergey lavrov'), 'person:sergey lavrov', 'Лавров')).toBe(true);
    expect(namesMatch(en.get('person:sergey lavrov'), 'person:sergey lavrov', 'lavrov sergey')).toBe(true);
    expect(namesMatch(en.get('place:kazakhstan'), 'place:kazakhstan', 'Лавров')).toBe(false);
    // Read only in English, still found in Russian (the gazetteer's name).
    expect(namesMatch(en.get('place:kazakhstan'), 'place:kazakhstan', 'Казахстан')).toBe(true);
  });
  it('keeps acronyms', () => {
    expect(entityNames(briefings, 'en').get('organization:osce permanent council')!.label).toBe('OSCE Permanent Council');
    expect(entityLabel('organization:osce')).toBe('OSCE');
  });
});

describe('speakers', () => {
  it('"Maria Zakharova" and "М.В.Захарова" are one speaker, in the filter and its list', () => {
    expect(speakerKey('Maria Zakharova')).toBe(speakerKey('М.В.Захарова'));
    expect(speakerKey('Мария Захарова')).toBe(speakerKey('М.В.Захаровой'));
    expect(speakerKey('Maria Zakharova')).not.toBe(speakerKey('Sergey Lavrov'));
    expect(speakerLabel(speakerKey('М.В.Захарова'), ['М.В.Захарова'], 'en')).toBe('Maria Zakharova');
    const data = {
      briefings: [briefing(1, 'en', 'Maria Zakharova', []), briefing(2, 'ru', 'М.В.Захарова', []), briefing(3, 'ru', 'Алексей Зайцев', [])],
      highlights: [hl('a', 1, 'yellow', 1, 0), hl('b', 2, 'green', 2, 0), hl('c', 3, 'blue', 3, 0)],
    };
    const index = new LibraryIndex(data);
    const speakers = index.speakers('en');
    expect(speakers.map((s) => s.label)).toEqual(['Maria Zakharova', 'Алексей Зайцев']);
    const ids = index.query('', { ...NO_FILTERS, speaker: speakers[0]!.key }).groups.flatMap((g) => g.highlights.map((h) => h.id));
    expect(ids.sort()).toEqual(['a', 'b']);
    expect(index.speakerName('М.В.Захарова', 'en')).toBe('Maria Zakharova');
    expect(index.speakerName('М.В.Захарова', 'ru')).toBe('Мария Захарова');
    expect(index.speakerName(null)).toBeNull();
  });
});

describe('sort orders', () => {
  const data = {
    briefings: [briefing(1, 'en', null, [], '2024-01-01'), briefing(2, 'en', null, [], '2024-02-01')],
    highlights: [hl('a', 1, 'green', 30, 5), hl('b', 1, 'yellow', 10, 1), hl('c', 2, 'green', 20, 9), hl('d', 2, 'pink', 40, 3)],
  };
  const groups = new LibraryIndex(data).query('').groups;
  const shape = (order: Parameters<typeof arrangeRows>[1]) => arrangeRows(groups, order).map(rowKey);
  it('by briefing: newest briefing first, reading order inside', () => {
    expect(shape('briefing-date')).toEqual(['b:mid.ru/2', 'h:d', 'h:c', 'b:mid.ru/1', 'h:b', 'h:a']);
  });
  it('newest: every highlight, newest made first, each naming its briefing', () => {
    expect(shape('newest')).toEqual(['h:d', 'h:a', 'h:c', 'h:b']);
    expect(arrangeRows(groups, 'newest').every((r) => r.kind === 'highlight' && r.showBriefing)).toBe(true);
  });
  it('colour: in the palette’s order, briefing order inside', () => {
    expect(shape('colour')).toEqual(['c:yellow', 'h:b', 'c:green', 'h:c', 'h:a', 'c:pink', 'h:d']);
  });
});
