/**
 * Low-level text helpers shared by the rules: word tokens, case tests, and the light Russian
 * stemming that lets a gazetteer entry in the nominative match every case form ("Вена" → "Вене",
 * "Нагорный Карабах" → "Нагорном Карабахе") without a morphology dictionary.
 */

import { stemmer as snowballRu } from '@orama/stemmers/russian';

export interface Tok {
  /** Offsets in the line (UTF-16 code units). */
  s: number;
  e: number;
  /** Surface text. */
  t: string;
  /** Lower-cased, ё → е. */
  lo: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** At least two letters, all upper case ("OSCE", "ОДКБ"). */
  acr: boolean;
  /** Contains Cyrillic. */
  cyr: boolean;
  /** Only digits. */
  num: boolean;
  /** Cached `forms(lo)`. */
  f?: string[];
  /** Cached: may this word be part of a person's name (see words.ts nameLike)? */
  nw?: boolean;
}

// A word: a dotted abbreviation ("U.S."), or letters/digits joined by hyphens or by an apostrophe
// that is not a possessive 's.
const WORD_RE = /(?:\p{Lu}\.){2,}(?![\p{L}\d])|[\p{L}\p{M}\d]+(?:(?:[-‐‑]|['’](?!s(?![\p{L}\d])))[\p{L}\p{M}\d]+)*/gu;
const TWO_UPPER_RE = /\p{Lu}[\s\S]*\p{Lu}/u;
const CYR_RE = /[\u0400-\u04FF]/;

export const norm = (w: string): string => {
  const lo = w.toLowerCase();
  return lo.includes('ё') ? lo.replace(/ё/g, 'е') : lo;
};

export function isAcronym(w: string): boolean {
  return w.length >= 2 && w === w.toUpperCase() && TWO_UPPER_RE.test(w);
}

export function tokenize(line: string): Tok[] {
  const out: Tok[] = [];
  for (const m of line.matchAll(WORD_RE)) {
    let t = m[0];
    const c0 = t[0]!;
    const cap = c0 !== c0.toLowerCase();
    // "Union-led", "Kiev-controlled": a lower-case tail after a hyphen is not part of the name.
    if (cap && t.length > 2 && /[-‐‑]/.test(t)) {
      const cut = /[-‐‑]\p{Ll}[\p{L}\d]*$/u.exec(t);
      if (cut && !/[-‐‑]\p{Lu}/u.test(t.slice(cut.index + 1))) t = t.slice(0, cut.index);
    }
    const s = m.index!;
    const lo = norm(t);
    out.push({
      s,
      e: s + t.length,
      t,
      lo,
      cap,
      acr: cap && isAcronym(t),
      cyr: CYR_RE.test(lo),
      num: c0 >= '0' && c0 <= '9' && /^\d+$/.test(t),
    });
  }
  return out;
}

/** Whether two neighbouring tokens are separated only by spaces/tabs (never a newline). */
export function spaced(line: string, a: Tok, b: Tok): boolean {
  if (b.s <= a.e) return false;
  for (let i = a.e; i < b.s; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

// Russian inflection endings, by length. Enough for nouns, adjectives and surnames.
const E1 = new Set('аяуюеиыоьй'.split(''));
const E2 = new Set('ой ей ом ем ам ям ах ях ов ев ий ый ая яя ое ее ые ие ую юю ым им ых их ою ею ию ия ии ье ья ью ьи'.split(' '));
const E3 = new Set('ого его ому ему ами ями ыми ими ией иям иях ьей ьям ьях ьев'.split(' '));
const ENDS = [E1, E2, E3];

/** Stems a Cyrillic word may have: itself and itself minus one known ending of 1–3 letters. */
export function forms(lo: string): string[] {
  const out = [lo];
  if (!CYR_RE.test(lo)) return out;
  for (let k = 1; k <= 3; k++) {
    if (lo.length - k < 2) break;
    if (ENDS[k - 1]!.has(lo.slice(-k))) out.push(lo.slice(0, -k));
  }
  return out;
}

const ADJ_RE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие)$/;

/**
 * Stem of a Russian dictionary (nominative) form, as stored in the tries and sets. A leading `!`
 * keeps the word as written. The text side strips endings with `forms`, so the stored stem must be
 * what is left of every case form after one ending is removed.
 */
export function stemWord(w: string): string {
  return stemClass(w)[0];
}

// Declension classes, so that a stem only takes its own endings: the city "Луганск" (M) must
// not match the adjective "Луганской", while "Москва" (F) takes "Москвой".
const CLASS_ENDINGS = [
  /* M: consonant, -й, -ь */ ' ь й а я у ю ом ем е и ы ов ев ей ам ям ами ями ах ях ью ым',
  /* F: -а, -я, -ия */ 'а я ы и е у ю ой ей ою ею ам ям ами ями ах ях ии ию ия ией',
  /* N: -о, -е */ 'о е а я у ю ом ем и ам ах',
  /* A: adjectives */ 'ом ем ый ий ой ая яя ое ее ые ие ого его ому ему ым им ых их ую юю ою ею ыми ими ей',
  /* X: as written */ '',
];
const ENDING_BITS = new Map<string, number>();
CLASS_ENDINGS.forEach((list, k) => {
  for (const e of list.split(' ')) ENDING_BITS.set(e, (ENDING_BITS.get(e) ?? 0) | (1 << k));
});
export const CLS_X = 16;
/** Classes (bit mask) that allow a word to end in `ending` after its stem. */
export const endingClasses = (ending: string): number => ENDING_BITS.get(ending) ?? 0;

/** [stem, declension class bit] of a dictionary form (see stemWord). */
export function stemClass(w: string): [string, number] {
  if (w.startsWith('!')) return [norm(w.slice(1)), CLS_X];
  const lo = norm(w);
  if (!CYR_RE.test(lo) || isAcronym(w) || lo.length <= 3) return [lo, CYR_RE.test(lo) && !isAcronym(w) ? 1 : CLS_X];
  if (ADJ_RE.test(lo) && lo.length > 4 && !/ия$/.test(lo)) return [lo.slice(0, -2), 8];
  if (/[ая]$/.test(lo)) return [lo.slice(0, -1), 2];
  if (/[ое]$/.test(lo)) return [lo.slice(0, -1), 4];
  if (/[йьы]$/.test(lo)) return [lo.slice(0, -1), 1];
  return [lo, 1];
}

/** Whether a Cyrillic word form matches a stem set (any of its `forms`). */
export const tokForms = (t: Tok): string[] => (t.f ??= forms(t.lo));

export function inStems(set: Set<string>, tok: Tok): boolean {
  for (const f of tokForms(tok)) if (set.has(f)) return true;
  return false;
}

/**
 * One canonical stem per Russian word for keys, so that all case forms of a name share a key:
 * "Лавров/Лаврова/Лавровым" → "лавров", "Захаровой" → "захаров", "Зеленского" → "зеленск",
 * "России/Россия/Россией" → "росс". Latin words are just lower-cased.
 */
const stemMemo = new Map<string, string>();
export function keyStem(w: string): string {
  let st = stemMemo.get(w);
  if (st === undefined) {
    if (stemMemo.size > 50_000) stemMemo.clear(); // a bound, for a long-lived background page
    stemMemo.set(w, (st = keyStemOf(w)));
  }
  return st;
}

function keyStemOf(w: string): string {
  const lo = norm(w);
  if (!CYR_RE.test(lo) || isAcronym(w)) return lo;
  const sur = /^(.{2,}?(?:ов|ев|ин|ын))(?:а|у|ым|ой|ою|е|ы|ых|ыми)?$/.exec(lo);
  if (sur) return sur[1]!;
  // Other words by the Snowball (Porter) Russian stemmer: all case forms of a noun or adjective
  // share its stem ("Посольством/Посольство" → "посольств", "России/Россией" → "росс").
  const st = snowballRu(lo);
  return st.length >= 3 ? st : lo;
}

export const wordSet = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean).map(norm));
export const stemSet = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean).map(stemWord));
