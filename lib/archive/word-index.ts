/**
 * An inverted word index for the archive: every folded word (lib/search/words.ts) of every
 * document, with the documents it occurs in. Plain data (an array of terms, two Uint32Arrays), so
 * it can be built in a Worker and posted back with its buffers transferred, or built on the main
 * thread in slices. Pure apart from the clock used to size the slices.
 *
 * A query word matches every term it begins ("санкци" → санкции, санкций): terms are sorted, so
 * the terms a prefix begins are one binary search and a contiguous run.
 */
import { wordsOf } from '../search/words';

export interface WordIndexData {
  /** Distinct folded words, sorted by UTF-16 code units. */
  terms: string[];
  /** Term i's documents are `postings[starts[i] .. starts[i + 1])`, ascending. */
  starts: Uint32Array;
  postings: Uint32Array;
  docCount: number;
}

export interface BuildReport {
  data: WordIndexData;
  /** How many slices the build ran in, and the longest one (ms): each is one task. */
  slices: number;
  longestSliceMs: number;
  totalMs: number;
}

export interface BuildOptions {
  /** Work per slice before yielding (ms). 8 ms leaves room in a 50 ms task for what runs around it. */
  sliceMs?: number;
  /** How to yield between slices; default a macrotask (`setTimeout(0)`), which lets input through. */
  yieldTo?: () => Promise<void>;
  now?: () => number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * The build as small steps: one per document, then one per bucket of terms to sort, then one per
 * few thousand terms packed. A step is at most a few milliseconds, so a driver can stop at any
 * budget.
 */
export function* wordIndexSteps(texts: readonly string[]): Generator<number, WordIndexData> {
  const lists = new Map<string, number[]>();
  for (let d = 0; d < texts.length; d++) {
    for (const w of wordsOf(texts[d]!)) {
      const list = lists.get(w);
      if (!list) lists.set(w, [d]);
      else if (list[list.length - 1] !== d) list.push(d);
    }
    yield d;
  }
  // Sorting 10^5 terms at once is one long task; sorting per first letter is many short ones.
  const buckets = new Map<string, string[]>();
  for (const t of lists.keys()) {
    const b = buckets.get(t[0]!);
    if (b) b.push(t);
    else buckets.set(t[0]!, [t]);
  }
  yield texts.length;
  const terms: string[] = [];
  for (const first of [...buckets.keys()].sort()) {
    const b = buckets.get(first)!.sort();
    for (const t of b) terms.push(t);
    yield texts.length;
  }
  let total = 0;
  for (const list of lists.values()) total += list.length;
  const starts = new Uint32Array(terms.length + 1);
  const postings = new Uint32Array(total);
  let at = 0;
  for (let i = 0; i < terms.length; i++) {
    starts[i] = at;
    const list = lists.get(terms[i]!)!;
    postings.set(list, at);
    at += list.length;
    if (i % 4096 === 4095) yield texts.length;
  }
  starts[terms.length] = at;
  return { terms, starts, postings, docCount: texts.length };
}

const macrotask = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** Run the build in slices of about `sliceMs`, yielding between them. Usable in a Worker as it is. */
export async function buildWordIndex(texts: readonly string[], opts: BuildOptions = {}): Promise<BuildReport> {
  const sliceMs = opts.sliceMs ?? 8;
  const yieldTo = opts.yieldTo ?? macrotask;
  const now = opts.now ?? (() => performance.now());
  const steps = wordIndexSteps(texts);
  const began = now();
  let slices = 0;
  let longest = 0;
  for (;;) {
    const t0 = now();
    let step = steps.next();
    while (!step.done && now() - t0 < sliceMs) step = steps.next();
    const took = now() - t0;
    slices++;
    longest = Math.max(longest, took);
    if (step.done) return { data: step.value, slices, longestSliceMs: longest, totalMs: now() - began };
    opts.onProgress?.(Math.min(step.value + 1, texts.length), texts.length);
    await yieldTo();
  }
}

/** The index of the first term ≥ `word`. */
function lowerBound(terms: readonly string[], word: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The run of terms `word` begins, as [first, end). */
export function prefixRange(index: WordIndexData, word: string): [number, number] {
  const first = lowerBound(index.terms, word);
  let end = first;
  while (end < index.terms.length && index.terms[end]!.startsWith(word)) end++;
  return [first, end];
}

/**
 * The documents holding every word of `words` (each as the beginning of one of their words),
 * as a mask over documents: 1 = match. No words: every document.
 */
export function matchingDocs(index: WordIndexData, words: readonly string[]): Uint8Array {
  const mask = new Uint8Array(index.docCount);
  if (words.length === 0) return mask.fill(1);
  // Rarest word first, so later words only confirm documents still in the running.
  const ranges = words.map((w) => prefixRange(index, w));
  const size = ([a, b]: [number, number]) => index.starts[b]! - index.starts[a]!;
  ranges.sort((x, y) => size(x) - size(y));
  const seen = new Uint8Array(index.docCount);
  for (let k = 0; k < ranges.length; k++) {
    const [a, b] = ranges[k]!;
    const from = index.starts[a]!;
    const to = index.starts[b]!;
    // `seen` counts how many words a document has matched so far (wraps only past 255 words).
    for (let p = from; p < to; p++) {
      const d = index.postings[p]!;
      if (seen[d] === k) seen[d] = k + 1;
    }
    if (from === to) return mask;
  }
  const n = ranges.length & 0xff;
  for (let d = 0; d < mask.length; d++) if (seen[d] === n) mask[d] = 1;
  return mask;
}
