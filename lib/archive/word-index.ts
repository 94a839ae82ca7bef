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

/** A growable Uint32Array (few large buffers instead of 10^5 small arrays: far less for the GC to do). */
class U32List {
  data = new Uint32Array(1 << 16);
  length = 0;
  push(x: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }
}

const PACK_STEP = 1 << 18;

/**
 * The build as small steps: one per document (each distinct word → a (term, document) pair),
 * then one per bucket of terms to sort, then the pairs scattered into their terms' runs a slice at
 * a time. A step is a few milliseconds, so a driver can stop at any budget.
 */
/**
 * The documents to index: an array of texts (what a Worker is sent), or their count and a
 * function that makes each text on demand (on the main thread, so a second copy of the whole
 * archive's text never sits in memory: each text is garbage as soon as its words are in).
 */
export type IndexSource = readonly string[] | { count: number; textOf: (d: number) => string };

export function* wordIndexSteps(source: IndexSource): Generator<number, WordIndexData> {
  const count = 'textOf' in source ? source.count : (source as readonly string[]).length;
  const textOf = 'textOf' in source ? source.textOf : (d: number) => (source as readonly string[])[d]!;
  const ids = new Map<string, number>();
  const pairTerm = new U32List();
  const pairDoc = new U32List();
  const lastDoc = new U32List(); // per term id: the last document + 1 it was seen in
  for (let d = 0; d < count; d++) {
    for (const w of wordsOf(textOf(d))) {
      let id = ids.get(w);
      if (id === undefined) {
        id = ids.size;
        ids.set(w, id);
        lastDoc.push(0);
      }
      if (lastDoc.data[id] === d + 1) continue;
      lastDoc.data[id] = d + 1;
      pairTerm.push(id);
      pairDoc.push(d);
    }
    yield d;
  }
  // Sorting 10^5 terms at once is one long task; sorting per two first letters is many short
  // ones, and the buckets in key order are the terms in order (a bucket's terms share its key).
  const buckets = new Map<string, string[]>();
  for (const t of ids.keys()) {
    const head = t.slice(0, 2);
    const b = buckets.get(head);
    if (b) b.push(t);
    else buckets.set(head, [t]);
  }
  yield count;
  const terms: string[] = [];
  const rank = new Uint32Array(ids.size); // term id → position in `terms`
  for (const head of [...buckets.keys()].sort()) {
    for (const t of buckets.get(head)!.sort()) {
      rank[ids.get(t)!] = terms.length;
      terms.push(t);
    }
    yield count;
  }
  // Counting sort of the pairs by term rank; pairs are in document order, so each run ascends.
  const starts = new Uint32Array(terms.length + 1);
  for (let p = 0; p < pairTerm.length; p++) starts[rank[pairTerm.data[p]!]! + 1]!++;
  for (let i = 0; i < terms.length; i++) starts[i + 1]! += starts[i]!;
  yield count;
  const fill = starts.slice(0, terms.length);
  const postings = new Uint32Array(pairTerm.length);
  for (let p = 0; p < pairTerm.length; p++) {
    postings[fill[rank[pairTerm.data[p]!]!]!++] = pairDoc.data[p]!;
    if (p % PACK_STEP === PACK_STEP - 1) yield count;
  }
  return { terms, starts, postings, docCount: count };
}

const macrotask = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

/** Run the build in slices of about `sliceMs`, yielding between them. Usable in a Worker as it is. */
export async function buildWordIndex(source: IndexSource, opts: BuildOptions = {}): Promise<BuildReport> {
  const count = 'textOf' in source ? source.count : (source as readonly string[]).length;
  const sliceMs = opts.sliceMs ?? 8;
  const yieldTo = opts.yieldTo ?? macrotask;
  const now = opts.now ?? (() => performance.now());
  const steps = wordIndexSteps(source);
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
    opts.onProgress?.(Math.min(step.value + 1, count), count);
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
  if (words.length > 255) throw new RangeError('At most 255 words per query');
  // Rarest word first, so later words only confirm documents still in the running.
  const ranges = words.map((w) => prefixRange(index, w));
  const size = ([a, b]: [number, number]) => index.starts[b]! - index.starts[a]!;
  ranges.sort((x, y) => size(x) - size(y));
  const seen = new Uint8Array(index.docCount);
  for (let k = 0; k < ranges.length; k++) {
    const [a, b] = ranges[k]!;
    const from = index.starts[a]!;
    const to = index.starts[b]!;
    // `seen` counts how many words a document has matched so far (one byte: ≤ 255 words).
    for (let p = from; p < to; p++) {
      const d = index.postings[p]!;
      if (seen[d] === k) seen[d] = k + 1;
    }
    if (from === to) return mask;
  }
  const n = ranges.length;
  for (let d = 0; d < mask.length; d++) if (seen[d] === n) mask[d] = 1;
  return mask;
}
