/**
 * Import, the whole file: size, JSON, shape, duplicates; then each item through w3c-records.ts.
 * A refused file gives `{ok: false, error}`; otherwise the valid records and the rejected items.
 */
import type { BriefingRecord, HighlightRecord } from '../store/schema';
import { MAX_ANNOTATIONS, MAX_IMPORT_CHARS, recordIdFromIri } from './w3c-format';
import { annotationToRecord, briefingFromJson, type RejectCode } from './w3c-records';

export type ImportErrorCode = 'too-big' | 'not-json' | 'shape' | 'too-many' | 'duplicate-ids' | 'duplicate-briefings';

/** Why a whole file was refused. `message` is English; the UI words it from `code` and `detail`. */
export interface ImportError {
  code: ImportErrorCode;
  detail: string;
  message: string;
}

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
      return { error: "the collection's pages are links, not embedded: only a file that holds its annotations can be imported" };
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
    const what = isObject(it)
      ? `an object with type ${JSON.stringify(it.type ?? null)}`
      : it === null
        ? 'null'
        : Array.isArray(it)
          ? 'a list'
          : typeof it;
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
    else
      rejected.push({
        index,
        kind: 'annotation',
        id: typeof (it as { id?: unknown }).id === 'string' ? (it as { id: string }).id : null,
        ...r.problem,
      });
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
