/**
 * Messages to the background, where the database and the entity engine live. Each type is
 * declared once, as a valibot schema, with what it answers (`BackgroundResponses`) and who may
 * send it (`BACKGROUND_ACCESS`). Requests are flat `{type, ...fields}`; answers are
 * `{ok: true, data}` or `{ok: false, error}`.
 *
 * Who may send: only the extension's own pages (the sidebar frame, the library, the popup; see
 * senders.ts). A content script shares its page's process and sees what the page does to it, so
 * it gets nothing here — no note, no briefing, no write: the sidebar frame, which the page cannot
 * script, reads and writes for it and hands the page half only where to paint.
 */
import * as v from 'valibot';
import { BriefingInputSchema, BriefingKeySchema, HighlightSchema, IdSchema, NotePatchSchema } from '../store/records';
import type { NoteDraft } from '../store/drafts';
import type { BriefingRecord, HighlightRecord } from '../store/schema';
import type { EntityGroup, EntitySpan } from '../entities/types';
import { parseVariant, type Parsed } from './schema-text';
import { KeptTranscriptSchema } from '../archive/record-schema';
import type { KeepOutcome } from '../store/transcripts';
import type { TranscriptVersionRecord } from '../store/schema';
import { BackfillOriginSchema, BackfillUrlsSchema } from '../library/backfill-job';

const MAX_BLOCKS = 20_000;
const MAX_BLOCK_CHARS = 200_000;

const versionSchema = v.pipe(v.number(), v.integer(), v.minValue(1));

/**
 * An unsaved note as typed. Bounded against a runaway sender, but well above the note limits: a
 * draft keeps an over-long paste whole so the reader can shorten it (it is refused on save).
 */
const MAX_DRAFT_CHARS = 1_000_000;
const DraftSchema = v.strictObject({
  highlightId: IdSchema,
  note: v.pipe(v.string(), v.maxLength(MAX_DRAFT_CHARS)),
  tags: v.pipe(v.string(), v.maxLength(MAX_DRAFT_CHARS)),
  color: v.pipe(v.string(), v.maxLength(20)),
  written: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const BackgroundRequestSchema = v.variant('type', [
  /** Is the background there, and which database version does it run? */
  v.strictObject({ type: v.literal('ping') }),
  /** A briefing's highlights, whole (notes and tags included). */
  v.strictObject({ type: v.literal('highlights/list'), briefingKey: BriefingKeySchema }),
  /** Every highlight, most recently updated first. */
  v.strictObject({ type: v.literal('highlights/listAll') }),
  v.strictObject({ type: v.literal('highlights/count'), briefingKey: v.optional(BriefingKeySchema) }),
  /** A new highlight; refused when the id exists. */
  v.strictObject({ type: v.literal('highlights/create'), highlight: HighlightSchema }),
  /** Changes to a highlight made from `baseVersion`; refused when it is stale or gone. */
  v.strictObject({ type: v.literal('highlights/update'), id: IdSchema, baseVersion: versionSchema, patch: NotePatchSchema }),
  /** Answers with the deleted record, for undo. */
  v.strictObject({ type: v.literal('highlights/delete'), id: IdSchema }),
  /** Undo of a delete: stores the record exactly as given, unless the id exists again. */
  v.strictObject({ type: v.literal('highlights/restore'), highlight: HighlightSchema }),
  /** Unsaved note drafts (the note editor's, as the reader types). */
  v.strictObject({ type: v.literal('drafts/get'), highlightId: IdSchema }),
  v.strictObject({ type: v.literal('drafts/put'), draft: DraftSchema }),
  v.strictObject({ type: v.literal('drafts/delete'), highlightId: IdSchema }),
  /** The briefing index record of a segmented briefing. */
  v.strictObject({ type: v.literal('briefings/upsert'), record: BriefingInputSchema }),
  v.strictObject({ type: v.literal('briefings/get'), key: BriefingKeySchema }),
  v.strictObject({ type: v.literal('briefings/list') }),
  /** Entities of each block's text. */
  v.strictObject({
    type: v.literal('entities/find'),
    blocks: v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_BLOCK_CHARS))), v.maxLength(MAX_BLOCKS)),
    language: v.picklist(['en', 'ru', 'auto']),
  }),
  /** Open (or focus) the notes library, optionally at one highlight. */
  v.strictObject({ type: v.literal('library/open'), highlightId: v.optional(IdSchema) }),
  /** Keep the transcript being read in the archive (a new version only when its text changed). */
  v.strictObject({ type: v.literal('archive/keep'), transcript: KeptTranscriptSchema }),
  /** Every kept version of a transcript, oldest first. */
  v.strictObject({ type: v.literal('archive/versions'), key: BriefingKeySchema }),
  /** Forget a transcript: every kept version of it (highlights and notes stay). */
  v.strictObject({ type: v.literal('archive/forget'), key: BriefingKeySchema }),
  /**
   * Add the transcripts a listing page links to: saves the job (library/backfill-job.ts) and
   * opens the library, which runs it. Https article addresses of mid.ru, all on the listing
   * page's origin (`origin`), a few hundred at most.
   */
  v.strictObject({ type: v.literal('archive/backfill'), origin: BackfillOriginSchema, urls: BackfillUrlsSchema }),
  /** The tab and frame of the asking page (the sidebar frame finds its page this way). */
  v.strictObject({ type: v.literal('sidebar/whoami') }),
]);

export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;
export type BackgroundType = BackgroundRequest['type'];
export type BackgroundRequestOf<T extends BackgroundType> = Extract<BackgroundRequest, { type: T }>;

export interface FoundEntities {
  /** Spans per block, offsets relative to the block's text. */
  spans: EntitySpan[][];
  /** Groups over the spans in block order (`mentions` index that flattened list). */
  groups: EntityGroup[];
}

/** What each request answers with. */
export interface BackgroundResponses {
  ping: { pong: true; dbVersion: number };
  'highlights/list': HighlightRecord[];
  'highlights/listAll': HighlightRecord[];
  'highlights/count': number;
  'highlights/create': HighlightRecord;
  'highlights/update': HighlightRecord;
  'highlights/delete': HighlightRecord | null;
  'highlights/restore': HighlightRecord;
  'drafts/get': NoteDraft | null;
  'drafts/put': true;
  'drafts/delete': true;
  'briefings/upsert': BriefingRecord;
  'briefings/get': BriefingRecord | null;
  'briefings/list': BriefingRecord[];
  'entities/find': FoundEntities;
  'library/open': true;
  'sidebar/whoami': { tabId: number; frameId: number };
  'archive/keep': KeepOutcome;
  'archive/versions': TranscriptVersionRecord[];
  /** How many versions were deleted. */
  'archive/forget': number;
  /** How many addresses the job has. */
  'archive/backfill': { total: number };
}

export type Answer<T> = { ok: true; data: T } | { ok: false; error: string };
export type BackgroundAnswer<T extends BackgroundType = BackgroundType> = Answer<BackgroundResponses[T]>;

export function parseBackgroundRequest(message: unknown): Parsed<BackgroundRequest> {
  return parseVariant<BackgroundRequest>(BackgroundRequestSchema, 'background', message);
}

/** Whether a value is shaped like one of our answers (the client checks what comes back). */
export function isAnswer(value: unknown): value is Answer<unknown> {
  if (!value || typeof value !== 'object') return false;
  const r = value as { ok?: unknown; error?: unknown };
  return r.ok === true ? 'data' in r : r.ok === false && typeof r.error === 'string';
}
