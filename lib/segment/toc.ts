/**
 * The printed table of contents. Five shapes are seen on the site (notes/site.md §3.3): one flat
 * list with the Q&A label as an item, a nested list, two lists with a label between, a label
 * followed by plain lines, hand-numbered lines with gaps. All of them read the same once the
 * blocks are text: a TOC label, entry lines, maybe a Q&A divider, until the first body heading.
 */
import type { BlockHints, TocPart } from '../briefing/model';
import { answerLabel, isBackLink, isQaLabel, isTocLabel, questionText } from './labels';
import { endsLikeSentence, matchKey, normalizeTitle } from './normalize';

export interface RawTocEntry {
  title: string;
  key: string;
  /** Null until the body tells which part an entry belongs to (no divider printed). */
  part: TocPart | null;
  block: number;
}

export interface TocResult {
  labelBlock: number | null;
  dividerBlock: number | null;
  entries: RawTocEntry[];
  /** First block after the TOC. */
  end: number;
}

const MAX_ENTRY_LENGTH = 300;

function looksLikeParagraph(t: string): boolean {
  return t.length > MAX_ENTRY_LENGTH || (t.length > 150 && endsLikeSentence(t));
}

/** Where a TOC starts when it has no label: a run of in-page links near the top. */
function unlabelledStart(texts: string[], hints: BlockHints[], from: number): number | null {
  const limit = Math.min(texts.length, from + 40);
  for (let i = from; i < limit; i++) {
    let run = 0;
    for (let j = i; j < limit && (hints[j].linkTargets?.length ?? 0) > 0 && !isBackLink(texts[j]); j++) run++;
    if (run >= 3) return i;
  }
  return null;
}

export function findToc(texts: string[], hints: BlockHints[], from: number): TocResult {
  const searchEnd = Math.min(texts.length, from + Math.max(60, Math.floor(texts.length / 2)));
  let labelBlock: number | null = null;
  for (let i = from; i < searchEnd; i++) {
    if (isTocLabel(texts[i])) {
      labelBlock = i;
      break;
    }
  }
  const start = labelBlock !== null ? labelBlock + 1 : unlabelledStart(texts, hints, from);
  if (start === null) return { labelBlock: null, dividerBlock: null, entries: [], end: from };

  const entries: RawTocEntry[] = [];
  const seen = new Set<string>();
  let dividerBlock: number | null = null;
  let part: TocPart | null = null;
  let end = start;
  for (let i = start; i < texts.length; i++) {
    const t = texts[i];
    end = i;
    if (!t) continue;
    if (isQaLabel(t)) {
      // A Q&A label after the TOC's end (with body text between) is the body's own divider.
      if (dividerBlock !== null) break;
      dividerBlock = i;
      part = 'answers';
      continue;
    }
    if (isBackLink(t) || questionText(t) !== null || looksLikeParagraph(t)) break;
    if (answerLabel(t) && t.length > 60) break;
    const key = matchKey(t);
    // The TOC ends where its first entry (or any entry) is printed again as a body heading.
    if (seen.has(key)) break;
    // Long entries whose first half matches are split headings: stop there too.
    if (entries.length > 0 && [...seen].some((k) => k.startsWith(key) && key.length >= 12)) break;
    if (isTocLabel(t)) break;
    const title = normalizeTitle(t);
    if (!title) continue;
    seen.add(key);
    entries.push({ title, key, part, block: i });
    end = i + 1;
  }
  if (entries.length === 0) end = labelBlock !== null ? labelBlock + 1 : from;
  // With a divider, what came before it is the statements part.
  if (dividerBlock !== null) for (const e of entries) if (e.block < dividerBlock) e.part = 'statements';
  // Past the last entry, the divider (if it was the last line) still belongs to the TOC.
  if (dividerBlock !== null && dividerBlock >= end) end = dividerBlock + 1;
  return { labelBlock, dividerBlock, entries, end };
}
