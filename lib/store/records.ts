/**
 * Validation of the records the store accepts from messages: valibot schemas for the shapes
 * declared in `schema.ts`. A compile-time check below keeps the two in step.
 */
import * as v from 'valibot';
import { hasMarkup } from './plain-text';
import { isMinistryPageUrl } from './record-url';
import { HIGHLIGHT_COLORS, type BriefingRecord, type HighlightRecord } from './schema';
import {
  MAX_CONTEXT_CHARS as MAX_CONTEXT,
  MAX_NOTE_CHARS as MAX_NOTE,
  MAX_QUOTE_CHARS as MAX_QUOTE,
  MAX_TAG_CHARS as MAX_TAG,
  MAX_TAGS,
} from './limits';

// What a highlight may hold is in limits.ts (shared with the import and the note editor); the
// bounds below are for the briefing index, which only the extension itself writes.
const MAX_TEXT = 2_000;
const MAX_OFFSET = 50_000_000;
const MAX_TIME = 8.64e15; // the largest valid Date

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const nonEmpty = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));
// Notes and tags are plain text wherever they enter: the editor, a message, an import.
const PLAIN = 'must be plain text (no HTML tags, comments or scripts)';
const noteText = v.pipe(
  v.string(),
  v.maxLength(MAX_NOTE),
  v.check((t) => !hasMarkup(t), `a note ${PLAIN}`),
);
const tagList = v.pipe(
  v.array(
    v.pipe(
      v.string(),
      v.minLength(1),
      v.maxLength(MAX_TAG),
      v.check((t) => !hasMarkup(t), `a tag ${PLAIN}`),
    ),
  ),
  v.maxLength(MAX_TAGS),
);
const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_OFFSET));
const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TIME));
const language = v.picklist(['en', 'ru']);
const ministryUrl = v.pipe(v.string(), v.maxLength(MAX_TEXT), v.check(isMinistryPageUrl, 'the address must be an http(s) page on mid.ru'));

/** Record ids: what `crypto.randomUUID()` produces, or an imported annotation's IRI. */
export const IdSchema = v.pipe(v.string(), v.regex(/^\S{1,500}$/, 'an id is 1–500 characters without spaces'));

/** A `canonicalBriefingKey` (or, for records migrated from v1, the page address). */
export const BriefingKeySchema = v.pipe(v.string(), v.regex(/^\S{1,2000}$/, 'a briefing key is 1–2000 characters without spaces'));

export const TextQuoteSelectorSchema = v.strictObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(text(MAX_QUOTE), v.minLength(1, 'the quote is empty')),
  prefix: text(MAX_CONTEXT),
  suffix: text(MAX_CONTEXT),
});

export const TextPositionSelectorSchema = v.pipe(
  v.strictObject({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((s) => s.start < s.end, 'a position selector must end after it starts'),
);

export const SelectorsSchema = v.pipe(
  v.array(v.variant('type', [TextQuoteSelectorSchema, TextPositionSelectorSchema])),
  v.minLength(1),
  v.maxLength(4),
  v.check((list) => list.filter((s) => s.type === 'TextQuoteSelector').length === 1, 'exactly one TextQuoteSelector'),
  v.check((list) => list.filter((s) => s.type === 'TextPositionSelector').length <= 1, 'at most one TextPositionSelector'),
);

export const SectionRefSchema = v.nullable(v.strictObject({ id: nonEmpty(300), title: v.nullable(text(MAX_TEXT)), offset }));

export const HighlightSchema = v.pipe(
  v.strictObject({
    id: IdSchema,
    briefingKey: BriefingKeySchema,
    url: v.union([v.literal(''), ministryUrl]),
    selectors: SelectorsSchema,
    section: SectionRefSchema,
    quote: v.pipe(text(MAX_QUOTE), v.minLength(1)),
    color: v.picklist(HIGHLIGHT_COLORS),
    note: noteText,
    tags: tagList,
    created: time,
    updated: time,
    language: v.optional(language),
    /** Bumped on every change; an edit names the version it started from. Absent: 1. */
    version: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  }),
  v.check(
    (h) => h.selectors.some((s) => s.type === 'TextQuoteSelector' && s.exact === h.quote),
    'the quote must be the TextQuoteSelector’s exact text',
  ),
);

/** What the reader may change of a highlight: only the fields given are written. */
export const NotePatchSchema = v.pipe(
  v.strictObject({
    note: v.optional(noteText),
    tags: v.optional(tagList),
    color: v.optional(v.picklist(HIGHLIGHT_COLORS)),
  }),
  v.check((p) => p.note !== undefined || p.tags !== undefined || p.color !== undefined, 'nothing to change'),
);

export type NotePatch = v.InferOutput<typeof NotePatchSchema>;

/** What a page sends about a segmented briefing; the store derives `entityKeys` and the dates. */
export const BriefingInputSchema = v.strictObject({
  key: BriefingKeySchema,
  url: ministryUrl,
  title: v.nullable(text(MAX_TEXT)),
  speaker: v.nullable(text(300)),
  /** ISO `YYYY-MM-DD`. */
  date: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD'))),
  language: v.nullable(language),
  sections: v.pipe(v.array(v.strictObject({ id: nonEmpty(300), title: v.nullable(text(MAX_TEXT)) })), v.maxLength(1_000)),
  entities: v.pipe(
    v.array(v.strictObject({ key: nonEmpty(300), count: v.pipe(v.number(), v.integer(), v.minValue(0)), label: v.optional(text(300)) })),
    v.maxLength(10_000),
  ),
  // Accepted (a whole BriefingRecord is valid input) but recomputed by the store.
  entityKeys: v.optional(v.array(v.string())),
  firstSeen: v.optional(time),
  lastSeen: v.optional(time),
});

export type BriefingInput = v.InferOutput<typeof BriefingInputSchema>;

// Compile-time: a validated record is the declared record (and a declared record is valid input).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const highlightShapeMatches: Same<v.InferOutput<typeof HighlightSchema>, HighlightRecord> = true;
const briefingInputFits: BriefingRecord extends BriefingInput ? true : false = true;
void highlightShapeMatches;
void briefingInputFits;

export { problemsOf } from '../messages/schema-text';
