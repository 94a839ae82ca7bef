import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../lib/entities';

const dates = (t: string): [string, string][] =>
  findEntities(t)
    .filter((e) => e.type === 'date')
    .map((e) => [e.text, e.key]);

describe('dates', () => {
  it('reads English forms', () => {
    expect(dates('Moscow, November 10, 2021')).toEqual([['November 10, 2021', 'date:2021-11-10']]);
    expect(dates('On July 28-30, 2021, Kazan hosted')).toEqual([['July 28-30, 2021', 'date:2021-07-28/2021-07-30']]);
    expect(dates('5 August 2021')).toEqual([['5 August 2021', 'date:2021-08-05']]);
    expect(dates('in August 2008 and in the 1990s, in 1995')).toEqual([
      ['August 2008', 'date:2008-08'],
      ['1990s', 'date:1990/1999'],
      ['1995', 'date:1995'],
    ]);
    expect(dates('from November 29 – December 3, 2021')).toEqual([['November 29 – December 3, 2021', 'date:2021-11-29/2021-12-03']]);
    expect(dates('17.11.2021')).toEqual([['17.11.2021', 'date:2021-11-17']]);
  });

  it('reads Russian forms', () => {
    expect(dates('12 ноября 2021 года')).toEqual([['12 ноября 2021 года', 'date:2021-11-12']]);
    expect(dates('2–3 декабря в Стокгольме')).toEqual([['2–3 декабря', 'date:--12-02/--12-03']]);
    expect(dates('С 24 по 28 ноября в Вене')).toEqual([['24 по 28 ноября', 'date:--11-24/--11-28']]);
    expect(dates('в ноябре 2021 года, в 2020 году, 5 августа 2021 г.')).toEqual([
      ['ноябре 2021 года', 'date:2021-11'],
      ['2020 году', 'date:2020'],
      ['5 августа 2021 г.', 'date:2021-08-05'],
    ]);
    expect(dates('в 1990-х годах')).toEqual([['1990-х годах', 'date:1990']]);
  });

  it('gives a date without a year the year of the last full date before it', () => {
    expect(dates('Moscow, November 10, 2021. On November 12, the Council met.').map((d) => d[1])).toEqual([
      'date:2021-11-10',
      'date:2021-11-12',
    ]);
  });

  it('does not take relative expressions, counts or document numbers for dates', () => {
    expect(dates('one month later, next week, 2000 people, No. 1550-05-08-2021, May we ask, 15:47')).toEqual([]);
  });
});
