/**
 * The narrow channel between the two halves of the extension in a tab, over a runtime port:
 *  - the page half (content script): detection, segmentation, painting, scrolling, scroll-spy,
 *    selection capture — it never holds a note's text;
 *  - the sidebar half (the extension page `sidebar.html`, framed where the sidebar docks): the
 *    contents, search, entities, notes and the note editor.
 * The page's own scripts cannot reach a port; both ends still validate every message, so a bug
 * in one half cannot corrupt the other. Messages are one-way events; nothing is answered.
 */
import * as v from 'valibot';
import type { Briefing } from '../briefing/model';
import { modelProblems } from '../briefing/validate';
import { SelectorsSchema, SectionRefSchema } from '../store/records';
import { HIGHLIGHT_COLORS } from '../store/schema';
import { PAGE_COMMANDS } from './tab-messages';
import { parseVariant, type Parsed } from './schema-text';

export const SIDEBAR_PORT = 'bl-sidebar';
/** The frame's port to the background where a framed extension page has no `tabs` (Firefox). */
export const SIDEBAR_RELAY_PORT = 'bl-sidebar-relay';

/** Extension pages that may hold the page half's end: the sidebar frame, or the background relaying for it. */
export function isSidebarEnd(pathname: string): boolean {
  return pathname === '/sidebar.html' || pathname === '/background.js' || pathname === '/_generated_background_page.html';
}

const index = v.pipe(v.number(), v.integer(), v.minValue(0));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(500));
/** A span of the article text (the page's one coordinate system: lib/briefing/offsets.ts). */
const span = v.strictObject({ start: index, end: index });
const color = v.picklist(HIGHLIGHT_COLORS);
const articleText = v.pipe(v.string(), v.maxLength(5_000_000));

/** The model as the frame gets it: block texts and structure, no DOM references. */
const BriefingSchema = v.custom<Briefing<null>>((value) => {
  try {
    return !!value && typeof value === 'object' && (value as Briefing).isBriefing === true && modelProblems(value as Briefing).length === 0;
  } catch {
    return false;
  }
}, 'not a valid briefing model');

/** A highlight-to-be, described by the page from the reader's selection. */
export const DraftSchema = v.strictObject({
  selectors: SelectorsSchema,
  section: SectionRefSchema,
  quote: v.pipe(v.string(), v.minLength(1), v.maxLength(200_000)),
  url: v.pipe(v.string(), v.maxLength(2_000)),
  language: v.picklist(['en', 'ru']),
});
export type Draft = v.InferOutput<typeof DraftSchema>;

/** Page half → sidebar frame. */
export const ToFrameSchema = v.variant('type', [
  /** The model, and the article's text (what highlights are anchored in; blocks' `start`/`gaps` place them in it). */
  v.strictObject({
    type: v.literal('init'),
    briefing: BriefingSchema,
    text: articleText,
    pageUrl: v.string(),
    briefingKey: v.nullable(v.string()),
    canPaint: v.boolean(),
  }),
  /** The article changed under us (late content, edits): a fresh model and text. */
  v.strictObject({ type: v.literal('article'), briefing: BriefingSchema, text: articleText }),
  /** The section being read (scroll-spy); -1 for none. */
  v.strictObject({ type: v.literal('section'), index: v.pipe(v.number(), v.integer(), v.minValue(-1)) }),
  v.strictObject({ type: v.literal('command'), command: v.picklist(PAGE_COMMANDS) }),
  /** The reader asked for a highlight (trusted click or keyboard command) on their selection. */
  v.strictObject({ type: v.literal('notes/new'), draft: DraftSchema, color, open: v.picklist(['none', 'note', 'tags']) }),
  /** The reader clicked a painted highlight, or a `#bl-h-` link named one. */
  v.strictObject({ type: v.literal('notes/open'), id }),
  /** The reader drags the sidebar's edge (the page half follows the pointer over the page). */
  v.strictObject({ type: v.literal('resize'), width: v.pipe(v.number(), v.minValue(0), v.maxValue(4_000)), done: v.boolean() }),
]);
export type ToFrame = v.InferOutput<typeof ToFrameSchema>;

/** Sidebar frame → page half. */
export const ToPageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('ready') }),
  /** Keep `width` px on the right for the frame; `open` false: the collapsed strip. */
  v.strictObject({ type: v.literal('dock'), open: v.boolean(), width: v.pipe(v.number(), v.minValue(0), v.maxValue(2_000)) }),
  v.strictObject({ type: v.literal('jump'), section: index, focus: v.boolean() }),
  /** The reader pressed on the sidebar's edge, `grab` px right of it: follow the pointer until released. */
  v.strictObject({ type: v.literal('resize-start'), grab: v.pipe(v.number(), v.minValue(0), v.maxValue(100)) }),
  v.strictObject({ type: v.literal('search'), hits: v.array(span), active: v.nullable(index) }),
  /** Entity mentions to paint (sent once), and which types to show. */
  v.strictObject({
    type: v.literal('entities/mentions'),
    mentions: v.array(v.strictObject({ ...span.entries, type: v.picklist(['person', 'place', 'organization', 'date']) })),
  }),
  v.strictObject({ type: v.literal('entities/show'), on: v.boolean(), types: v.record(v.string(), v.boolean()) }),
  /** Bring mention `index` into view and mark it. */
  v.strictObject({ type: v.literal('entities/walk'), mention: index }),
  /** Highlights to paint, as spans of the article text (no note text: only whether there is one). */
  v.strictObject({
    type: v.literal('notes/paint'),
    spans: v.array(v.strictObject({ id, start: index, end: index, color, hasNote: v.boolean(), created: index })),
  }),
  v.strictObject({ type: v.literal('notes/show'), id }),
  v.strictObject({ type: v.literal('notes/active'), id: v.nullable(id) }),
  /** Give keyboard focus back to the page (the editor closed). */
  v.strictObject({ type: v.literal('focus-page') }),
  v.strictObject({ type: v.literal('save-page') }),
]);
export type ToPage = v.InferOutput<typeof ToPageSchema>;

export const parseToFrame = (m: unknown): Parsed<ToFrame> => parseVariant<ToFrame>(ToFrameSchema, 'frame', m);
export const parseToPage = (m: unknown): Parsed<ToPage> => parseVariant<ToPage>(ToPageSchema, 'page', m);
