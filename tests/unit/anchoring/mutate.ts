/**
 * Test helper for the mutation test: seeded random highlights, word-level edits of some
 * paragraphs, and the ground truth of where each highlight's text went.
 */
import type { SectionRange, TextSpan } from '../../../lib/anchoring/types';

export { rng } from '../../support/rng';
import { rng } from '../../support/rng';

const pick = <T>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;

/** Word spans (`\S+`) inside `[block.start, block.end)`. */
export function wordsIn(text: string, block: TextSpan): TextSpan[] {
  const words: TextSpan[] = [];
  const re = /\S+/g;
  const slice = text.slice(block.start, block.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    words.push({ start: block.start + m.index, end: block.start + m.index + m[0].length });
  }
  return words;
}

export interface PlacedHighlight extends TextSpan {
  /** Index of the block (paragraph) it lies in. */
  block: number;
}

/**
 * `count` highlights at random places: a block chosen with probability proportional to its
 * length (so every character is equally likely), then a run of 1–20 whole words in it, as a
 * reader selects.
 */
export function randomHighlights(text: string, blocks: TextSpan[], count: number, r: () => number): PlacedHighlight[] {
  const candidates = blocks.map((b, i) => ({ i, words: wordsIn(text, b) })).filter((b) => b.words.length > 0);
  const total = candidates.reduce((s, b) => s + b.words.length, 0);
  const out: PlacedHighlight[] = [];
  while (out.length < count) {
    let k = Math.floor(r() * total);
    const b = candidates.find((c) => (k -= c.words.length) < 0)!;
    const n = 1 + Math.floor(r() * Math.min(20, b.words.length));
    const first = Math.floor(r() * (b.words.length - n + 1));
    out.push({ start: b.words[first]!.start, end: b.words[first + n - 1]!.end, block: b.i });
  }
  return out;
}

/** One replacement in original coordinates: `text[at, at + del)` becomes `ins`. */
export interface Edit {
  at: number;
  del: number;
  ins: string;
}

export interface Mutation {
  text: string;
  edits: Edit[];
  editedBlocks: Set<number>;
}

/**
 * How many word operations an edited paragraph gets: 'scaled' (default) one per 20 words, at
 * least one and at most three, like a corrected phrase; 'uniform' 1–3 whatever the length, which
 * rewrites a five-word heading rather than editing it (a harsher model, kept for comparison).
 */
export type EditDensity = 'scaled' | 'uniform';

/**
 * Edit `fraction` of the blocks with word operations at distinct words (insert a word before
 * it, delete it with the space after it, or replace it). New words come from the text itself, so
 * edits produce plausible look-alikes, not noise.
 */
export function mutate(text: string, blocks: TextSpan[], fraction: number, r: () => number, density: EditDensity = 'scaled'): Mutation {
  const vocabulary = Array.from(new Set(text.match(/[\p{L}\p{N}’'-]{3,}/gu) ?? ['word']));
  const withWords = blocks.map((b, i) => ({ i, words: wordsIn(text, b) })).filter((b) => b.words.length > 0);
  const target = Math.max(1, Math.round(fraction * blocks.length));
  const chosen = new Set<number>();
  while (chosen.size < Math.min(target, withWords.length)) chosen.add(pick(r, withWords).i);

  const edits: Edit[] = [];
  for (const bi of chosen) {
    const words = wordsIn(text, blocks[bi]!);
    const ops = density === 'uniform' ? 1 + Math.floor(r() * 3) : Math.min(3, Math.max(1, Math.round(words.length / 20)));
    const at = new Set<number>();
    while (at.size < Math.min(ops, words.length)) at.add(Math.floor(r() * words.length));
    for (const wi of at) {
      const w = words[wi]!;
      const op = pick(r, ['insert', 'delete', 'replace'] as const);
      const word = pick(r, vocabulary);
      if (op === 'insert') edits.push({ at: w.start, del: 0, ins: `${word} ` });
      else if (op === 'replace') edits.push({ at: w.start, del: w.end - w.start, ins: word });
      else if (text[w.end] === ' ') edits.push({ at: w.start, del: w.end + 1 - w.start, ins: '' });
      else edits.push({ at: w.start, del: w.end - w.start, ins: '' });
    }
  }
  edits.sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const e of edits) {
    out += text.slice(from, e.at) + e.ins;
    from = e.at + e.del;
  }
  out += text.slice(from);
  return { text: out, edits, editedBlocks: chosen };
}

/**
 * Where an original offset is after the edits. A boundary inside replaced text goes to the
 * replacement's start (for a start) or end (for an end); text inserted exactly at an offset
 * goes after it (counted in at a start, out at an end).
 */
export function mapOffset(edits: Edit[], p: number, bias: 'start' | 'end'): number {
  let shift = 0;
  for (const e of edits) {
    if (e.at >= p) break; // starts at or after p
    if (e.at + e.del <= p) {
      shift += e.ins.length - e.del; // wholly before p
      continue;
    }
    return e.at + shift + (bias === 'end' ? e.ins.length : 0); // p inside replaced text
  }
  return p + shift;
}

export function mapSpan(edits: Edit[], span: TextSpan): TextSpan {
  return { start: mapOffset(edits, span.start, 'start'), end: mapOffset(edits, span.end, 'end') };
}

export function mapSections(edits: Edit[], sections: SectionRange[]): SectionRange[] {
  return sections.map((s) => ({ ...s, ...mapSpan(edits, s) }));
}

/** Edits within this many characters of a highlight edge make that edge a matter of opinion. */
const EDGE_REACH = 12;

/**
 * How far each edge of a re-anchored highlight may sit from the mapped one and still be on "the
 * right text": 0 when no edit comes within a word of that edge (it must land exactly); else 1 +
 * the size of the edits there, since whether a word rewritten, inserted or deleted at an edge
 * belongs to the highlight is a matter of opinion ("иностранных дел" → "дел политическую": is
 * "дел" in or out?).
 */
export function tolerance(edits: Edit[], span: TextSpan): { start: number; end: number } {
  const near = (at: number): number => {
    const sizes = edits.filter((e) => e.at <= at + EDGE_REACH && e.at + e.del >= at - EDGE_REACH).map((e) => Math.max(e.del, e.ins.length));
    return sizes.length ? 1 + sizes.reduce((a, b) => a + b, 0) : 0;
  };
  return { start: near(span.start), end: near(span.end) };
}
