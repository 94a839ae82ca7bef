/**
 * The segmentation core: an ordered list of blocks → a Briefing model. Pure; never throws on
 * odd input (the property test feeds it shuffled, truncated and duplicated blocks).
 */
import type {
  Block,
  Briefing,
  Language,
  QaSection,
  Section,
  SegmentResult,
  StatementSection,
  TocEntry,
  TranscriptKind,
} from '../briefing/model';
import { slugify, uniqueIds } from '../briefing/slug';
import { classifyBlocks, surnameStem, type BlockKind } from './classify';
import { parseHeader } from './header';
import { alignAnswerTitles, groupPairs, type PairDraft } from './qa';
import { findStatementHeadings, type HeadingMatch } from './statements';
import { findToc, type RawTocEntry } from './toc';
import { cyrillicShare, normalizeSpace } from './normalize';
import { nominativeSurname } from './title';

interface Evidence {
  /** The kind the title names, and whether only an `h1` mentions it. */
  titleKind: TranscriptKind | null;
  weakKind: boolean;
  titlePerson: boolean;
  toc: boolean;
  qaLabels: number;
  backLinks: number;
  questions: number;
  answers: number;
  /** Questions followed straight by an answer label: the mark of a real exchange. */
  exchanges: number;
  /** The kind the page's address names (its site section), a hint only. */
  sectionKind: TranscriptKind | null;
}

export interface SegmentOptions {
  /** The kind the page's site section publishes (from the URL), used when the title names none. */
  sectionKind?: TranscriptKind | null;
}

/**
 * Which transcript this is, or null for anything else (a statement, a news item, a list of
 * names). A briefing title alone is enough, as before; a remarks or interview title needs a
 * person in it or an exchange in the body; without a title, the body's labels decide.
 */
function transcriptKind(e: Evidence): TranscriptKind | null {
  const qa = e.questions + e.answers;
  const named = e.titleKind ?? e.sectionKind;
  if (e.titleKind === 'briefing' && !e.weakKind) return 'briefing';
  if (e.titleKind && !e.weakKind && (e.titlePerson || e.exchanges >= 1)) return e.titleKind;
  if (e.toc && (e.qaLabels > 0 || e.backLinks >= 2 || qa >= 2)) return named ?? 'briefing';
  if (e.qaLabels > 0 && qa >= 2) return named ?? 'briefing';
  if (e.exchanges >= 2 || (e.sectionKind !== null && e.exchanges >= 1)) return named ?? 'remarks';
  return null;
}

function detectLanguage(texts: string[], from: number): Language {
  const sample = texts
    .slice(from, from + 200)
    .join(' ')
    .slice(0, 8000);
  return cyrillicShare(sample || texts.join(' ')) > 0.5 ? 'ru' : 'en';
}

function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const v of values) {
    if (!v) continue;
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (best === null || n > counts.get(best)!) best = v;
  }
  return best;
}

/** The title's person in the form the answer labels write it; failing that, a nominative guess. */
function titleSpeakerNominative(person: string | null, labels: (string | null)[]): string | null {
  if (!person) return null;
  const stem = surnameStem(person);
  return labels.find((l) => l !== null && surnameStem(l) === stem) ?? nominativeSurname(person);
}

function firstIndex(kinds: BlockKind[], from: number, pred: (k: BlockKind) => boolean): number {
  for (let i = from; i < kinds.length; i++) if (pred(kinds[i])) return i;
  return kinds.length;
}

export function segment<R>(blocks: Block<R>[], options: SegmentOptions = {}): SegmentResult<R> {
  const texts = blocks.map((b) => normalizeSpace(typeof b.text === 'string' ? b.text : ''));
  const hints = blocks.map((b) => b.hints ?? {});

  // The header sits before the body; the body starts at the first body-zone block when the
  // adapter knows zones, else after the header lines.
  const firstBody = hints.findIndex((h) => h.zone === 'body');
  const header = parseHeader(texts, hints, firstBody);
  const { kinds, speakers } = classifyBlocks(texts, header.titleSpeaker);
  for (const i of header.blocks) if (kinds[i] === 'text') kinds[i] = 'chrome';

  const afterHeader = Math.max(firstBody >= 0 ? firstBody : 0, header.blocks.length ? header.blocks[header.blocks.length - 1] + 1 : 0);
  const toc = findToc(texts, hints, afterHeader);

  let exchanges = 0;
  for (let i = 0, prevQuestion = false; i < kinds.length; i++) {
    if (kinds[i] === 'empty') continue;
    if (kinds[i] === 'answer' && prevQuestion) exchanges++;
    prevQuestion = kinds[i] === 'question';
  }
  const evidence: Evidence = {
    titleKind: header.titleKind,
    weakKind: header.weakKind,
    titlePerson: header.titleSpeaker !== null,
    toc: toc.labelBlock !== null,
    qaLabels: kinds.filter((k) => k === 'qaLabel').length,
    backLinks: kinds.filter((k) => k === 'backlink').length,
    questions: kinds.filter((k) => k === 'question').length,
    answers: kinds.filter((k) => k === 'answer').length,
    exchanges,
    sectionKind: options.sectionKind ?? null,
  };
  const kind = transcriptKind(evidence);
  if (kind === null) return { isBriefing: false, reason: 'no transcript title, table of contents or question-and-answer labels' };

  const bodyStart = Math.max(toc.end, afterHeader);
  // Remarks open with a statement, labelled with the speaker's name or not ("Добрый день! …"):
  // without a TOC, the exchange starts at the first question.
  const labelledOpening = kind !== 'briefing' && toc.entries.length === 0 && evidence.questions > 0;
  const qaStart = firstIndex(kinds, bodyStart, (k) => k === 'qaLabel' || k === 'question' || (k === 'answer' && !labelledOpening));

  // Statement headings, matched against every entry not printed under the answers divider.
  const statementKeys = new Map<string, number>();
  toc.entries.forEach((e, k) => {
    if (e.part !== 'answers' && !statementKeys.has(e.key)) statementKeys.set(e.key, k);
  });
  const headings = findStatementHeadings(texts, hints, kinds, bodyStart, qaStart, statementKeys);
  assignParts(toc.entries, headings, qaStart < texts.length);

  const answerEntries = toc.entries.map((e, k) => ({ e, k })).filter(({ e }) => e.part === 'answers');
  const answerKeys = new Map<string, number>();
  for (const { e, k } of answerEntries) if (!answerKeys.has(e.key)) answerKeys.set(e.key, k);
  const pairs = groupPairs(texts, kinds, speakers, qaStart, texts.length, answerKeys, answerEntries.length);

  const statements = buildStatements(headings, kinds, bodyStart, qaStart);
  const qa = buildPairs(
    pairs,
    answerEntries.map((x) => x),
    texts,
  );

  const sections: Section[] = [...statements, ...qa];
  const ids = uniqueIds(sections.map((s, k) => slugify(s.title ?? (s.kind === 'qa' ? (s.question ?? '') : '')) || `${s.kind}-${k + 1}`));
  sections.forEach((s, k) => {
    s.id = ids[k];
  });

  const tocOut: TocEntry[] = toc.entries.map((e) => ({ title: e.title, part: e.part ?? 'statements', block: e.block, section: null }));
  statements.forEach((s, k) => {
    const entry = headings[k]?.entry;
    if (entry !== null && entry !== undefined && s.title !== null) tocOut[entry].section = k;
  });
  qa.forEach((s, k) => {
    if (s.tocEntry !== null) tocOut[s.tocEntry].section = statements.length + k;
  });

  const chrome: number[] = [];
  kinds.forEach((k, i) => {
    if (k !== 'text' && k !== 'question' && k !== 'answer') chrome.push(i);
  });

  const labelSpeakers = qa.map((s) => s.speaker);
  const briefing: Briefing<R> = {
    isBriefing: true,
    kind,
    header: {
      title: header.title,
      speaker: mostCommon(labelSpeakers) ?? titleSpeakerNominative(header.titleSpeaker, speakers),
      place: header.place,
      date: header.date,
      time: header.time,
      docNumber: header.docNumber,
      language: detectLanguage(texts, bodyStart),
    },
    toc: tocOut,
    sections: sections.map(stripInternal),
    blocks,
    chrome,
  };
  return briefing;
}

/** Without a printed divider, the body tells the parts: entries up to the last one a statement heading matched are statements. */
function assignParts(entries: RawTocEntry[], headings: HeadingMatch[], hasAnswers: boolean): void {
  let lastStatement = -1;
  for (const h of headings) if (h.entry !== null) lastStatement = Math.max(lastStatement, h.entry);
  entries.forEach((e, k) => {
    if (e.part !== null) return;
    e.part = k <= lastStatement || !hasAnswers ? 'statements' : 'answers';
  });
}

function buildStatements(headings: HeadingMatch[], kinds: BlockKind[], from: number, to: number): StatementSection[] {
  const out: StatementSection[] = [];
  const content = (a: number, b: number) => {
    const body: number[] = [];
    // An opening statement may carry its speaker's label; everywhere else answers are past `to`.
    for (let i = a; i < b; i++) if (kinds[i] === 'text' || kinds[i] === 'answer') body.push(i);
    return body;
  };
  const firstHeading = headings.length ? headings[0].blocks[0] : to;
  const opening = content(from, firstHeading);
  if (opening.length > 0) {
    out.push({
      kind: 'statement',
      id: '',
      ordinal: 0,
      title: null,
      span: { start: opening[0], end: firstHeading },
      headingBlocks: [],
      bodyBlocks: opening,
    });
  }
  headings.forEach((h, k) => {
    const start = h.blocks[0];
    const end = k + 1 < headings.length ? headings[k + 1].blocks[0] : to;
    out.push({
      kind: 'statement',
      id: '',
      ordinal: out.length,
      title: h.title,
      span: { start, end },
      headingBlocks: h.blocks,
      bodyBlocks: content(h.blocks[h.blocks.length - 1] + 1, end),
    });
  });
  return out;
}

type QaDraft = QaSection & { tocEntry: number | null };

function buildPairs(pairs: PairDraft[], answerEntries: { e: RawTocEntry; k: number }[], texts: string[]): QaDraft[] {
  const anyHeadings = pairs.some((p) => p.headingEntry !== null);
  const align = anyHeadings
    ? pairs.map(() => null)
    : alignAnswerTitles(
        answerEntries.map(({ e }) => e.title),
        pairs.map((p) => [p.question ?? '', p.answerBlock !== null ? texts[p.answerBlock] : ''].join(' ')),
      );
  return pairs.map((p, k) => {
    const a = align[k];
    const entry = p.headingEntry ?? (a !== null ? answerEntries[a].k : null);
    const title = p.headingTitle ?? (a !== null ? answerEntries[a].e.title : null);
    return {
      kind: 'qa',
      id: '',
      ordinal: k,
      title,
      span: { start: p.start, end: p.end },
      headingBlocks: p.headingBlock !== null ? [p.headingBlock] : [],
      bodyBlocks: p.body,
      question: p.question,
      questionBlock: p.questionBlock,
      asker: p.asker,
      speaker: p.speaker,
      answerBlock: p.answerBlock,
      followUps: p.followUps,
      titleSource: p.headingTitle ? 'heading' : title ? 'toc' : null,
      tocEntry: entry,
    };
  });
}

function stripInternal(s: Section | QaDraft): Section {
  if ('tocEntry' in s) {
    const { tocEntry: _drop, ...rest } = s;
    return rest;
  }
  return s;
}
