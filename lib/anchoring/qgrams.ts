/**
 * A sound "this quote cannot be in this text" test, so an unfindable highlight costs microseconds
 * instead of an approximate search of the whole article. By the q-gram lemma, a string within k
 * edits of a pattern of length m shares at least m − q + 1 − k·q of the pattern's q-grams. The
 * text's trigrams are kept as a hashed bitmap: a collision can only make a trigram look present,
 * so the test may let a hopeless quote through to the search, but never rejects a findable one.
 */
const Q = 3;
const BITS = 1 << 20;

function hash(s: string, i: number): number {
  return (
    (Math.imul(s.charCodeAt(i), 0x9e3779b1) ^ Math.imul(s.charCodeAt(i + 1), 0x85ebca77) ^ Math.imul(s.charCodeAt(i + 2), 0xc2b2ae3d)) >>>
    12
  );
}

export class TrigramSet {
  private readonly bits = new Uint8Array(BITS >> 3);

  constructor(text: string) {
    for (let i = 0; i + Q <= text.length; i++) {
      const h = hash(text, i) & (BITS - 1);
      this.bits[h >> 3] |= 1 << (h & 7);
    }
  }

  private has(s: string, i: number): boolean {
    const h = hash(s, i) & (BITS - 1);
    return (this.bits[h >> 3] & (1 << (h & 7))) !== 0;
  }

  /** True when no place of the text is within `maxErrors` edits of `pattern`. */
  cannotMatch(pattern: string, maxErrors: number): boolean {
    const needed = pattern.length - Q + 1 - maxErrors * Q;
    if (needed <= 0) return false;
    let present = 0;
    for (let i = 0; i + Q <= pattern.length; i++) if (this.has(pattern, i)) present++;
    return present < needed;
  }
}

let last: { text: string; set: TrigramSet } | null = null;

/** The trigram set of `text`, built once per article text (highlights are anchored in a row). */
export function trigramsOf(text: string): TrigramSet {
  if (last?.text !== text) last = { text, set: new TrigramSet(text) };
  return last.set;
}
