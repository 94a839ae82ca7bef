/**
 * A kept transcript: what the archive stores of a segmented page (docs/archive.md). Built from
 * the Briefing model alone, with the page's text as the model's blocks carry it, so the same
 * function serves a page the reader opened and a page fetched by the backfill. Pure.
 */
import type { Briefing, BriefingHeader, Section, TranscriptKind } from '../briefing/model';
import type { EntityType } from '../entities/types';

/** One section as kept: its text, and the entities found in it. */
export interface KeptSection {
  /** The section's fragment id (`bl-…`): "Open" goes to `url#id`. */
  id: string;
  kind: 'statement' | 'qa';
  title: string | null;
  /** Q&A only: the main question, who asked it, who answered (null elsewhere). */
  question: string | null;
  asker: string | null;
  speaker: string | null;
  /** The paragraphs (statement) or the answer with its follow-ups (Q&A), one per line. */
  text: string;
  /** Keys of the entities mentioned in the section (sorted, distinct). */
  entities: string[];
}

export interface KeptEntity {
  key: string;
  type: EntityType;
  label: string;
  count: number;
}

/** Everything kept of one version of a transcript, before the store numbers it. */
export interface KeptTranscript {
  /** `canonicalBriefingKey` of the page (what groups its versions). */
  key: string;
  url: string;
  kind: TranscriptKind;
  header: BriefingHeader;
  sections: KeptSection[];
  entities: KeptEntity[];
  /** `hashText(articleText(sections))`: equal hashes mean the same text. */
  hash: string;
  /** Characters of the article text (for the size figures). */
  textLength: number;
  /** When this text was first kept, ms since the epoch. */
  keptAt: number;
}

/**
 * What the entity engine gives per briefing, reduced to what is kept: an entity and the indices
 * (into `briefing.sections`) of the sections that mention it. The sidebar's `EntityIndex.groups`
 * fits this shape as it is.
 */
export interface SectionEntityGroup {
  key: string;
  type: EntityType;
  label: string;
  count: number;
  sections: number[];
}

export interface KeepInput {
  url: string;
  key: string;
  groups?: readonly SectionEntityGroup[];
  now?: number;
}

/** Whitespace runs (nbsp included) as one space, trimmed: the page's layout is not its text. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function sectionText(briefing: Briefing, s: Section): string {
  const skip = s.kind === 'qa' ? s.questionBlock : null;
  return s.bodyBlocks
    .filter((b) => b !== skip)
    .map((b) => tidy(briefing.blocks[b]?.text ?? ''))
    .filter((t) => t !== '')
    .join('\n');
}

export function keptTranscriptFrom(briefing: Briefing, input: KeepInput): KeptTranscript {
  const perSection: string[][] = briefing.sections.map(() => []);
  for (const g of input.groups ?? []) for (const i of g.sections) perSection[i]?.push(g.key);
  const sections: KeptSection[] = briefing.sections.map((s, i) => ({
    id: s.id,
    kind: s.kind,
    title: s.title === null ? null : tidy(s.title),
    question: s.kind === 'qa' && s.question !== null ? tidy(s.question) : null,
    asker: s.kind === 'qa' ? s.asker : null,
    speaker: s.kind === 'qa' ? s.speaker : null,
    text: sectionText(briefing, s),
    entities: [...new Set(perSection[i])].sort(),
  }));
  const text = articleText(sections);
  return {
    key: input.key,
    url: input.url,
    kind: briefing.kind,
    header: { ...briefing.header },
    sections,
    entities: (input.groups ?? []).map((g) => ({ key: g.key, type: g.type, label: g.label, count: g.count })),
    hash: hashText(text),
    textLength: text.length,
    keptAt: input.now ?? Date.now(),
  };
}

/**
 * The text whose change is a "quiet edit": every section's title, question and text, in order.
 * The header is left out on purpose (the site re-renders dates and numbers without editing the
 * transcript), and so are the entities (a better engine must not look like an edit).
 */
export function articleText(sections: readonly Pick<KeptSection, 'title' | 'question' | 'text'>[]): string {
  return sections.map((s) => [s.title ?? '', s.question ?? '', s.text].join('\n')).join('\n\n');
}

const encoder = new TextEncoder();

/**
 * FNV-1a, 64 bits, over the UTF-8 bytes, as 16 hex digits. Chosen over SHA-256 because it is
 * synchronous (SubtleCrypto's digest is async, which would split the keep into two tasks and is
 * missing on plain-http pages) and costs well under a millisecond for a 50 KB transcript. It only
 * needs to tell our own copies of a page apart, not resist someone forging a collision.
 * 64-bit arithmetic in two 32-bit halves: prime = 2^40 + 0x1b3, so
 * (hi·2^32 + lo)·prime mod 2^64 = lo·0x1b3 + 2^32·(hi·0x1b3 + lo·2^8 + carry).
 */
export function hashText(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of encoder.encode(text)) {
    lo ^= byte;
    const low = (lo >>> 0) * 0x1b3;
    const carry = Math.floor(low / 0x1_0000_0000);
    hi = ((hi >>> 0) * 0x1b3 + (lo >>> 0) * 0x100 + carry) >>> 0;
    lo = low >>> 0;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}
