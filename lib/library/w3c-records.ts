/**
 * Import, one item at a time: an annotation as a highlight record, a `bl:briefings` entry as a
 * briefing record, or the reason it is rejected. Limits on what a highlight holds are the
 * store's own (lib/store/limits.ts), checked here first so that the reason names the limit.
 */
import * as v from 'valibot';
import { MARKUP_RE } from '../store/plain-text';
import { canonicalBriefingKey } from '../store/canonical-url';
import { MAX_CONTEXT_CHARS, MAX_QUOTE_CHARS, limitMessage, limitProblem } from '../store/limits';
import { BriefingInputSchema, HighlightSchema, problemsOf } from '../store/records';
import { HIGHLIGHT_COLORS, type BriefingRecord, type HighlightColor, type HighlightRecord } from '../store/schema';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../anchoring/types';
import { MAX_ID_CHARS, MAX_URL_CHARS, recordIdFromIri } from './w3c-format';
import { isMinistryPageUrl } from '../store/record-url';

const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
/** Context another tool may have stored longer than ours; only its nearest part is kept. */
const MAX_FOREIGN_CONTEXT_CHARS = 10_000;

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
  // The quote's own limit is checked after parsing, so that its reason names it.
  exact: v.pipe(v.string(), v.minLength(1, 'empty')),
  prefix: v.optional(text(MAX_FOREIGN_CONTEXT_CHARS)),
  suffix: v.optional(text(MAX_FOREIGN_CONTEXT_CHARS)),
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

const SectionSchema = v.nullable(v.object({ id: text(MAX_ID_CHARS), title: v.nullable(text(MAX_QUOTE_CHARS)), offset: nonNegInt }));

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
  'bl:quote': v.optional(v.string()),
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
  entities: v.array(v.object({ key: text(MAX_ID_CHARS), count: nonNegInt, label: v.optional(text(MAX_ID_CHARS)) })),
  entityKeys: v.optional(v.array(v.string())),
  firstSeen: finiteNumber,
  lastSeen: finiteNumber,
});

/** The `*-too-long` / `too-many-tags` codes carry the offending length or count as `detail`. */
export type RejectCode =
  | 'invalid'
  | 'markup'
  | 'not-briefing'
  | 'no-quote'
  | 'several-targets'
  | 'bad-briefing'
  | 'note-too-long'
  | 'too-many-tags'
  | 'tag-too-long'
  | 'quote-too-long';

type Problem = { code: RejectCode; detail: string; reason: string };

function problem(code: RejectCode, detail: string, reason: string): { problem: Problem } {
  return { problem: { code, detail, reason } };
}

function quoteTooLong(length: number): { problem: Problem } {
  return problem('quote-too-long', String(length), `The quote is ${length} characters long; at most ${MAX_QUOTE_CHARS} can be kept.`);
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
  if (targets.length !== 1)
    return problem('several-targets', String(targets.length), `The annotation has ${targets.length} targets; only one can be highlighted.`);
  const target = targets[0]!;
  if (typeof target === 'string') return problem('no-quote', 'target', 'The annotation targets a whole page, with no quoted text.');
  if (!isMinistryPageUrl(target.source))
    return problem('not-briefing', target.source, `The target ${target.source} is not a page on mid.ru.`);
  // The key comes from the target's address, as the extension derives it on the page; a key
  // written in the file is not trusted (it could file a highlight under another briefing).
  const briefingKey = canonicalBriefingKey(target.source);
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
      const exact = q.output.exact;
      if (exact.length > MAX_QUOTE_CHARS) return quoteTooLong(exact.length);
      // Context is for finding the quote again, not the reader's text: keep the part nearest it.
      const prefix = (q.output.prefix ?? '').slice(-MAX_CONTEXT_CHARS);
      const suffix = (q.output.suffix ?? '').slice(0, MAX_CONTEXT_CHARS);
      quote = { type: 'TextQuoteSelector', exact, prefix, suffix };
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
  const limit = limitProblem(note, tags);
  if (limit) return problem(limit.code, String(limit.actual), limitMessage(limit));
  if (a['bl:quote'] !== undefined && a['bl:quote'].length > MAX_QUOTE_CHARS) return quoteTooLong(a['bl:quote'].length);
  if (MARKUP_RE.test(note))
    return problem('markup', 'note', 'The note contains HTML markup (a tag, comment or script); notes must be plain text.');
  const markupTag = tags.find((t) => MARKUP_RE.test(t));
  if (markupTag !== undefined) return problem('markup', 'tag', 'A tag contains HTML markup; tags must be plain text.');

  const styleClass = typeof target.styleClass === 'string' ? target.styleClass : '';
  const colorName =
    styleClass
      .split(/\s+/)
      .find((c) => c.startsWith('bl-'))
      ?.slice(3) ?? '';
  const color: HighlightColor = (HIGHLIGHT_COLORS as readonly string[]).includes(colorName) ? (colorName as HighlightColor) : 'yellow';

  const created =
    a['bl:created'] ?? (a.created !== undefined ? Date.parse(a.created) : a.modified !== undefined ? Date.parse(a.modified) : now);
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
  if (!isMinistryPageUrl(b.url)) return problem('not-briefing', b.url, `The briefing record's address ${b.url} is not a page on mid.ru.`);
  const entities = b.entities.map((e) => (e.label ? { key: e.key, count: e.count, label: e.label } : { key: e.key, count: e.count }));
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
