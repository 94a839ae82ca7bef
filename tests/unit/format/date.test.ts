import { describe, expect, it } from 'vitest';
import { dateLanguage, formatDate, formatDay } from '../../../lib/format/date';
import { formatDate as citationDate } from '../../../lib/briefing/citation';

describe('formatDate: one format per UI language', () => {
  it('writes English and Russian dates in full', () => {
    expect(formatDate('2024-03-14', 'en')).toBe('14 March 2024');
    expect(formatDate('2024-03-14', 'ru')).toBe('14 марта 2024 г.');
    expect(formatDate('2021-01-01', 'ru-RU')).toBe('1 января 2021 г.');
    expect(formatDate('2021-12-31', 'en-US')).toBe('31 December 2021');
  });
  it('takes the date part of a longer ISO string as written (no time-zone shift)', () => {
    expect(formatDate('2024-03-14T23:30:00-05:00', 'en')).toBe('14 March 2024');
  });
  it('refuses what is not a calendar date', () => {
    for (const bad of [null, undefined, '', '2024-13-01', '2023-02-29', '2024-00-10', '14.03.2024', 'March 14, 2024']) {
      expect(formatDate(bad, 'en')).toBeNull();
    }
    expect(formatDate('2024-02-29', 'en')).toBe('29 February 2024');
  });
  it('is the citation’s format too', () => {
    expect(citationDate('2022-11-02', 'ru')).toBe(formatDate('2022-11-02', 'ru'));
  });
  it('formats a moment as its local day, and picks the language from a tag', () => {
    expect(formatDay(new Date(2025, 4, 9, 12).getTime(), 'en')).toBe('9 May 2025');
    expect(formatDay(Number.NaN, 'en')).toBeNull();
    expect(dateLanguage('RU')).toBe('ru');
    expect(dateLanguage('uk')).toBe('en');
    expect(dateLanguage(undefined)).toBe('en');
  });
});
