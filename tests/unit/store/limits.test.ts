import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  MAX_NOTE_CHARS,
  MAX_QUOTE_CHARS,
  MAX_TAG_CHARS,
  MAX_TAGS,
  limitMessage,
  limitProblem,
  noteProblem,
  tagsProblem,
} from '../../../lib/store/limits';
import { HighlightSchema } from '../../../lib/store/records';
import { highlight } from './sample-records';

describe('note limits: one set, used by the store', () => {
  it('accepts text at the limits and refuses one character more', () => {
    expect(noteProblem('x'.repeat(MAX_NOTE_CHARS))).toBeNull();
    expect(noteProblem('x'.repeat(MAX_NOTE_CHARS + 1))).toEqual({
      code: 'note-too-long',
      limit: MAX_NOTE_CHARS,
      actual: MAX_NOTE_CHARS + 1,
    });
    expect(tagsProblem(Array.from({ length: MAX_TAGS }, (_, i) => `t${i}`))).toBeNull();
    expect(tagsProblem(Array.from({ length: MAX_TAGS + 1 }, (_, i) => `t${i}`))?.code).toBe('too-many-tags');
    expect(tagsProblem(['ok', 'y'.repeat(MAX_TAG_CHARS + 1)])).toMatchObject({ code: 'tag-too-long', actual: MAX_TAG_CHARS + 1 });
    expect(limitProblem('fine', ['fine'])).toBeNull();
  });
  it('says what is wrong in words', () => {
    expect(limitMessage(noteProblem('x'.repeat(MAX_NOTE_CHARS + 5))!)).toBe(
      'The note is 100,005 characters long; at most 100,000 can be kept.',
    );
  });
  it('is what the store’s record schema enforces', () => {
    const ok = (patch: Parameters<typeof highlight>[2]) => v.safeParse(HighlightSchema, highlight('a', 'mid.ru/1234567', patch)).success;
    expect(ok({ note: 'x'.repeat(MAX_NOTE_CHARS) })).toBe(true);
    expect(ok({ note: 'x'.repeat(MAX_NOTE_CHARS + 1) })).toBe(false);
    expect(ok({ tags: Array.from({ length: MAX_TAGS + 1 }, (_, i) => `t${i}`) })).toBe(false);
    expect(ok({ tags: ['y'.repeat(MAX_TAG_CHARS + 1)] })).toBe(false);
    const long = 'q'.repeat(MAX_QUOTE_CHARS + 1);
    expect(ok({ quote: long, selectors: [{ type: 'TextQuoteSelector', exact: long, prefix: '', suffix: '' }] })).toBe(false);
  });
});
