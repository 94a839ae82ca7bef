/**
 * What "matches a search" means, once for the whole extension (library and sidebar): the text
 * holds every word of the query, in any order, each as the beginning of one of its words.
 * "talks Moscow" finds "will hold talks in Moscow"; "санкци" finds "санкций". Case and ё/е are
 * folded. Pure.
 */

const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** One word as it is compared: lower-case, ё as е. */
export function foldWord(word: string): string {
  return word.toLocaleLowerCase().replace(/ё/g, 'е');
}

/** The words of a text, folded, in order (duplicates kept). */
export function wordsOf(text: string): string[] {
  return (text.match(WORD_RE) ?? []).map(foldWord);
}

/** Each word of a text with where it is (UTF-16 offsets, end exclusive) and its folded form. */
export function wordSpans(text: string): { start: number; end: number; folded: string }[] {
  return [...text.matchAll(WORD_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: foldWord(m[0]) }));
}

/** The distinct words of a query, folded. */
export function queryWords(query: string): string[] {
  return [...new Set(wordsOf(query))];
}

/** Whether `text` holds every word of `query` (as a word beginning). A query without words matches everything. */
export function matchesAllWords(text: string, query: string): boolean {
  const wanted = queryWords(query);
  if (wanted.length === 0) return true;
  const have = wordsOf(text);
  return wanted.every((q) => have.some((w) => w.startsWith(q)));
}

/** Whether any of `texts` together hold every word of `query` (e.g. a label and its aliases). */
export function matchesAllWordsIn(texts: readonly string[], query: string): boolean {
  return matchesAllWords(texts.join('\n'), query);
}
