/**
 * Validation of a kept transcript arriving by message (the sidebar builds it, the background
 * stores it): the store never takes a record whose shape it did not check. Bounds are generous
 * (the longest real transcripts are ~300 KB) but finite, so a hostile page cannot fill the disk
 * with one record. A compile-time check keeps the schema and `KeptTranscript` in step.
 */
import * as v from 'valibot';
import { isMinistryPageUrl } from '../store/record-url';
import type { KeptTranscript } from './transcript';

export const MAX_SECTION_CHARS = 200_000;
export const MAX_SECTIONS = 1_000;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const short = v.nullable(text(2_000));

const KeptSectionSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^bl-\S{0,300}$/, 'a section id is bl-…')),
  kind: v.picklist(['statement', 'qa']),
  title: short,
  question: v.nullable(text(20_000)),
  asker: v.nullable(text(300)),
  speaker: v.nullable(text(300)),
  text: text(MAX_SECTION_CHARS),
  entities: v.pipe(v.array(text(300)), v.maxLength(2_000)),
});

export const KeptTranscriptSchema = v.strictObject({
  key: v.pipe(v.string(), v.regex(/^\S{1,2000}$/, 'a briefing key is 1–2000 characters without spaces')),
  url: v.pipe(v.string(), v.maxLength(2_000), v.check(isMinistryPageUrl, 'the address must be an http(s) page on mid.ru')),
  kind: v.picklist(['briefing', 'remarks', 'interview']),
  header: v.strictObject({
    title: short,
    speaker: v.nullable(text(300)),
    place: v.nullable(text(300)),
    date: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD'))),
    time: v.nullable(text(20)),
    docNumber: v.nullable(text(100)),
    language: v.picklist(['en', 'ru']),
  }),
  sections: v.pipe(v.array(KeptSectionSchema), v.maxLength(MAX_SECTIONS)),
  entities: v.pipe(
    v.array(
      v.strictObject({
        key: text(300),
        type: v.picklist(['person', 'place', 'organization', 'date', 'number']),
        label: text(300),
        count: v.pipe(v.number(), v.integer(), v.minValue(0)),
      }),
    ),
    v.maxLength(10_000),
  ),
  hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/, 'a hash is 16 hex digits')),
  textLength: v.pipe(v.number(), v.integer(), v.minValue(0)),
  keptAt: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15)),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const shapeMatches: Same<v.InferOutput<typeof KeptTranscriptSchema>, KeptTranscript> = true;
void shapeMatches;
