import { describe, expect, it } from 'vitest';
import { TrigramSet } from '../../../lib/anchoring/qgrams';
import { rng as seededRandom } from '../../support/rng';

/** `s` with `k` random single-character edits (insert, delete, replace). */
function edit(s: string, k: number, rnd: () => number): string {
  let out = s;
  for (let i = 0; i < k; i++) {
    const at = Math.floor(rnd() * (out.length + 1));
    const op = Math.floor(rnd() * 3);
    const ch = String.fromCharCode(97 + Math.floor(rnd() * 26));
    out =
      op === 0
        ? out.slice(0, at) + ch + out.slice(at)
        : op === 1
          ? out.slice(0, at) + out.slice(at + 1)
          : out.slice(0, at) + ch + out.slice(at + 1);
  }
  return out;
}

describe('trigram filter', () => {
  it('never rules out a quote that is in the text within the allowed edits (2,000 random cases)', () => {
    const rnd = seededRandom(7);
    const words = [
      'talks',
      'Moscow',
      'ministry',
      'delegation',
      'OSCE',
      'Council',
      'sanctions',
      'Kazakhstan',
      'agreement',
      'the',
      'of',
      'and',
    ];
    for (let n = 0; n < 2_000; n++) {
      const text = Array.from({ length: 400 }, () => words[Math.floor(rnd() * words.length)]).join(' ');
      const start = Math.floor(rnd() * (text.length - 80));
      const original = text.slice(start, start + 20 + Math.floor(rnd() * 60));
      const k = Math.floor(rnd() * Math.max(1, original.length / 4));
      const stored = edit(original, k, rnd);
      expect(new TrigramSet(text).cannotMatch(stored, k), `${stored} within ${k} of ${original}`).toBe(false);
    }
  });

  it('rules out text that is not there at all', () => {
    const text = 'The ministers plan to review the implementation of the agreements reached at the top level. '.repeat(50);
    const set = new TrigramSet(text);
    expect(set.cannotMatch('An unfindable passage about quarterly tariffs on wheat and rivers', 10)).toBe(true);
    expect(set.cannotMatch('the implementation of the agreemants', 2)).toBe(false);
    expect(set.cannotMatch('ab', 0)).toBe(false); // too short to say
  });
});
