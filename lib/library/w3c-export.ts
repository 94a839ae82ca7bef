/** Export: highlight and briefing records as a W3C AnnotationCollection (format in w3c.ts). */
import type { BriefingRecord, HighlightRecord } from '../store/schema';
import type { TextQuoteSelector } from '../anchoring/types';
import { EXPORT_CONTEXT, FORMAT_VERSION, annotationIri, type W3CAnnotation, type W3CCollection, type W3CTextualBody } from './w3c-format';

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
export function toCollection(
  highlights: readonly HighlightRecord[],
  briefings: readonly BriefingRecord[],
  opts: ExportOptions = {},
): W3CCollection {
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
