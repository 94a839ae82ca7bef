/**
 * The archive for research: one row per section, as JSONL (a JSON object per line) or CSV
 * (RFC 4180), with the columns documented in docs/archive.md; and transcripts as references for
 * Zotero and other reference managers, in CSL-JSON and RIS. Pure: the caller saves the string.
 *
 * The references are written to the formats' specifications by hand rather than with
 * citation-js: it is the only maintained library for both, but its core with the CSL and RIS
 * plugins is several hundred KB in the extension for two fixed, flat mappings of ~40 lines.
 */
import type { TranscriptKind } from '../briefing/model';
import type { KeptTranscript } from './transcript';

/** A transcript to export: a kept version, with its number and how many versions its key has. */
export type ExportTranscript = KeptTranscript & { version?: number; versions?: number };

/** One exported row: a section with its transcript's metadata. The keys are the column names. */
export interface ExportRow {
  key: string;
  url: string;
  /** `url#section_id`: the section on the site. */
  link: string;
  title: string | null;
  kind: TranscriptKind;
  date: string | null;
  time: string | null;
  doc_number: string | null;
  language: string;
  transcript_speaker: string | null;
  place: string | null;
  version: number | null;
  versions: number | null;
  /** ISO date-time this version was first kept. */
  kept_at: string;
  hash: string;
  /** Position of the section in the transcript, from 0. */
  section_index: number;
  section_id: string;
  section_kind: 'statement' | 'qa';
  section_title: string | null;
  question: string | null;
  asker: string | null;
  speaker: string | null;
  text: string;
  entities: string[];
}

/** The columns in order (CSV header, JSONL key order). */
export const EXPORT_COLUMNS: readonly (keyof ExportRow)[] = [
  'key',
  'url',
  'link',
  'title',
  'kind',
  'date',
  'time',
  'doc_number',
  'language',
  'transcript_speaker',
  'place',
  'version',
  'versions',
  'kept_at',
  'hash',
  'section_index',
  'section_id',
  'section_kind',
  'section_title',
  'question',
  'asker',
  'speaker',
  'text',
  'entities',
];

export function exportRows(transcripts: readonly ExportTranscript[]): ExportRow[] {
  return transcripts.flatMap((t) =>
    t.sections.map(
      (s, i): ExportRow => ({
        key: t.key,
        url: t.url,
        link: `${t.url.replace(/#.*$/, '')}#${s.id}`,
        title: t.header.title,
        kind: t.kind,
        date: t.header.date,
        time: t.header.time,
        doc_number: t.header.docNumber,
        language: t.header.language,
        transcript_speaker: t.header.speaker,
        place: t.header.place,
        version: t.version ?? null,
        versions: t.versions ?? null,
        kept_at: new Date(t.keptAt).toISOString(),
        hash: t.hash,
        section_index: i,
        section_id: s.id,
        section_kind: s.kind,
        section_title: s.title,
        question: s.question,
        asker: s.asker,
        speaker: s.speaker,
        text: s.text,
        entities: [...s.entities],
      }),
    ),
  );
}

/** JSONL: one section per line, `\n` line ends, UTF-8. Line breaks inside text are escaped by JSON. */
export function toJsonl(transcripts: readonly ExportTranscript[]): string {
  return exportRows(transcripts)
    .map((row) => JSON.stringify(Object.fromEntries(EXPORT_COLUMNS.map((c) => [c, row[c]]))))
    .map((line) => `${line}\n`)
    .join('');
}

/** Reads a JSONL export back (blank lines skipped). */
export function parseJsonl(text: string): ExportRow[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ExportRow);
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF; quotes doubled. Null is empty. */
export function csvField(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * CSV (RFC 4180): a header line, then one line per section, CRLF line ends. `entities` is joined
 * with "; ". Text is exported as it is: a cell beginning with `=` stays data for pandas and R
 * (the intended readers); a spreadsheet should import it as text.
 */
export function toCsv(transcripts: readonly ExportTranscript[]): string {
  const lines = [EXPORT_COLUMNS.join(',')];
  for (const row of exportRows(transcripts)) {
    lines.push(EXPORT_COLUMNS.map((c) => csvField(c === 'entities' ? row.entities.join('; ') : row[c])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

// ——— References ———

const PUBLISHER = { en: 'Ministry of Foreign Affairs of the Russian Federation', ru: 'Министерство иностранных дел Российской Федерации' };
const GENRE: Record<'en' | 'ru', Record<TranscriptKind, string>> = {
  en: { briefing: 'Briefing transcript', remarks: 'Remarks and answers to media questions', interview: 'Interview' },
  ru: { briefing: 'Стенограмма брифинга', remarks: 'Выступление и ответы на вопросы СМИ', interview: 'Интервью' },
};

/** A CSL name: family and given when the name has both (the last word is the family name), else literal. */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface CslItem {
  id: string;
  type: 'speech' | 'interview';
  title?: string;
  author?: CslName[];
  issued?: { 'date-parts': [[number, number, number]] };
  accessed?: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
  publisher: string;
  'event-place'?: string;
  genre: string;
  number?: string;
}

function cslName(name: string): CslName {
  const words = name.trim().split(/\s+/);
  return words.length >= 2 ? { family: words[words.length - 1]!, given: words.slice(0, -1).join(' ') } : { literal: name.trim() };
}

function dateParts(iso: string | null): [number, number, number] | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

const utcDay = (ms: number): [number, number, number] => {
  const d = new Date(ms);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
};

/** CSL-JSON items (the citation-style-language schema, csl-data.json). */
export function toCslItems(transcripts: readonly KeptTranscript[]): CslItem[] {
  return transcripts.map((t) => {
    const lang = t.header.language;
    const issued = dateParts(t.header.date);
    const item: CslItem = {
      id: t.key,
      // Zotero maps CSL `speech` to Presentation and `interview` to Interview.
      type: t.kind === 'interview' ? 'interview' : 'speech',
      URL: t.url,
      language: lang,
      publisher: PUBLISHER[lang],
      genre: GENRE[lang][t.kind],
      accessed: { 'date-parts': [utcDay(t.keptAt)] },
    };
    if (t.header.title) item.title = t.header.title;
    if (t.header.speaker) item.author = [cslName(t.header.speaker)];
    if (issued) item.issued = { 'date-parts': [issued] };
    if (t.header.place) item['event-place'] = t.header.place;
    if (t.header.docNumber) item.number = t.header.docNumber;
    return item;
  });
}

export function toCslJson(transcripts: readonly KeptTranscript[]): string {
  return `${JSON.stringify(toCslItems(transcripts), null, 2)}\n`;
}

/** A RIS value on one line (RIS has no escaping; a tag's value ends at the line end). */
const risValue = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * RIS (the Research Information Systems tagged format): `TAG  - value` lines, CRLF, a record
 * from `TY` to `ER`. Type GOVDOC (government document) for all kinds, the kind in M3 (type of
 * work); AU as "Family, Given".
 */
export function toRis(transcripts: readonly KeptTranscript[]): string {
  const out: string[] = [];
  for (const t of transcripts) {
    const lang = t.header.language;
    const tag = (name: string, value: string | null | undefined): void => {
      if (value && risValue(value)) out.push(`${name}  - ${risValue(value)}`);
    };
    out.push('TY  - GOVDOC');
    tag('TI', t.header.title);
    if (t.header.speaker) {
      const n = cslName(t.header.speaker);
      tag('AU', n.literal ?? `${n.family}, ${n.given}`);
    }
    const issued = dateParts(t.header.date);
    if (issued) {
      tag('PY', String(issued[0]));
      tag('DA', `${issued[0]}/${String(issued[1]).padStart(2, '0')}/${String(issued[2]).padStart(2, '0')}`);
    }
    tag('PB', PUBLISHER[lang]);
    tag('CY', t.header.place);
    tag('M3', GENRE[lang][t.kind]);
    tag('AN', t.header.docNumber);
    tag('UR', t.url);
    const [y, m, d] = utcDay(t.keptAt);
    tag('Y2', `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}`);
    tag('LA', lang);
    out.push('ER  - ', '');
  }
  return out.join('\r\n');
}
