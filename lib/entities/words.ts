/**
 * What every rule module shares: the word lists as sets, the per-line context, and the word
 * tests (is this token a possible name word? where does a name run end?).
 */
import type { Cand, EntityType } from './types';
import { ensureGazetteer, gazFirst } from './gazetteer';
import { inStems, spaced, stemSet, tokenize, wordSet, type Tok } from './text';
import * as L from './data/lexicon';
import { GEN_FIRST_EN, GEN_FIRST_RU, GEN_LAST_EN } from './data/generated/names';

export const FIRST_EN = wordSet(`${L.FIRST_EN} ${GEN_FIRST_EN}`);
/**
 * The hand list of given names that recur in briefings (and the officials' given names): the
 * organisation rules keep these out of a name's modifiers. The generated list is too wide for
 * that ("Justice Party", "Green Movement").
 */
export const FIRST_EN_CORE = wordSet(L.FIRST_EN);
export const FIRST_RU = stemSet(`${L.FIRST_RU} ${GEN_FIRST_RU}`);
/** Surnames common enough to be known without a given name (from package data). */
export const LAST_EN = wordSet(GEN_LAST_EN);
export const TITLE_EN = wordSet(L.TITLE_EN);
export const TITLE_RU = stemSet(L.TITLE_RU);
export const HEADS_EN = wordSet(L.HEADS_EN);
export const HEADS_RU = stemSet(L.HEADS_RU);
export const MISSION_EN = wordSet(L.MISSION_EN);
export const MISSION_RU = stemSet(L.MISSION_RU);
export const LOCHEADS_EN = wordSet(L.LOCHEADS_EN);
export const LOCOF_EN = wordSet(L.LOCOF_EN);
export const LOCHEADS_RU = stemSet(L.LOCHEADS_RU);
export const SETTLE_EN = wordSet(L.SETTLE_EN);
export const GEO_AFTER_EN = wordSet(L.GEO_AFTER_EN);
export const SITE_EN = wordSet(L.SITE_EN);
export const SETTLE_RU = stemSet(L.SETTLE_RU);
export const PREP_EN = wordSet(L.PREP_EN);
export const PREP_RU = wordSet(L.PREP_RU);
export const STOP_EN = wordSet(L.STOP_EN);
export const DOC_EN = wordSet(L.DOC_EN);
export const MODS_EN = wordSet(L.MODS_EN);
export const MONTHS = wordSet(`${L.MONTHS_EN} ${L.WEEKDAYS_EN}`);
export const MONTHS_RU = stemSet(L.MONTHS_RU);
export const SKIP = new Set(L.SKIP_ACRONYMS.split(/\s+/));
export const LABELS_RU = stemSet('Вопрос Ответ Примечание Справка Содержание');
export const PARTICLES = wordSet(`de da di del della van von der den le la du bin ibn al el ben abu dos das ter ten zu
де да ди дель делла ван фон дер ден ле ла дю бин ибн бен абу дос тер тен цу`);
/** Arabic article glued to a name: "al-Julani", "аль-Бурхан", "аз-Завахири". */
export const ARTICLE_NAME = /^(?:al|el|ad|as|ash|at|az|an|ar|ad-din|аль|эль|ас|аш|ат|аз|ан|ар|ад|эд|эт|эр|эс)-\p{Lu}/u;
/** Words a guessed place may be followed by (a following content word means it was an adjective). */
export const FUNC = wordSet(`and or but as on in at to from with by for of is are was were be been has have had will would
can could should may must that which who where when since until after before during than then while if not its their this`);
// Demonyms and languages ('Russian', 'English', 'Azerbaijani', 'Arabic'), not places.
export const DEMONYM = /(?:ian|ean|ese|ish|ic|ch|ani|eli|aqi|an)$/;
export const PATRONYMIC = /(?:ович|евич|ич|овна|евна|ична|инична)(?:а|у|ем|ом|е|ой|ы)?$/;
/** Lower-case Russian words that can sit inside a name after its head: genitives, not verbs. */
export const RU_GEN = /(?:ого|его|ых|их|ой|ей|ов|ев|ий|ия|ии|ств|а|я|ы|и)$/;
export const RU_VERB = /(?:ла|ли|ло|ет|ит|ют|ят|ся|сь|ть)$/;
export const RU_GEN_WORDS = wordSet('дел прав сил стран наций войск средств связей');
export const RU_FUNC = wordSet(
  'при в во на с со к ко о об от до из за для без через между над под про у не ни как что это а но или также уже его ее их еще',
);
export const RU_ADJ = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ыми|ими|ей)$/;

export interface LineCtx {
  line: string;
  toks: Tok[];
  /** Gazetteer type and id covering each token, if any. */
  gaz: (EntityType | undefined)[];
  gid: (string | undefined)[];
  out: Cand[];
  /** Which language rules run on this line. */
  en: boolean;
  ru: boolean;
}

let ready = false;
export function makeCtx(line: string, en: boolean, ru: boolean): LineCtx {
  if (!ready) {
    // The officials' given names join the given-name lists (kept out of lexicon.ts to save bytes).
    ensureGazetteer();
    for (const f of gazFirst)
      if (/[\u0400-\u04FF]/.test(f)) FIRST_RU.add(f);
      else FIRST_EN.add(f), FIRST_EN_CORE.add(f);
    ready = true;
  }
  return { line, toks: tokenize(line), gaz: [], gid: [], out: [], en, ru };
}

export const add = (c: LineCtx, type: EntityType, i: number, j: number, pri: number): void => {
  c.out.push({ s: c.toks[i]!.s, e: c.toks[j]!.e, type, pri });
};
export const sp = (c: LineCtx, i: number): boolean => i > 0 && i < c.toks.length && spaced(c.line, c.toks[i - 1]!, c.toks[i]!);

// ---------------------------------------------------------------- shared word tests

/** A word that can be part of a person's name (not a title, head, month, known place…). */
export function nameLike(c: LineCtx, k: number): boolean {
  const t = c.toks[k];
  if (t && !t.cap && ARTICLE_NAME.test(t.t)) return !c.gaz[k] || c.gaz[k] === 'person';
  if (!t || !t.cap || t.acr || t.num || t.t.length < 2 || (c.gaz[k] && c.gaz[k] !== 'person')) return false;
  return (t.nw ??= nameWord(t));
}

/** The word-level part of nameLike, cached on the token. */
function nameWord(t: Tok): boolean {
  if (t.cyr) {
    // An adjective ("Государственного секретаря") is not a name; surnames of adjective shape
    // keep a surname suffix before the ending ("Зеленского", "Лавровым", "Захаровой").
    if (ADJ_STRICT.test(t.lo) && !SURNAME_ADJ.test(t.lo) && !PATRONYMIC.test(t.lo) && !inStems(FIRST_RU, t)) return false;
    return !inStems(NOT_NAME_RU, t);
  }
  const w = t.lo;
  // "Ministers", "Councils": the plural of a title or head is no name either.
  const sg = w.endsWith('s') ? w.slice(0, -1) : w;
  return !NOT_NAME_EN.has(w) && !TITLE_EN.has(sg) && !HEADS_EN.has(sg);
}
// Words that are never part of a name: titles, heads, months, labels, place heads, and (English)
// sentence words, document words and institution modifiers.
const NOT_NAME_RU = new Set([...TITLE_RU, ...HEADS_RU, ...MONTHS_RU, ...LABELS_RU, ...LOCHEADS_RU]);
const NOT_NAME_EN = new Set([...STOP_EN, ...TITLE_EN, ...HEADS_EN, ...DOC_EN, ...MODS_EN, ...MONTHS, ...LOCHEADS_EN]);
// Endings that foreign surnames rarely have (unlike -им, -ой: "Аморим", "Толстой").
const ADJ_STRICT = /(?:ого|его|ому|ему|ыми|ими|ая|яя|ое|ее|ые|ие|ую|юю)$/;
const SURNAME_ADJ = /(?:ск|цк|ов|ев|ёв|ин|ын|ой|ий)(?:ий|ый|ой|ого|ому|им|ым|ом|ая|ую|ей|ых|их|ыми|ими|а|у|е|ы)$/;

/** Extends a name from token k over name words and inner particles; returns the last index. */
export function nameEnd(c: LineCtx, k: number, max: number, lead = false): number {
  let end = k - 1;
  for (let j = k; j < c.toks.length && j - k < max; j++) {
    if (j > k && !sp(c, j)) break;
    if (nameLike(c, j)) end = j;
    // Inner particles ("Jean-Yves Le Drian", "Hendrik van der Berg"); `lead`: the run may start
    // with one, after a given name.
    else if (PARTICLES.has(c.toks[j]!.lo) && (j > k || lead) && particleRun(c, j)) continue;
    else break;
  }
  return end;
}
/** Particles from j lead to a name word ("van der Berg"). */
function particleRun(c: LineCtx, j: number): boolean {
  let q = j;
  while (q < c.toks.length && PARTICLES.has(c.toks[q]!.lo) && q - j < 3) q++;
  return q > j && q < c.toks.length && sp(c, q) && nameLike(c, q) && !c.toks[q]!.acr;
}

export const isTitle = (t: Tok): boolean => (t.cyr ? inStems(TITLE_RU, t) : TITLE_EN.has(t.lo));

export function isGenitive(lo: string): boolean {
  return RU_GEN_WORDS.has(lo) || (RU_GEN.test(lo) && !RU_VERB.test(lo) && !RU_FUNC.has(lo) && lo.length > 2);
}
