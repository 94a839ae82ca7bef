/**
 * The segmentation core: an ordered list of blocks → a Briefing model. Pure; never throws on
 * odd input (the property test feeds it shuffled, truncated and duplicated blocks).
 */
import type { Block, Briefing, Language, QaSection, Section, SegmentResult, StatementSection, TocEntry } from '../briefing/model';
import { slugify, uniqueIds } from '../briefing/slug';
import { classifyBlocks, type BlockKind } from './classify';
import { parseHeader } from './header';
import { alignAnswerTitles, groupPairs, type PairDraft } from './qa';
import { findStatementHeadings, type HeadingMatch } from './statements';
import { findToc, type RawTocEntry } from './toc';
import { cyrillicShare, normalizeSpace } from './normalize';

interface Evidence {
  title: boolean;
  toc: boolean;
  qaLabels: number;
  backLinks: number;
  questions: number;
  answers: number;
}

function isBriefing(e: Evidence): boolean {
  const qa = e.questions + e.answers;
  if (e.title) return true;
  if (e.toc && (e.qaLabels > 0 || e.backLinks >= 2 || qa >= 2)) return true;
  return e.qaLabels > 0 && qa >= 2;
}

function detectLanguage(texts: string[], from: number): Language {
  const sample = texts.slice(from, from + 200).join(' ').slice(0, 8000);
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

function firstIndex(kinds: BlockKind[], from: number, pred: (k: BlockKind) => boolean): number {
  for (let i = from; i < kinds.length; i++) if (pred(kinds[i])) return i;
  return kinds.length;
}

export function segment<R>(blocks: Block<R>[]): SegmentResult<R> {
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

  const evidence: Evidence = {
    title: header.title !== null,
    toc: toc.labelBlock !== null,
    qaLabels: kinds.filter((k) => k === 'qaLabel').length,
    backLinks: kinds.filter((k) => k === 'backlink').length,
    questions: kinds.filter((k) => k === 'question').length,
    answers: kinds.filter((k) => k === 'answer').length,
  };
  if (!isBriefing(evidence)) return { isBriefing: false, reason: 'no briefing title, table of contents or question-and-answer labels' };

  const bodyStart = Math.max(toc.end, afterHeader);
  const qaStart = firstIndex(kinds, bodyStart, (k) => k === 'qaLabel' || k === 'question' || k === 'answer');

  // Statement headings, matched against every entry not printed under the answers divider.
  const statementKeys = new Map<string, number>();
  toc.entries.forEach((e, k) => { if (e.part !== 'answers' && !statementKeys.has(e.key)) statementKeys.set(e.key, k); });
  const headings = findStatementHeadings(texts, hints, kinds, bodyStart, qaStart, statementKeys);
  assignParts(toc.entries, headings, qaStart < texts.length);

  const answerEntries = toc.entries.map((e, k) => ({ e, k })).filter(({ e }) => e.part === 'answers');
  const answerKeys = new Map<string, number>();
  for (const { e, k } of answerEntries) if (!answerKeys.has(e.key)) answerKeys.set(e.key, k);
  const pairs = groupPairs(texts, kinds, speakers, qaStart, texts.length, answerKeys);

  const statements = buildStatements(headings, kinds, bodyStart, qaStart);
  const qa = buildPairs(pairs, answerEntries.map((x) => x), texts);

  const sections: Section[] = [...statements, ...qa];
  const ids = uniqueIds(sections.map((s, k) => slugify(s.title ?? (s.kind === 'qa' ? s.question ?? '' : '')) || `${s.kind}-${k + 1}`));
  sections.forEach((s, k) => { s.id = ids[k]; });

  const tocOut: TocEntry[] = toc.entries.map((e) => ({ title: e.title, part: e.part ?? 'statements', block: e.block, section: null }));
  statements.forEach((s, k) => { const entry = headings[k]?.entry; if (entry !== null && entry !== undefined && s.title !== null) tocOut[entry].section = k; });
  qa.forEach((s, k) => { if (s.tocEntry !== null) tocOut[s.tocEntry].section = statements.length + k; });

  const chrome: number[] = [];
  kinds.forEach((k, i) => { if (k !== 'text' && k !== 'question' && k !== 'answer') chrome.push(i); });

  const briefing: Briefing<R> = {
    isBriefing: true,
    header: {
      title: header.title,
      speaker: mostCommon(qa.map((s) => s.speaker)) ?? header.titleSpeaker,
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
    for (let i = a; i < b; i++) if (kinds[i] === 'text') body.push(i);
    return body;
  };
  const firstHeading = headings.length ? headings[0].blocks[0] : to;
  const opening = content(from, firstHeading);
  if (opening.length > 0) {
    out.push({ kind: 'statement', id: '', ordinal: 0, title: null, span: { start: opening[0], end: firstHeading }, headingBlocks: [], bodyBlocks: opening });
  }
  headings.forEach((h, k) => {
    const start = h.blocks[0];
    const end = k + 1 < headings.length ? headings[k + 1].blocks[0] : to;
    out.push({
      kind: 'statement', id: '', ordinal: out.length, title: h.title, span: { start, end },
      headingBlocks: h.blocks, bodyBlocks: content(h.blocks[h.blocks.length - 1] + 1, end),
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
      kind: 'qa', id: '', ordinal: k, title, span: { start: p.start, end: p.end },
      headingBlocks: p.headingBlock !== null ? [p.headingBlock] : [], bodyBlocks: p.body,
      question: p.question, questionBlock: p.questionBlock, speaker: p.speaker, answerBlock: p.answerBlock,
      followUps: p.followUps, titleSource: p.headingTitle ? 'heading' : title ? 'toc' : null, tocEntry: entry,
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
