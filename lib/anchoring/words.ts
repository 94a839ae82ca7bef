/**
 * Word boundaries. People select whole words (a double-click, a drag that the browser extends
 * to words), so a candidate that starts or stops inside a word, when the stored quote did not,
 * is a misalignment ("top" inside "stop", half of a rewritten word kept by a fuzzy match).
 */
import type { TextQuoteSelector } from './types';

const WORD_CHAR = /[\p{L}\p{N}]/u;

function joinsWord(before: string | undefined, after: string | undefined): boolean {
  return !!before && !!after && WORD_CHAR.test(before) && WORD_CHAR.test(after);
}

/** Whether offset `at` of `text` is not inside a word. */
export function isWordBoundary(text: string, at: number): boolean {
  return !joinsWord(text[at - 1], text[at]);
}

/** Whether the stored quote begins at a word boundary. */
export function startsOnWord(quote: TextQuoteSelector): boolean {
  return !joinsWord(quote.prefix.slice(-1), quote.exact.slice(0, 1));
}

/** Whether the stored quote ends at a word boundary. */
export function endsOnWord(quote: TextQuoteSelector): boolean {
  return !joinsWord(quote.exact.slice(-1), quote.suffix.slice(0, 1));
}

/**
 * For an offset inside a word, the two nearest places a highlight edge could sit instead: for a
 * start, the word's own start or the next word's start; for an end, the previous word's end or
 * the word's own end. Nothing for an offset already on a boundary.
 */
export function wordEdgesAround(text: string, at: number, edge: 'start' | 'end'): number[] {
  if (isWordBoundary(text, at)) return [];
  let left = at;
  while (left > 0 && WORD_CHAR.test(text[left - 1]!)) left--;
  let right = at;
  while (right < text.length && WORD_CHAR.test(text[right]!)) right++;
  if (edge === 'start') {
    while (right < text.length && /\s/.test(text[right]!)) right++;
  } else {
    while (left > 0 && /\s/.test(text[left - 1]!)) left--;
  }
  return [left, right];
}

/**
 * Word starts near `at`: up to `count` on each side within `reach` characters, plus the start of
 * the word `at` falls in. A fuzzy match's start is only approximate (approx-string-match computes
 * ends exactly, starts by a backward pass), and when a word was inserted or deleted near an edge
 * the cheapest alignment may drop or take a whole word (dropping " 2021" costs less than keeping
 * an inserted "involved"); these are the places worth trying.
 */
export function nearbyWordStarts(text: string, at: number, count: number, reach: number): number[] {
  const found: number[] = [];
  const isStart = (i: number): boolean => i >= 0 && i < text.length && /\S/.test(text[i]!) && (i === 0 || /\s/.test(text[i - 1]!));
  for (let i = at, n = 0; i >= Math.max(0, at - reach) && n < count + 1; i--) {
    if (isStart(i)) {
      found.push(i);
      n++;
    }
  }
  for (let i = at + 1, n = 0; i <= Math.min(text.length - 1, at + reach) && n < count; i++) {
    if (isStart(i)) {
      found.push(i);
      n++;
    }
  }
  return found;
}

/** Mirror of `nearbyWordStarts` for a match's end: word ends near `at`. */
export function nearbyWordEnds(text: string, at: number, count: number, reach: number): number[] {
  const found: number[] = [];
  const isEnd = (i: number): boolean => i > 0 && i <= text.length && /\S/.test(text[i - 1]!) && (i === text.length || /\s/.test(text[i]!));
  for (let i = at, n = 0; i <= Math.min(text.length, at + reach) && n < count + 1; i++) {
    if (isEnd(i)) {
      found.push(i);
      n++;
    }
  }
  for (let i = at - 1, n = 0; i >= Math.max(1, at - reach) && n < count; i--) {
    if (isEnd(i)) {
      found.push(i);
      n++;
    }
  }
  return found;
}
