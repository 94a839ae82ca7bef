/** Sample records for the store and message tests. */
import type { BriefingInput } from '../../../lib/store/records';
import type { HighlightRecord } from '../../../lib/store/schema';

/** A valid highlight record; `patch` overrides fields. */
export function highlight(id: string, briefingKey: string, patch: Partial<HighlightRecord> = {}): HighlightRecord {
  const quote = patch.quote ?? `quote of ${id}`;
  return {
    id,
    briefingKey,
    url: `https://mid.ru/en/foreign_policy/news/${briefingKey.split('/')[1]}/`,
    selectors: [
      { type: 'TextQuoteSelector', exact: quote, prefix: 'before ', suffix: ' after' },
      { type: 'TextPositionSelector', start: 10, end: 10 + quote.length },
    ],
    section: { id: 'bl-s1', title: 'Update on Afghanistan', offset: 4 },
    quote,
    color: 'yellow',
    note: '',
    tags: [],
    created: 1000,
    updated: 1000,
    ...patch,
  };
}

/** A valid briefing index input for `key` (`mid.ru/<id>`). */
export function briefingInput(key: string): BriefingInput {
  return {
    key,
    url: `https://mid.ru/en/foreign_policy/news/${key.split('/')[1]}/`,
    title: 'Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, November 2, 2022',
    speaker: 'Maria Zakharova',
    date: '2022-11-02',
    language: 'en',
    sections: [{ id: 'bl-s1', title: 'Update on Afghanistan' }],
    entities: [
      { key: 'place:afghanistan', count: 4 },
      { key: 'person:sergey-lavrov', count: 2 },
    ],
  };
}
