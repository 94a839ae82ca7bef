/**
 * Export to and import from the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/).
 *
 * ## Export
 * An `AnnotationCollection` whose `first` page embeds every `Annotation`:
 *
 *     { "@context": ["http://www.w3.org/ns/anno.jsonld", { "bl": "urn:x-briefing-lens:" }],
 *       "type": "AnnotationCollection", "id": "urn:uuid:…", "label": "…", "total": n,
 *       "generator": { "type": "Software", "name": "Briefing Lens" }, "generated": "…",
 *       "bl:format": 1, "bl:briefings": [BriefingRecord…],
 *       "first": { "type": "AnnotationPage", "startIndex": 0, "items": [Annotation…] } }
 *
 * One annotation per highlight:
 *   - `id`: `urn:uuid:<id>` when our id is a UUID; an imported annotation's own IRI as it was;
 *     else `urn:x-briefing-lens:highlight:<id, percent-encoded>`. Import maps each back, so ids
 *     survive any number of round trips and a re-import merges instead of duplicating.
 *   - `created` / `modified`: ISO 8601 with milliseconds, exactly our `created` / `updated`.
 *   - `body`: the note as a `TextualBody` with `purpose: "commenting"` (omitted when empty), then
 *     one `TextualBody` with `purpose: "tagging"` per tag, in order. No body: `motivation: "highlighting"`.
 *   - `target`: `{ type: "SpecificResource", source: <url>, selector: [TextQuoteSelector,
 *     TextPositionSelector], styleClass: "bl-<colour>" }` (the model puts `styleClass` on the
 *     specific resource). Selectors are written exactly as stored, in their order.
 *     Caveat: our `TextPositionSelector` offsets are UTF-16 code units of the article text (as
 *     Hypothesis's are), where the model counts code points; they differ only after a character
 *     outside the Basic Multilingual Plane (an emoji), which briefings practically never hold.
 *   - extension fields: `bl:briefingKey`, `bl:section` ({id, title, offset} or null),
 *     `bl:language` (when known); `bl:quote` only if the flat quote ever differs from the quote
 *     selector's `exact`.
 * Briefing index records travel whole in the collection's `bl:briefings`, so that export →
 * wipe → import gives back an identical database (briefings without highlights included).
 *
 * ## Import policy
 * Accepted: our export; any W3C `AnnotationCollection` with embedded pages, `AnnotationPage`,
 * single `Annotation`, or JSON array of annotations, whose targets are mid.ru briefing pages.
 *
 * The whole file is refused, and nothing can be applied, when it
 *   - is larger than `MAX_IMPORT_CHARS` or holds more than `MAX_ANNOTATIONS` annotations,
 *   - is not JSON,
 *   - does not have one of the shapes above (including an item of the list that is not an
 *     object of type `Annotation`, and collection pages that are links rather than embedded),
 *   - holds two annotations with the same id, or two briefing records with the same key.
 *
 * Otherwise each annotation is checked on its own (valibot schemas below, then the store's own
 * record schema in lib/store/records.ts, so that nothing enters the database that the background
 * would refuse from a page) and either planned
 * (new / updated / unchanged / older-than-ours) or rejected with a reason naming the field:
 * wrong types, missing quote, a target that is not a mid.ru briefing, several targets, text
 * over the size limits, or markup in a note or tag. The preview lists the rejected ones and the
 * reader may apply the valid rest; rejected annotations never touch the database.
 *
 * Markup: notes are plain text and the UI renders them only as text nodes, so `<script>` in a
 * note could do no harm here; but a note that looks like HTML did not come from Briefing Lens's
 * editor as intended and might reach a tool that renders it (a Markdown viewer), so import
 * rejects it. "Looks like HTML" means what an HTML parser would read as a tag, end tag,
 * comment or doctype: `<` directly followed by a letter, `/` or `!` (`<b>`, `</p`, `<!--`,
 * `<img src=x onerror=…>`). `a < b` and `<5` pass; `x<y` is (rightly, for a parser) a tag.
 * The same rule holds for a note the reader typed: such a note exports fine but will be
 * rejected on import, so the note editor should warn about it.
 *
 * Merge by id: an annotation whose id is not in the database is new; the same record is
 * unchanged; a different one replaces ours ("updated") unless ours was modified later than
 * it ("older": ours is kept). Briefing records merge the same way by key, on `lastSeen`,
 * keeping the earlier `firstSeen`. `apply.ts` writes a plan in one transaction.
 */
import { MARKUP_RE } from '../store/plain-text';
import * as v from 'valibot';
import { isMinistryHost } from '../detect/url';
import { canonicalBriefingKey } from '../store/canonical-url';
import { BriefingInputSchema, HighlightSchema, problemsOf } from '../store/records';
import { HIGHLIGHT_COLORS, type BriefingRecord, type HighlightColor, type HighlightRecord } from '../store/schema';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../anchoring/types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const BL_NAMESPACE = 'urn:x-briefing-lens:';
export const EXPORT_CONTEXT = [ANNO_CONTEXT, { bl: BL_NAMESPACE }] as const;
export const FORMAT_VERSION = 1;

/** Files above this many characters are refused before parsing (a 10,000-highlight export is ≈14 MB). */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;
export const MAX_ANNOTATIONS = 100_000;
export const MAX_NOTE_CHARS = 100_000;
export const MAX_QUOTE_CHARS = 100_000;
export const MAX_CONTEXT_CHARS = 10_000;
export const MAX_TAGS = 200;
export const MAX_TAG_CHARS = 200;
export const MAX_URL_CHARS = 4096;
export const MAX_ID_CHARS = 2048;


const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IRI_RE = /^[a-z][a-z0-9+.-]*:\S+$/i;
const HIGHLIGHT_URN = `${BL_NAMESPACE}highlight:`;
const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

// ---- types of the exported JSON -----------------------------------------------------------

export interface W3CTextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging';
  value: string;
  format: 'text/plain';
}

export interface W3CTarget {
  type: 'SpecificResource';
  source: string;
  selector: Selector[];
  styleClass: string;
}

export interface W3CAnnotation {
  type: 'Annotation';
  id: string;
  motivation: 'commenting' | 'tagging' | 'highlighting';
  created: string;
  modified: string;
  body?: W3CTextualBody[];
  target: W3CTarget;
  'bl:briefingKey': string;
  'bl:section': HighlightRecord['section'];
  'bl:language'?: HighlightRecord['language'];
  'bl:quote'?: string;
  /** Only for a timestamp that an ISO string cannot carry exactly (fractional ms, out of range). */
  'bl:created'?: number;
  'bl:updated'?: number;
}

export interface W3CCollection {
  '@context': typeof EXPORT_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: { type: 'Software'; name: 'Briefing Lens' };
  generated: string;
  'bl:format': number;
  'bl:briefings': BriefingRecord[];
  first: { type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}

// ---- export ---------------------------------------------------------------------------------

/** The annotation IRI for one of our ids (see the module comment). */
export function annotationIri(id: string): string {
  if (UUID_RE.test(id)) return `urn:uuid:${id}`;
  if (IRI_RE.test(id) && !/^urn:uuid:/i.test(id) && !id.startsWith(HIGHLIGHT_URN) && id.length <= MAX_ID_CHARS) return id;
  return HIGHLIGHT_URN + encodeURIComponent(id);
}

/** Our id for an annotation IRI: the inverse of `annotationIri`. */
export function recordIdFromIri(iri: string): string {
  if (/^urn:uuid:/i.test(iri)) return iri.slice('urn:uuid:'.length);
  if (iri.startsWith(HIGHLIGHT_URN)) {
    try {
      return decodeURIComponent(iri.slice(HIGHLIGHT_URN.length));
    } catch {
      return iri;
    }
  }
  return iri;
}

function isoOf(ms: number): string | null {
  if (!Number.isInteger(ms)) return null;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return null;
  const iso = d.toISOString();
  return Date.parse(iso) === ms ? iso : null;
}

export function toAnnotation(h: HighlightRecord): W3CAnnotation {
  const body: W3CTextualBody[] = [];
  if (h.note !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: h.note, format: 'text/plain' });
  for (const tag of h.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag, format: 'text/plain' });
  const created = isoOf(h.created);
  const modified = isoOf(h.updated);
  const quote = h.selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const a: W3CAnnotation = {
    type: 'Annotation',
    id: annotationIri(h.id),
    motivation: h.note !== '' ? 'commenting' : h.tags.length ? 'tagging' : 'highlighting',
    created: created ?? new Date(0).toISOString(),
    modified: modified ?? created ?? new Date(0).toISOString(),
    ...(body.length ? { body } : {}),
    target: {
      type: 'SpecificResource',
      source: h.url,
      selector: h.selectors.map((s) => ({ ...s })),
      styleClass: `bl-${h.color}`,
    },
    'bl:briefingKey': h.briefingKey,
    'bl:section': h.section ? { ...h.section } : null,
  };
  if (h.language !== undefined) a['bl:language'] = h.language;
  if (!quote || quote.exact !== h.quote) a['bl:quote'] = h.quote;
  if (created === null) a['bl:created'] = h.created;
  if (modified === null) a['bl:updated'] = h.updated;
  return a;
}

export interface ExportOptions {
  /** Shown by tools that list collections; default "Briefing Lens highlights". */
  label?: string;
  /** Export time (ms); default now. */
  now?: number;
  /** Collection IRI; default a fresh `urn:uuid:`. */
  id?: string;
}

/**
 * The collection of `highlights`, carrying `briefings` whole. Pass every briefing record for a
 * full backup, or only those of the highlights exported for a part.
 */
export function toCollection(highlights: readonly HighlightRecord[], briefings: readonly BriefingRecord[], opts: ExportOptions = {}): W3CCollection {
  const now = opts.now ?? Date.now();
  return {
    '@context': EXPORT_CONTEXT,
    id: opts.id ?? `urn:uuid:${globalThis.crypto.randomUUID()}`,
    type: 'AnnotationCollection',
    label: opts.label ?? 'Briefing Lens highlights',
    total: highlights.length,
    generator: { type: 'Software', name: 'Briefing Lens' },
    generated: new Date(now).toISOString(),
    'bl:format': FORMAT_VERSION,
    'bl:briefings': briefings.map((b) => structuredCloneRecord(b)),
    first: { type: 'AnnotationPage', startIndex: 0, items: highlights.map(toAnnotation) },
  };
}

/** The export file's text. */
export function exportJson(highlights: readonly HighlightRecord[], briefings: readonly BriefingRecord[], opts: ExportOptions = {}): string {
  return JSON.stringify(toCollection(highlights, briefings, opts));
}

/** The briefing records that `highlights` belong to (for exporting a part). */
export function briefingsOf(highlights: readonly HighlightRecord[], briefings: readonly BriefingRecord[]): BriefingRecord[] {
  const keys = new Set(highlights.map((h) => h.briefingKey));
  return briefings.filter((b) => keys.has(b.key));
}

function structuredCloneRecord<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

// ---- import: schemas ------------------------------------------------------------------------

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`));
const isoDateTime = v.pipe(
  v.string(),
  v.check((s) => ISO_RE.test(s) && Number.isFinite(Date.parse(s)), 'not an ISO 8601 date and time'),
);
const nonNegInt = v.pipe(v.number(), v.integer(), v.minValue(0));
const finiteNumber = v.pipe(v.number(), v.finite());

/** An object that is not an array (valibot's object schemas accept arrays, which are objects). */
const plainObject = v.custom<Record<string, unknown>>(
  (x) => typeof x === 'object' && x !== null && !Array.isArray(x),
  (issue) => `Invalid type: Expected Object but received ${Array.isArray(issue.input) ? 'Array' : JSON.stringify(issue.input)}`,
);

const TextBodySchema = v.looseObject({
  type: v.optional(v.string()),
  purpose: v.optional(v.union([v.string(), v.array(v.string())])),
  value: v.optional(v.string()),
  format: v.optional(v.string()),
  language: v.optional(v.union([v.string(), v.array(v.string())])),
});
const BodyItemSchema = v.union([v.string(), v.pipe(plainObject, TextBodySchema)]);

const SelectorItemSchema = v.pipe(plainObject, v.looseObject({ type: v.string() }));

const QuoteSelectorSchema = v.looseObject({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1, 'empty'), v.maxLength(MAX_QUOTE_CHARS, `longer than ${MAX_QUOTE_CHARS} characters`)),
  prefix: v.optional(text(MAX_CONTEXT_CHARS)),
  suffix: v.optional(text(MAX_CONTEXT_CHARS)),
});
const PositionSelectorSchema = v.pipe(
  v.looseObject({ type: v.literal('TextPositionSelector'), start: nonNegInt, end: nonNegInt }),
  v.check((s) => s.start <= s.end, 'start is after end'),
);

const TargetObjectSchema = v.looseObject({
  source: text(MAX_URL_CHARS),
  selector: v.optional(v.union([v.array(SelectorItemSchema), SelectorItemSchema])),
  styleClass: v.optional(v.string()),
});
const TargetItemSchema = v.union([v.string(), v.pipe(plainObject, TargetObjectSchema)]);

const SectionSchema = v.nullable(
  v.object({ id: text(MAX_ID_CHARS), title: v.nullable(text(MAX_QUOTE_CHARS)), offset: nonNegInt }),
);

const AnnotationSchema = v.looseObject({
  type: v.union([v.string(), v.array(v.string())]),
  id: text(MAX_ID_CHARS),
  created: v.optional(isoDateTime),
  modified: v.optional(isoDateTime),
  body: v.optional(v.union([v.array(BodyItemSchema), BodyItemSchema])),
  bodyValue: v.optional(v.string()),
  target: v.union([v.array(TargetItemSchema), TargetItemSchema]),
  'bl:briefingKey': v.optional(v.pipe(text(MAX_ID_CHARS), v.minLength(1, 'empty'))),
  'bl:section': v.optional(SectionSchema),
  'bl:language': v.optional(v.picklist(['en', 'ru'])),
  'bl:quote': v.optional(text(MAX_QUOTE_CHARS)),
  'bl:created': v.optional(finiteNumber),
  'bl:updated': v.optional(finiteNumber),
});

const BriefingSchema = v.object({
  key: v.pipe(text(MAX_ID_CHARS), v.minLength(1, 'empty')),
  url: text(MAX_URL_CHARS),
  title: v.nullable(text(MAX_QUOTE_CHARS)),
  speaker: v.nullable(text(MAX_QUOTE_CHARS)),
  date: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'not a YYYY-MM-DD date'))),
  language: v.nullable(v.picklist(['en', 'ru'])),
  sections: v.array(v.object({ id: text(MAX_ID_CHARS), title: v.nullable(text(MAX_QUOTE_CHARS)) })),
  entities: v.array(v.object({ key: text(MAX_ID_CHARS), count: nonNegInt })),
  entityKeys: v.optional(v.array(v.string())),
  firstSeen: finiteNumber,
  lastSeen: finiteNumber,
});

// ---- import: parsing ------------------------------------------------------------------------

export type ImportErrorCode = 'too-big' | 'not-json' | 'shape' | 'too-many' | 'duplicate-ids' | 'duplicate-briefings';

/** Why a whole file was refused. `message` is English; the UI words it from `code` and `detail`. */
export interface ImportError {
  code: ImportErrorCode;
  detail: string;
  message: string;
}

export type RejectCode = 'invalid' | 'markup' | 'not-briefing' | 'no-quote' | 'several-targets' | 'bad-briefing';

export interface Rejected {
  /** Position in the file's annotation list (or in `bl:briefings` for a briefing record). */
  index: number;
  kind: 'annotation' | 'briefing';
  /** The annotation's id (or briefing key) when it had a readable one. */
  id: string | null;
  code: RejectCode;
  /** What exactly: a field path and problem, the offending address, … */
  detail: string;
  /** English sentence, e.g. for logs and tests. */
  reason: string;
}

export interface ParsedImport {
  highlights: HighlightRecord[];
  briefings: BriefingRecord[];
  rejected: Rejected[];
  /** Annotations in the file, valid or not. */
  annotationCount: number;
}

export type ParseOutcome = ({ ok: true } & ParsedImport) | { ok: false; error: ImportError };

export interface ParseOptions {
  /** Time used for an annotation without `created` / `modified` (ms); default now. */
  now?: number;
}

function refuse(code: ImportErrorCode, detail: string, message: string): ParseOutcome {
  return { ok: false, error: { code, detail, message } };
}

function typeIs(value: unknown, name: string): boolean {
  const t = (value as { type?: unknown } | null)?.type;
  return t === name || (Array.isArray(t) && t.includes(name));
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The annotation list and briefing records of a parsed file, or why its shape is not accepted. */
function unwrap(json: unknown): { items: unknown[]; briefings: unknown[] } | { error: string } {
  const SHAPE = 'expected a W3C AnnotationCollection, AnnotationPage, Annotation, or a list of annotations';
  if (Array.isArray(json)) return { items: json, briefings: [] };
  if (!isObject(json)) return { error: `${SHAPE}; found ${json === null ? 'null' : typeof json}` };
  let briefings: unknown[] = [];
  if ('bl:briefings' in json) {
    if (!Array.isArray(json['bl:briefings'])) return { error: '"bl:briefings" is not a list' };
    briefings = json['bl:briefings'];
  }
  if (typeIs(json, 'AnnotationCollection')) {
    if (Array.isArray(json.items)) return { items: json.items, briefings };
    const first = json.first;
    if (first === undefined) {
      return json.total === 0 ? { items: [], briefings } : { error: 'the collection has no "first" page' };
    }
    if (!isObject(first)) {
      return { error: 'the collection\'s pages are links, not embedded: only a file that holds its annotations can be imported' };
    }
    const items: unknown[] = [];
    // Embedded follow-on pages ("next" as an object) are followed; linked ones cannot be.
    for (let page: unknown = first, n = 0; page !== undefined; n++) {
      if (!isObject(page)) return { error: `page ${n + 1} of the collection is a link, not embedded` };
      if (!Array.isArray(page.items)) return { error: `page ${n + 1} of the collection has no "items" list` };
      for (const it of page.items) items.push(it);
      if (items.length > MAX_ANNOTATIONS) break;
      page = page.next;
    }
    return { items, briefings };
  }
  if (typeIs(json, 'AnnotationPage')) {
    if (!Array.isArray(json.items)) return { error: 'the AnnotationPage has no "items" list' };
    return { items: json.items, briefings };
  }
  if (typeIs(json, 'Annotation')) return { items: [json], briefings };
  return { error: `${SHAPE}; found an object with type ${JSON.stringify(json.type ?? null)}` };
}

/**
 * Parses and validates an import file's text. A refused file gives `{ok: false, error}`;
 * otherwise the valid records and the rejected items with reasons.
 */
export function parseImport(fileText: string, opts: ParseOptions = {}): ParseOutcome {
  if (fileText.length > MAX_IMPORT_CHARS) {
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    return refuse('too-big', mb(fileText.length), `The file is too large (${mb(fileText.length)}; at most ${mb(MAX_IMPORT_CHARS)}).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(fileText.charCodeAt(0) === 0xfeff ? fileText.slice(1) : fileText);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return refuse('not-json', why, `The file is not JSON (${why}).`);
  }
  const unwrapped = unwrap(json);
  if ('error' in unwrapped) return refuse('shape', unwrapped.error, `The file is not an annotation export: ${unwrapped.error}.`);
  const { items, briefings: rawBriefings } = unwrapped;
  if (items.length > MAX_ANNOTATIONS) {
    return refuse('too-many', String(items.length), `The file holds more than ${MAX_ANNOTATIONS} annotations.`);
  }
  const notAnnotation = items.findIndex((it) => !isObject(it) || !typeIs(it, 'Annotation'));
  if (notAnnotation >= 0) {
    const it = items[notAnnotation];
    const what = isObject(it) ? `an object with type ${JSON.stringify(it.type ?? null)}` : it === null ? 'null' : Array.isArray(it) ? 'a list' : typeof it;
    const detail = `item ${notAnnotation + 1} is ${what}, not an Annotation`;
    return refuse('shape', detail, `The file is not an annotation export: ${detail}.`);
  }

  // Duplicate ids would make the merge depend on order: refuse the file.
  const seen = new Map<string, number>();
  const dups: string[] = [];
  items.forEach((it) => {
    const id = (it as { id?: unknown }).id;
    if (typeof id !== 'string') return;
    const rid = recordIdFromIri(id);
    const n = (seen.get(rid) ?? 0) + 1;
    seen.set(rid, n);
    if (n === 2) dups.push(id);
  });
  if (dups.length) {
    const shown = dups.slice(0, 3).join(', ') + (dups.length > 3 ? ` and ${dups.length - 3} more` : '');
    return refuse('duplicate-ids', shown, `The file holds several annotations with the same id (${shown}).`);
  }
  const keys = new Map<string, number>();
  const dupKeys: string[] = [];
  for (const b of rawBriefings) {
    const k = (b as { key?: unknown } | null)?.key;
    if (typeof k !== 'string') continue;
    const n = (keys.get(k) ?? 0) + 1;
    keys.set(k, n);
    if (n === 2) dupKeys.push(k);
  }
  if (dupKeys.length) {
    const shown = dupKeys.slice(0, 3).join(', ');
    return refuse('duplicate-briefings', shown, `The file holds several briefing records with the same key (${shown}).`);
  }

  const now = opts.now ?? Date.now();
  const highlights: HighlightRecord[] = [];
  const briefings: BriefingRecord[] = [];
  const rejected: Rejected[] = [];
  items.forEach((it, index) => {
    const r = annotationToRecord(it, now);
    if ('record' in r) highlights.push(r.record);
    else rejected.push({ index, kind: 'annotation', id: typeof (it as { id?: unknown }).id === 'string' ? ((it as { id: string }).id) : null, ...r.problem });
  });
  rawBriefings.forEach((raw, index) => {
    const r = briefingFromJson(raw);
    if ('record' in r) briefings.push(r.record);
    else {
      const key = (raw as { key?: unknown } | null)?.key;
      rejected.push({ index, kind: 'briefing', id: typeof key === 'string' ? key : null, ...r.problem });
    }
  });
  return { ok: true, highlights, briefings, rejected, annotationCount: items.length };
}

type Problem = { code: RejectCode; detail: string; reason: string };

function problem(code: RejectCode, detail: string, reason: string): { problem: Problem } {
  return { problem: { code, detail, reason } };
}

function issueText(issues: readonly v.BaseIssue<unknown>[]): string {
  // A failed union ("one or a list") reports each branch's issues inside its own, with paths
  // relative to the union's value: the most precise is the one that got deepest into it.
  let best = { path: [] as string[], message: issues[0]!.message };
  const visit = (issue: v.BaseIssue<unknown>, prefix: string[]): void => {
    const path = [...prefix, ...(issue.path ?? []).map((p) => String(p.key))];
    if (issue.issues?.length) {
      for (const inner of issue.issues) visit(inner, path);
      return;
    }
    if (path.length > best.path.length) best = { path, message: issue.message };
  };
  visit(issues[0]!, []);
  return `${best.path.length ? best.path.join('.') : '(annotation)'}: ${best.message}`;
}

function isBriefingUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && isMinistryHost(u.hostname);
  } catch {
    return false;
  }
}

/** One annotation as a highlight record, or why it is rejected. */
export function annotationToRecord(raw: unknown, now: number = Date.now()): { record: HighlightRecord } | { problem: Problem } {
  const parsed = v.safeParse(AnnotationSchema, raw);
  if (!parsed.success) {
    const d = issueText(parsed.issues);
    return problem('invalid', d, `Wrong type or value at ${d}.`);
  }
  const a = parsed.output;
  const id = recordIdFromIri(a.id);
  if (!id) return problem('invalid', 'id: empty', 'The annotation has an empty id.');

  // Target: exactly one, a specific resource with a quote.
  const targets = Array.isArray(a.target) ? a.target : [a.target];
  if (targets.length !== 1) return problem('several-targets', String(targets.length), `The annotation has ${targets.length} targets; only one can be highlighted.`);
  const target = targets[0]!;
  if (typeof target === 'string') return problem('no-quote', 'target', 'The annotation targets a whole page, with no quoted text.');
  if (!isBriefingUrl(target.source)) return problem('not-briefing', target.source, `The target ${target.source} is not a page on mid.ru.`);
  const briefingKey = a['bl:briefingKey'] ?? canonicalBriefingKey(target.source);
  if (!briefingKey) return problem('not-briefing', target.source, `The target ${target.source} is not a mid.ru briefing address.`);

  const rawSelectors = target.selector === undefined ? [] : Array.isArray(target.selector) ? target.selector : [target.selector];
  const selectors: Selector[] = [];
  let quote: TextQuoteSelector | null = null;
  let position = false;
  for (let i = 0; i < rawSelectors.length; i++) {
    const s = rawSelectors[i]!;
    const at = Array.isArray(target.selector) ? `target.selector.${i}` : 'target.selector';
    if (s.type === 'TextQuoteSelector' && !quote) {
      const q = v.safeParse(QuoteSelectorSchema, s);
      if (!q.success) return problem('invalid', `${at}.${issueText(q.issues)}`, `Wrong type or value at ${at}.${issueText(q.issues)}.`);
      quote = { type: 'TextQuoteSelector', exact: q.output.exact, prefix: q.output.prefix ?? '', suffix: q.output.suffix ?? '' };
      selectors.push(quote);
    } else if (s.type === 'TextPositionSelector' && !position) {
      const p = v.safeParse(PositionSelectorSchema, s);
      if (!p.success) return problem('invalid', `${at}.${issueText(p.issues)}`, `Wrong type or value at ${at}.${issueText(p.issues)}.`);
      const ps: TextPositionSelector = { type: 'TextPositionSelector', start: p.output.start, end: p.output.end };
      selectors.push(ps);
      position = true;
    }
    // Other selector types (CSS, XPath, a second quote) cannot be used here and are dropped.
  }
  if (!quote) return problem('no-quote', 'target.selector', 'The annotation has no TextQuoteSelector (no quoted text).');

  // Bodies: tags, and the note (several commenting bodies are joined by a blank line).
  const bodies = a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body];
  const noteParts: string[] = [];
  if (a.bodyValue !== undefined) noteParts.push(a.bodyValue);
  const tags: string[] = [];
  for (let i = 0; i < bodies.length; i++) {
    const b = bodies[i]!;
    if (typeof b === 'string') continue; // a linked body: nothing we can show
    if (b.value === undefined) continue; // e.g. a SpecificResource body
    if (b.type !== undefined && b.type !== 'TextualBody') continue;
    const purposes = b.purpose === undefined ? [] : Array.isArray(b.purpose) ? b.purpose : [b.purpose];
    if (purposes.includes('tagging')) tags.push(b.value);
    else noteParts.push(b.value);
  }
  const note = noteParts.join('\n\n');
  if (note.length > MAX_NOTE_CHARS) return problem('invalid', `note: longer than ${MAX_NOTE_CHARS} characters`, `The note is longer than ${MAX_NOTE_CHARS} characters.`);
  if (tags.length > MAX_TAGS) return problem('invalid', `tags: more than ${MAX_TAGS}`, `The annotation has more than ${MAX_TAGS} tags.`);
  const longTag = tags.find((t) => t.length > MAX_TAG_CHARS);
  if (longTag !== undefined) return problem('invalid', `tag: longer than ${MAX_TAG_CHARS} characters`, `A tag is longer than ${MAX_TAG_CHARS} characters.`);
  if (MARKUP_RE.test(note)) return problem('markup', 'note', 'The note contains HTML markup (a tag, comment or script); notes must be plain text.');
  const markupTag = tags.find((t) => MARKUP_RE.test(t));
  if (markupTag !== undefined) return problem('markup', 'tag', 'A tag contains HTML markup; tags must be plain text.');

  const styleClass = typeof target.styleClass === 'string' ? target.styleClass : '';
  const colourName = styleClass.split(/\s+/).find((c) => c.startsWith('bl-'))?.slice(3) ?? '';
  const color: HighlightColor = (HIGHLIGHT_COLORS as readonly string[]).includes(colourName) ? (colourName as HighlightColor) : 'yellow';

  const created = a['bl:created'] ?? (a.created !== undefined ? Date.parse(a.created) : a.modified !== undefined ? Date.parse(a.modified) : now);
  const updated = a['bl:updated'] ?? (a.modified !== undefined ? Date.parse(a.modified) : created);

  const record: HighlightRecord = {
    id,
    briefingKey,
    url: target.source,
    selectors,
    section: a['bl:section'] ? { id: a['bl:section'].id, title: a['bl:section'].title, offset: a['bl:section'].offset } : null,
    quote: a['bl:quote'] ?? quote.exact,
    color,
    note,
    tags,
    created,
    updated,
  };
  if (a['bl:language'] !== undefined) record.language = a['bl:language'];
  // Last, what the store itself demands of a record (lib/store/records.ts): an imported record
  // must be one the background would accept from a page.
  const storeProblems = problemsOf(HighlightSchema, record);
  if (storeProblems.length) return problem('invalid', storeProblems[0]!, `Not a valid highlight: ${storeProblems.join('; ')}.`);
  return { record };
}

/** One `bl:briefings` entry as a briefing record, or why it is rejected. */
export function briefingFromJson(raw: unknown): { record: BriefingRecord } | { problem: Problem } {
  const parsed = v.safeParse(BriefingSchema, raw);
  if (!parsed.success) {
    const d = issueText(parsed.issues);
    return problem('bad-briefing', d, `Briefing record: wrong type or value at ${d}.`);
  }
  const b = parsed.output;
  if (!isBriefingUrl(b.url)) return problem('not-briefing', b.url, `The briefing record's address ${b.url} is not a page on mid.ru.`);
  const entities = b.entities.map((e) => ({ key: e.key, count: e.count }));
  const storeProblems = problemsOf(BriefingInputSchema, b);
  if (storeProblems.length) return problem('bad-briefing', storeProblems[0]!, `Not a valid briefing record: ${storeProblems.join('; ')}.`);
  return {
    record: {
      key: b.key,
      url: b.url,
      title: b.title,
      speaker: b.speaker,
      date: b.date,
      language: b.language,
      sections: b.sections.map((s) => ({ id: s.id, title: s.title })),
      entities,
      entityKeys: [...new Set(entities.map((e) => e.key))],
      firstSeen: b.firstSeen,
      lastSeen: b.lastSeen,
    },
  };
}

// ---- import: the merge plan -----------------------------------------------------------------

export interface MergeBuckets<T> {
  /** Not in the database. */
  new: T[];
  /** In the database, different, and not newer there: will replace it. */
  updated: T[];
  /** Identical in the database. */
  unchanged: T[];
  /** In the database and modified there later than in the file: the database's copy is kept. */
  older: T[];
}

export interface ImportPlan {
  highlights: MergeBuckets<HighlightRecord>;
  briefings: MergeBuckets<BriefingRecord>;
  rejected: Rejected[];
  annotationCount: number;
}

export interface Existing {
  highlights: Iterable<HighlightRecord>;
  briefings: Iterable<BriefingRecord>;
}

/** Merge plan of parsed records against what the database holds (see the module comment). */
export function planImport(parsed: ParsedImport, existing: Existing): ImportPlan {
  const hs = new Map<string, HighlightRecord>();
  for (const h of existing.highlights) hs.set(h.id, h);
  const bs = new Map<string, BriefingRecord>();
  for (const b of existing.briefings) bs.set(b.key, b);
  const highlights: MergeBuckets<HighlightRecord> = { new: [], updated: [], unchanged: [], older: [] };
  for (const h of parsed.highlights) {
    const old = hs.get(h.id);
    if (!old) highlights.new.push(h);
    else if (deepEqual(old, h)) highlights.unchanged.push(h);
    else if (old.updated > h.updated) highlights.older.push(h);
    else highlights.updated.push(h);
  }
  const briefings: MergeBuckets<BriefingRecord> = { new: [], updated: [], unchanged: [], older: [] };
  for (const b of parsed.briefings) {
    const old = bs.get(b.key);
    if (!old) briefings.new.push(b);
    else {
      const merged = mergeBriefing(old, b);
      if (deepEqual(old, merged)) briefings.unchanged.push(b);
      else if (old.lastSeen > b.lastSeen) briefings.older.push(b);
      else briefings.updated.push(merged);
    }
  }
  return { highlights, briefings, rejected: parsed.rejected, annotationCount: parsed.annotationCount };
}

/** The file's record, keeping the earlier first sighting. */
export function mergeBriefing(existing: BriefingRecord, incoming: BriefingRecord): BriefingRecord {
  return existing.firstSeen < incoming.firstSeen ? { ...incoming, firstSeen: existing.firstSeen } : incoming;
}

/** Whether a plan would write anything. */
export function planWrites(plan: ImportPlan): number {
  return plan.highlights.new.length + plan.highlights.updated.length + plan.briefings.new.length + plan.briefings.updated.length;
}

/** Structural equality of JSON-like values (records as stored); `undefined` properties count as absent. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], bb[i])) return false;
    return true;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const ak = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bk = Object.keys(bo).filter((k) => bo[k] !== undefined);
  if (ak.length !== bk.length) return false;
  for (const k of ak) if (!Object.prototype.hasOwnProperty.call(bo, k) || !deepEqual(ao[k], bo[k])) return false;
  return true;
}
