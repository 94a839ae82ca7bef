/**
 * The Briefing model: the one contract between the segmentation core and everything else
 * (sidebar, entities, anchoring, notes). The core never sees a DOM node: a block carries an
 * opaque `ref` (an Element for the DOM adapter, a line number for the text adapter) that is
 * handed back untouched.
 */

export type Language = 'en' | 'ru';

/**
 * What the transcript is: a spokesperson's briefing, a minister's (or deputy's, ambassador's)
 * remarks and answers to media questions, or an interview. All three share one shape.
 */
export type TranscriptKind = 'briefing' | 'remarks' | 'interview';

/** Light markup hints. Every field is optional: the core leans on text first, markup second. */
export interface BlockHints {
  /** Lower-case tag name of the block element (`p`, `h2`, `li`, …), when there is one. */
  tag?: string;
  /** 1–6 for `h1`–`h6`. */
  headingLevel?: number;
  /** All visible text of the block is bold (`b`, `strong`, or a bold style). */
  bold?: boolean;
  /** The block's text starts with a bold run (a bold label such as "Question:"). */
  boldLead?: boolean;
  centered?: boolean;
  rightAligned?: boolean;
  /** A list item: an `li`, or a text line that starts with a list marker. */
  listItem?: boolean;
  /** Nesting depth of the list item (0 = top level). */
  listDepth?: number;
  /** In-page anchor targets the block defines (`id`, `<a name>`). */
  anchorIds?: string[];
  /** In-page links the block holds (`href="#…"`), without the `#`. */
  linkTargets?: string[];
  /** Where the adapter found the block: the page header (title, date, number) or the article body. */
  zone?: 'header' | 'body';
}

export interface Block<R = unknown> {
  /** The block's own text exactly as the source has it (not normalised), so offsets map back. */
  text: string;
  hints: BlockHints;
  ref: R;
  /**
   * Where the block's text sits in the adapter's source text, when it has one: the file content
   * for the text adapter (`source.slice(start, end) === text`), the article container's
   * `textContent` for the DOM adapter (from its first own text node to its last). Anchoring and
   * entity offsets are expressed in that source text.
   */
  start?: number;
  end?: number;
  /**
   * Where the block's text is not one run of the source: before block-text offset `at`, the
   * source skips `skip` characters (the text of a nested block, a skipped element). Absent when
   * the block is contiguous (`end - start === text.length`), as nearly every block is.
   */
  gaps?: BlockGap[];
}

export interface BlockGap {
  at: number;
  skip: number;
}

export interface BriefingHeader {
  title: string | null;
  speaker: string | null;
  place: string | null;
  /** ISO `YYYY-MM-DD`. */
  date: string | null;
  /** `HH:MM`. */
  time: string | null;
  /** `NNNN-DD-MM-YYYY`. */
  docNumber: string | null;
  language: Language;
}

export type TocPart = 'statements' | 'answers';

export interface TocEntry {
  /** Normalised title, as the printed TOC has it. */
  title: string;
  part: TocPart;
  /** The block the entry was printed in. */
  block: number;
  /** Index into `sections` of the section this entry points to, or null when none was found. */
  section: number | null;
}

/** Block indices are positions in `Briefing.blocks`; `end` is exclusive. */
export interface BlockSpan {
  start: number;
  end: number;
}

interface SectionBase {
  /** Stable fragment id, unique within the briefing (`bl-…`). */
  id: string;
  /** Position among sections of the same kind, from 0. */
  ordinal: number;
  title: string | null;
  span: BlockSpan;
  /** The blocks that make up the heading (a heading can be split over two blocks). */
  headingBlocks: number[];
  /** Content blocks: paragraphs of the section, without heading, labels, back-links and spacers. */
  bodyBlocks: number[];
}

export interface StatementSection extends SectionBase {
  kind: 'statement';
}

export interface FollowUp {
  block: number;
  question: string;
}

export interface QaSection extends SectionBase {
  kind: 'qa';
  /** Full text of the main question after its label, normalised; null when the page lost it. */
  question: string | null;
  questionBlock: number | null;
  /** The answering speaker as written in the answer label. */
  speaker: string | null;
  /** First block of the answer (the one with the speaker label). */
  answerBlock: number | null;
  followUps: FollowUp[];
  /** Who asked, when the question label names it ("Question (RIA Novosti):"); null otherwise. */
  asker: string | null;
  /** Where the title came from: a body heading or the TOC's answers list (by position); null when neither. */
  titleSource: 'toc' | 'heading' | null;
}

export type Section = StatementSection | QaSection;

/**
 * A transcript the sidebar can read. `isBriefing: true` is the model's discriminant against
 * NotBriefing ("a transcript was found") for every kind; `kind` says which. The outline
 * (lib/briefing/outline.ts) is where `isBriefing` means "a briefing" and is `kind === 'briefing'`.
 */
export interface Briefing<R = unknown> {
  isBriefing: true;
  kind: TranscriptKind;
  header: BriefingHeader;
  toc: TocEntry[];
  sections: Section[];
  blocks: Block<R>[];
  /** Blocks recognised as site chrome or structure (labels, back-links, spacers), kept out of sections' bodies. */
  chrome: number[];
}

export interface NotBriefing {
  isBriefing: false;
  /** Why the core decided so, for the CLI and for logs. */
  reason: string;
}

export type SegmentResult<R = unknown> = Briefing<R> | NotBriefing;
