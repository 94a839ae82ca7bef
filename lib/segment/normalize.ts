/** Text normalisation shared by every segmentation step. Pure string functions. */

// Letters of the site's languages spelled out: Unicode property classes (\p{L}) are slow to
// compile, and this code runs cold on every page load.
export const UPPER = 'A-ZÀ-ÖØ-ÞА-ЯЁ';
export const LOWER = 'a-zß-öø-ÿа-яё';
export const LETTER = UPPER + LOWER;

/**
 * Word edges that work for Cyrillic. JavaScript's `\\b` only knows ASCII word characters, so
 * `/брифинг\\b/` never matches; these lookarounds use the explicit letter class instead.
 */
export const WORD_END = `(?![${LETTER}\\d])`;
export const WORD_START = `(?<![${LETTER}\\d])`;

const NBSP_AND_FRIENDS = /[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003]/g;
// An alternation, not a class: U+200D is a joiner, which in a class can glue what surrounds it.
const ZERO_WIDTH = /\u200b|\u200c|\u200d|\ufeff/g;

/** NBSP → space, zero-width characters dropped, whitespace runs → one space, trimmed. */
export function normalizeSpace(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(NBSP_AND_FRIENDS, ' ').replace(/\s+/g, ' ').trim();
}

const LIST_MARKER = /^(?:\d{1,3}[.)]|[-–—•·*▪◦])\s+/;

/** Whether the (space-normalised) text starts with a list marker such as `1.`, `1)`, `-`, `•`. */
export function hasListMarker(text: string): boolean {
  return LIST_MARKER.test(text);
}

/**
 * A title as the outline shows it: whitespace-normalised, one leading list marker and one
 * trailing colon dropped. Quotes, dashes and case are kept (they are the source's).
 */
export function normalizeTitle(text: string): string {
  return normalizeSpace(text).replace(LIST_MARKER, '').replace(/\s*:$/, '').trim();
}

/**
 * A key for comparing titles printed in two places (TOC vs body heading): case, quote and dash
 * styles, punctuation and spacing are not allowed to make two equal headings differ.
 */
export function matchKey(text: string): string {
  return normalizeTitle(text)
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[‘’`´ʼ]/g, "'")
    .replace(/[“”«»„"]/g, '')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/[.,;:!?…]+$/u, '')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD4 = new RegExp(`[${LETTER}\\d]{4,}`, 'g');

/** Content words of a text (for loose overlap scoring), lower-case, 4+ letters. */
export function contentWords(text: string): Set<string> {
  const words = matchKey(text).match(WORD4) ?? [];
  return new Set(words.map((w) => (w.length > 6 ? w.slice(0, 6) : w)));
}

/** Sentence-final punctuation, allowing closing quotes/brackets after it. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…;:][\s"'”’»)\]]*$/u.test(text);
}

/** Share of Cyrillic among the letters of a text (language decisions). A plain loop: this runs on whole articles. */
export function cyrillicShare(text: string): number {
  let letters = 0;
  let cyr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) {
      cyr++;
      letters++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) letters++;
  }
  return letters === 0 ? 0 : cyr / letters;
}
