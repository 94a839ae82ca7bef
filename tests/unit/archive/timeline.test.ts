import { describe, expect, it } from 'vitest';
import { entityTimeline } from '../../../lib/archive/timeline';
import { sampleKept } from './sample';

function on(date: string | null, id: number) {
  const t = sampleKept({}, 1, `mid.ru/19000${id}`, `https://mid.ru/en/foreign_policy/news/19000${id}/`);
  t.header = { ...t.header, date };
  return t;
}

describe('entity timeline', () => {
  it('counts the sections that mention the entity per month, with empty months between, undated left out', () => {
    const months = entityTimeline(
      [on('2023-11-20', 10), on('2024-01-05', 11), on('2023-11-02', 12), on(null, 13)],
      'person:maria zakharova',
    );
    expect(months.map((m) => [m.month, m.count])).toEqual([
      ['2023-11', 4],
      ['2023-12', 0],
      ['2024-01', 2],
    ]);
    // Each bar opens its sections, oldest first.
    expect(months[0]!.sections.map((s) => [s.date, s.sectionId])).toEqual([
      ['2023-11-02', 'bl-grain-corridor'],
      ['2023-11-02', 'bl-fishing-quotas'],
      ['2023-11-20', 'bl-grain-corridor'],
      ['2023-11-20', 'bl-fishing-quotas'],
    ]);
    expect(entityTimeline([on('2023-11-20', 10)], 'place:moscow').map((m) => m.count)).toEqual([1]);
    expect(entityTimeline([on('2023-11-20', 10)], 'place:nowhere')).toEqual([]);
  });
});
