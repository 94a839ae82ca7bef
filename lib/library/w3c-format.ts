/**
 * The W3C Web Annotation shapes Briefing Lens writes, the limits on a file, and the mapping
 * between our record ids and annotation IRIs. See w3c.ts for the format and import policy.
 */
import type { HighlightRecord, BriefingRecord } from '../store/schema';
import type { Selector } from '../anchoring/types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const BL_NAMESPACE = 'urn:x-briefing-lens:';
export const EXPORT_CONTEXT = [ANNO_CONTEXT, { bl: BL_NAMESPACE }] as const;
export const FORMAT_VERSION = 1;

/** Files above this many characters are refused before parsing (a 10,000-highlight export is ≈14 MB). */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;
export const MAX_ANNOTATIONS = 100_000;
export const MAX_URL_CHARS = 4096;
export const MAX_ID_CHARS = 2048;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IRI_RE = /^[a-z][a-z0-9+.-]*:\S+$/i;
const HIGHLIGHT_URN = `${BL_NAMESPACE}highlight:`;

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
