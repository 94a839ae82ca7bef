import { describe, expect, it } from 'vitest';
import { collapseSpace, editDistance, framedSearch, prefixScore, quoteFit, suffixScore } from '../../../lib/anchoring/similarity';

/** Reference Levenshtein distance (test only), to check the approx-string-match based one. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

function seeded(seed: number): () => number {
  let x = seed;
  return () => (x = (x * 16807) % 2147483647) / 2147483647;
}

const WORDS = 'the to top Back stop Вене в к Совета of Unity Songs Russia United States and between ministers'.split(' ');
const phrase = (r: () => number) => Array.from({ length: 1 + Math.floor(r() * 6) }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');

describe('editDistance', () => {
  it('equals the Levenshtein distance of whole strings', () => {
    const r = seeded(7);
    for (let i = 0; i < 2000; i++) {
      const a = phrase(r);
      const b = phrase(r);
      expect(editDistance(a, b), `${a} | ${b}`).toBe(levenshtein(a, b));
    }
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('gives up (null) above its budget instead of computing a large distance', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 3)).toBeNull();
    expect(editDistance('abcdefgh', 'abcdefgX', 3)).toBe(1);
  });
});

describe('framedSearch', () => {
  it('pins the alignment to the start or the end of the text', () => {
    // 'start': the pattern against a prefix of the text, and where that prefix ends. Dropping
    // "2021" (4 edits) is cheaper than keeping the inserted "involved " (9): the reason
    // candidates get whole-word variants of their edges.
    expect(framedSearch('Summit involved 2021 and more', 'Summit 2021', 'start', 20)).toEqual({ errors: 4, end: 7 });
    // 'end': the pattern against a suffix of the text.
    expect(framedSearch('said that the talks', 'the talks', 'end')?.errors).toBe(0);
    expect(framedSearch('the talks were said', 'the talks', 'end')!.errors).toBeGreaterThan(4);
  });
});

describe('context scores', () => {
  const text = 'in the United States\n\t\t\t\t\tAfghanistan’s French Foreign Ministry';
  const at = text.indexOf('Foreign');

  it('count a word inserted next to the highlight once, not twice', () => {
    const stored = 'n the United States\n\t\t\t\t\tFrench ';
    const s = prefixScore(text, at, stored)!;
    const once = 1 - 'Afghanistan’s '.length / collapseSpace(stored).length;
    expect(s.similarity).toBeGreaterThanOrEqual(once);
    expect(s.similarity).toBeLessThan(once + 0.05);
  });

  it('are 1 for unchanged context, null when nothing informative was stored and nothing is there', () => {
    expect(prefixScore(text, at, 'French ')).toEqual({ similarity: 1, weight: 7 });
    expect(suffixScore(text, at, 'Foreign Ministry')).toEqual({ similarity: 1, weight: 16 });
    expect(prefixScore('abc', 0, '')).toBeNull();
    expect(suffixScore('abc', 3, '')).toBeNull();
  });

  it('treat blank stored context as "at the edge of the article": agreed or contradicted', () => {
    expect(prefixScore('\n\t\tTable of contents', 3, '\n\t\t')).toEqual({ similarity: 1, weight: 1 });
    expect(prefixScore('Some text. Table of contents', 11, '\n\t\t')).toEqual({ similarity: 0, weight: 1 });
  });
});

describe('quoteFit', () => {
  it('measures a rewritten word against the longer text', () => {
    expect(quoteFit('Russia said', 'Moscow said', false).similarity).toBeCloseTo(1 - 5 / 11, 5);
  });

  it('between intact context, does not hold inserted words against the quote', () => {
    const fit = quoteFit('Back egoistical top', 'Back to top', true);
    expect(fit.kept).toBeCloseTo(10 / 11, 5); // the "t" of "to" is gone (its "o" survives in "egoistical")
    expect(quoteFit('the Mikheil Russian-Chinese Saakashvili regime', 'the Mikheil Saakashvili regime', true).similarity).toBe(1);
  });

  it('rejects a candidate with too much new text to be the same highlight', () => {
    expect(quoteFit('x'.repeat(60) + 'Back to top', 'Back to top', true).similarity).toBe(0);
  });
});
