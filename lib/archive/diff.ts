/**
 * What changed between two kept versions of a transcript, section by section: which sections
 * were edited, added or removed, and a word-level diff of each edited one (the `diff` package's
 * `diffWords`, with an `Intl.Segmenter` for words: its default tokenizer knows only Latin
 * letters and would diff Russian letter by letter). Pure.
 *
 * Sections are matched by fragment id first, then, among the rest, by title: an edit to a
 * section's title changes its id (ids are slugs of titles), and a title can stay while the
 * segmenter renumbers a repeated slug.
 */
import { diffWords } from 'diff';
import type { KeptSection } from './transcript';

export interface DiffPart {
  /** 'same' text is in both versions; 'removed' only in the older, 'added' only in the newer. */
  change: 'same' | 'added' | 'removed';
  text: string;
}

export type SectionChange =
  | { status: 'same'; before: KeptSection; after: KeptSection }
  | { status: 'edited'; before: KeptSection; after: KeptSection; parts: DiffPart[] }
  | { status: 'added'; after: KeptSection }
  | { status: 'removed'; before: KeptSection };

export interface TranscriptDiff {
  /** In the newer version's order, each removed section placed after its old predecessor. */
  sections: SectionChange[];
  counts: { edited: number; added: number; removed: number };
}

/** A section's comparable text: its title, question and text, one per line. */
export function sectionBody(s: KeptSection): string {
  return [s.title ?? '', s.question ?? '', s.text].filter((t) => t !== '').join('\n');
}

const titleKey = (s: KeptSection): string | null => (s.title ? s.title.toLocaleLowerCase().replace(/\s+/g, ' ').trim() : null);

/** For each section of `after`, the index of its match in `before`, or -1. */
function matchSections(before: readonly KeptSection[], after: readonly KeptSection[]): number[] {
  const match = after.map(() => -1);
  const taken = new Set<number>();
  const byId = new Map(before.map((s, i) => [s.id, i]));
  after.forEach((s, j) => {
    const i = byId.get(s.id);
    if (i !== undefined && !taken.has(i)) {
      match[j] = i;
      taken.add(i);
    }
  });
  after.forEach((s, j) => {
    if (match[j] !== -1) return;
    const t = titleKey(s);
    if (t === null) return;
    const i = before.findIndex((b, k) => !taken.has(k) && titleKey(b) === t);
    if (i !== -1) {
      match[j] = i;
      taken.add(i);
    }
  });
  return match;
}

let segmenter: Intl.Segmenter | null | undefined;
function wordSegmenter(): Intl.Segmenter | null {
  // Word boundaries of Russian and English are the same rules (spaces and punctuation), so one
  // segmenter serves both; null where the browser has no Intl.Segmenter.
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('ru', { granularity: 'word' }) : null;
  return segmenter;
}

export function wordDiff(before: string, after: string): DiffPart[] {
  const seg = wordSegmenter();
  return diffWords(before, after, seg ? { intlSegmenter: seg } : {}).map((c) => ({
    change: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
}

export function diffTranscripts(before: { sections: readonly KeptSection[] }, after: { sections: readonly KeptSection[] }): TranscriptDiff {
  const match = matchSections(before.sections, after.sections);
  const matched = new Set(match.filter((i) => i !== -1));
  // Removed sections, keyed by the old index of the nearest matched section before them.
  const removedAfter = new Map<number, KeptSection[]>();
  let lastMatched = -1;
  before.sections.forEach((s, i) => {
    if (matched.has(i)) lastMatched = i;
    else removedAfter.set(lastMatched, [...(removedAfter.get(lastMatched) ?? []), s]);
  });
  const sections: SectionChange[] = [];
  const counts = { edited: 0, added: 0, removed: 0 };
  const pushRemoved = (oldIndex: number): void => {
    for (const s of removedAfter.get(oldIndex) ?? []) {
      sections.push({ status: 'removed', before: s });
      counts.removed++;
    }
  };
  pushRemoved(-1);
  after.sections.forEach((s, j) => {
    const i = match[j]!;
    if (i === -1) {
      sections.push({ status: 'added', after: s });
      counts.added++;
      return;
    }
    const old = before.sections[i]!;
    const a = sectionBody(old);
    const b = sectionBody(s);
    if (a === b) sections.push({ status: 'same', before: old, after: s });
    else {
      sections.push({ status: 'edited', before: old, after: s, parts: wordDiff(a, b) });
      counts.edited++;
    }
    pushRemoved(i);
  });
  return { sections, counts };
}
