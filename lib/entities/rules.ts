/**
 * Rules over one line's tokens: people, organisations and places in English and Russian, on top
 * of the gazetteer hits. Each rule only proposes candidates (with a priority); overlaps are
 * settled in engine.ts, longest first. Why rules and lists rather than a model: see
 * notes/entities.md §1 (compromise is English-only, ≈30× slower and 7× larger; no Russian NER
 * package exists), and our bench (scripts/bench/entities.bench.ts).
 */
import type { Cand, EntityType } from './types';
import { ensureGazetteer, gazFirst, matchAt, matchParts } from './gazetteer';
import { inStems, spaced, stemSet, tokenize, wordSet, type Tok } from './text';
import * as L from './data/lexicon';

const FIRST_EN = wordSet(L.FIRST_EN);
const FIRST_RU = stemSet(L.FIRST_RU);
const TITLE_EN = wordSet(L.TITLE_EN);
const TITLE_RU = stemSet(L.TITLE_RU);
const HEADS_EN = wordSet(L.HEADS_EN);
const HEADS_RU = stemSet(L.HEADS_RU);
const MISSION_EN = wordSet(L.MISSION_EN);
const MISSION_RU = stemSet(L.MISSION_RU);
const LOCHEADS_EN = wordSet(L.LOCHEADS_EN);
const LOCOF_EN = wordSet(L.LOCOF_EN);
const LOCHEADS_RU = stemSet(L.LOCHEADS_RU);
const SETTLE_EN = wordSet(L.SETTLE_EN);
const SITE_EN = wordSet(L.SITE_EN);
const SETTLE_RU = stemSet(L.SETTLE_RU);
const PREP_EN = wordSet(L.PREP_EN);
const PREP_RU = wordSet(L.PREP_RU);
const STOP_EN = wordSet(L.STOP_EN);
const DOC_EN = wordSet(L.DOC_EN);
const MODS_EN = wordSet(L.MODS_EN);
const MONTHS = wordSet(`${L.MONTHS_EN} ${L.WEEKDAYS_EN}`);
const MONTHS_RU = stemSet(L.MONTHS_RU);
const SKIP = new Set(L.SKIP_ACRONYMS.split(/\s+/));
const LABELS_RU = stemSet('Вопрос Ответ Примечание Справка Содержание');
const PARTICLES = wordSet('de da di del della van von der den le la du bin ibn al el ben abu dos das ter zu');
/** Words a guessed place may be followed by (a following content word means it was an adjective). */
const FUNC = wordSet(`and or but as on in at to from with by for of is are was were be been has have had will would
can could should may must that which who where when since until after before during than then while if not its their this`);
// Demonyms and languages ('Russian', 'English', 'Azerbaijani', 'Arabic'), not places.
const DEMONYM = /(?:ian|ean|ese|ish|ic|ch|ani|eli|aqi|an)$/;
const ROMAN = /^[IVXLCDM]+$/;
const PATRONYMIC = /(?:ович|евич|ич|овна|евна|ична|инична)(?:а|у|ем|ом|е|ой|ы)?$/;
/** Lower-case Russian words that can sit inside a name after its head: genitives, not verbs. */
const RU_GEN = /(?:ого|его|ых|их|ой|ей|ов|ев|ий|ия|ии|ств|а|я|ы|и)$/;
const RU_VERB = /(?:ла|ли|ло|ет|ит|ют|ят|ся|сь|ть)$/;
const RU_GEN_WORDS = wordSet('дел прав сил стран наций войск средств связей');
const RU_FUNC = wordSet('при в во на с со к ко о об от до из за для без через между над под про у не ни как что это а но или также уже его ее их еще');
const RU_ADJ = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ыми|ими|ей)$/;

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
    for (const f of gazFirst) (/[\u0400-\u04FF]/.test(f) ? FIRST_RU : FIRST_EN).add(f);
    ready = true;
  }
  return { line, toks: tokenize(line), gaz: [], gid: [], out: [], en, ru };
}

const add = (c: LineCtx, type: EntityType, i: number, j: number, pri: number): void => {
  c.out.push({ s: c.toks[i]!.s, e: c.toks[j]!.e, type, pri });
};
const sp = (c: LineCtx, i: number): boolean => i > 0 && i < c.toks.length && spaced(c.line, c.toks[i - 1]!, c.toks[i]!);

/** Gazetteer hits, and acronyms that are not in it (as organisations, low priority). */
export function gazetteerRule(c: LineCtx): void {
  const { toks } = c;
  const acrs = toks.filter((t) => t.acr).length;
  const shouting = toks.length >= 3 && acrs * 2 > toks.length; // an all-caps heading
  for (let i = 0; i < toks.length; ) {
    const hit = matchAt(c.line, toks, i);
    if (hit) {
      c.out.push({ s: hit.s, e: hit.e, type: hit.entry.type, pri: 5, id: hit.entry.id });
      for (let k = i; k < hit.j; k++) {
        c.gaz[k] = hit.entry.type;
        c.gid[k] = hit.entry.id;
      }
      i = hit.j;
      continue;
    }
    const t = toks[i]!;
    if (t.cap && /[-‐‑]/.test(t.t)) {
      for (const h of matchParts(t, i)) c.out.push({ s: h.s, e: h.e, type: h.entry.type, pri: 5, id: h.entry.id });
    }
    if (t.acr && !shouting && !/\d/.test(t.t) && !t.t.includes('.') && !SKIP.has(t.t) && !ROMAN.test(t.t)) {
      c.out.push({ s: t.s, e: t.e, type: 'organization', pri: 2 });
    }
    i++;
  }
}

// ---------------------------------------------------------------- shared word tests

/** A word that can be part of a person's name (not a title, head, month, known place…). */
function nameLike(c: LineCtx, k: number): boolean {
  const t = c.toks[k];
  if (!t || !t.cap || t.acr || t.num || t.t.length < 2 || (c.gaz[k] && c.gaz[k] !== 'person')) return false;
  if (t.cyr) return !inStems(TITLE_RU, t) && !inStems(HEADS_RU, t) && !inStems(MONTHS_RU, t) && !inStems(LABELS_RU, t) && !inStems(LOCHEADS_RU, t);
  const w = t.lo;
  return !STOP_EN.has(w) && !TITLE_EN.has(w) && !HEADS_EN.has(w) && !DOC_EN.has(w) && !MODS_EN.has(w) && !MONTHS.has(w) && !LOCHEADS_EN.has(w);
}

/** Extends a name from token k over name words and inner particles; returns the last index. */
function nameEnd(c: LineCtx, k: number, max: number): number {
  let end = k - 1;
  for (let j = k; j < c.toks.length && j - k < max; j++) {
    if (j > k && !sp(c, j)) break;
    if (nameLike(c, j)) end = j;
    else if (PARTICLES.has(c.toks[j]!.lo) && j > k && nameLike(c, j + 1) && sp(c, j + 1)) continue;
    else break;
  }
  return end;
}

const isTitle = (t: Tok): boolean => (t.cyr ? inStems(TITLE_RU, t) : TITLE_EN.has(t.lo));

// ---------------------------------------------------------------- people

export function personRules(c: LineCtx): void {
  const { toks, line } = c;
  const n = toks.length;
  // Speaker label: "Alexander Bikantov:", "Мария Захарова:" at the start of a paragraph.
  if (n && !line.slice(0, toks[0]!.s).trim()) {
    const end = nameEnd(c, 0, 4);
    if (end >= 1 && /^[ \t]*:/.test(line.slice(toks[end]!.e))) add(c, 'person', 0, end, 5);
  }
  for (let k = 0; k < n; k++) {
    const t = toks[k]!;
    if (t.cyr ? !c.ru : !c.en) continue;
    // Given name + surname (+ patronymic): "Sergey Lavrov", "Florence Parly", "Сергея Лаврова".
    if (t.cap && (t.cyr ? inStems(FIRST_RU, t) : FIRST_EN.has(t.lo))) {
      const end = sp(c, k + 1) ? nameEnd(c, k + 1, 3) : k;
      if (end > k) add(c, 'person', k, end, 4);
      // Russian official order: "Лавров Сергей Викторович".
      if (t.cyr && k > 0 && sp(c, k) && nameLike(c, k - 1) && sp(c, k + 1) && PATRONYMIC.test(toks[k + 1]?.lo ?? '')) {
        add(c, 'person', k - 1, k + 1, 4);
      }
      continue;
    }
    // Title + name: "Foreign Minister Lavrov", "President of Hungary X Y", "министр … Сийярто".
    if (!isTitle(t)) continue;
    let j = k + 1;
    if (t.cyr) {
      // Lower-case genitives of the title ("министр иностранных дел").
      for (let g = 0; g < 3 && j < n && sp(c, j) && !toks[j]!.cap && isGenitive(toks[j]!.lo); g++) j++;
    } else if (j < n && sp(c, j) && (toks[j]!.lo === 'of' || toks[j]!.lo === 'for')) {
      j++;
      if (j < n && toks[j]!.lo === 'the') j++;
      if (!c.gaz[j]) continue;
    }
    while (j < n && c.gaz[j] && c.gaz[j] !== 'person' && sp(c, j)) j++; // "… of Ukraine", "… России"
    const gapOk = j === k + 1 ? sp(c, j) || /^\.[ \t\u00a0]+$/.test(line.slice(t.e, toks[j]?.s)) : sp(c, j);
    if (j < n && gapOk && toks[j]!.cyr === t.cyr) {
      const end = nameEnd(c, j, 3);
      // "General Framework Agreement": a run that goes on capitalised is some other proper noun.
      if (end >= j && !(sp(c, end + 1) && toks[end + 1]!.cap)) add(c, 'person', j, end, 4);
    }
  }
}

/** Initials forms: "М.В.Захарова", "С. В. Лавров", "Лавров С.В.", "S.Lavrov". */
const INITIALS = [
  /(?<![\p{L}\d.])(?:[А-ЯЁ]\.[ \u00a0]?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![\p{L}\d])/gu,
  /(?<![\p{L}\d.])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?[ \u00a0][А-ЯЁ]\.[ \u00a0]?[А-ЯЁ]\.(?![\p{L}\d])/gu,
  /(?<![\p{L}\d.])(?:[A-Z]\.[ \u00a0]?){1,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\p{L}\d])/gu,
];
export function initialsRule(c: LineCtx): void {
  for (const [i, rx] of INITIALS.entries()) {
    if (i < 2 ? !c.ru : !c.en) continue;
    for (const m of c.line.matchAll(rx)) {
      const s = m.index!;
      const e = s + m[0].length;
      if (/^(?:U\.[SNK]|E\.U)\./.test(m[0])) continue;
      // The surname must not be a known place/organisation or a common word.
      const k = c.toks.findIndex((t) => t.s >= s && t.e <= e && t.t.length > 1);
      if (k < 0 || !nameLike(c, k)) continue;
      c.out.push({ s, e, type: 'person', pri: 5 });
    }
  }
}

// ---------------------------------------------------------------- English organisations and places

/** May token i precede an organisation head as a modifier ("Russian", "UN", "Security", "Press")? */
function modOk(c: LineCtx, i: number): boolean {
  const t = c.toks[i];
  if (!t || !(t.cap || t.acr) || t.num || t.cyr) return false;
  const w = t.lo;
  return !STOP_EN.has(w) && !TITLE_EN.has(w) && !FIRST_EN.has(w) && !MONTHS.has(w) && !DOC_EN.has(w) && c.gaz[i] !== 'person';
}

export function englishOrgRule(c: LineCtx): void {
  const { toks, line } = c;
  const n = toks.length;
  for (let k = 0; k < n; k++) {
    if (!toks[k]!.cap || toks[k]!.cyr || !HEADS_EN.has(toks[k]!.lo)) continue;
    let start = k;
    for (;;) {
      if (sp(c, start) && modOk(c, start - 1)) start--;
      else if (sp(c, start) && toks[start - 1]!.lo === 'and' && sp(c, start - 1) && modOk(c, start - 2) && c.gaz[start - 2] !== 'place') start -= 2;
      else break;
    }
    // Further heads in the same capitalised run: "Foreign Ministry Information and Press Department".
    let end = k;
    for (let m = k + 1; m < n && sp(c, m); m++) {
      const t = toks[m]!;
      if (t.cap && HEADS_EN.has(t.lo)) end = m;
      else if (!(modOk(c, m) || (t.lo === 'and' && modOk(c, m + 1)))) break;
    }
    // Complement: "of Russia", "of Digital Development, Communications and Mass Media", "to Ukraine".
    const head = toks[end]!.lo;
    const prep = toks[end + 1]?.lo ?? '';
    if (sp(c, end + 1) && (prep === 'of' || prep === 'for' || prep === 'on' || ((prep === 'to' || prep === 'in') && MISSION_EN.has(head)))) {
      let q = end + 2;
      if (toks[q]?.lo === 'the' && sp(c, q)) q++;
      let last = -1;
      for (; q < n; q++) {
        const t = toks[q]!;
        const gap = line.slice(toks[q - 1]!.e, t.s);
        const joined = /^[ \t\u00a0]+$/.test(gap) || (last >= 0 && /^,[ \t\u00a0]+$/.test(gap) && c.gaz[q] !== 'place');
        if (!joined) break;
        if (modOk(c, q) && !FIRST_EN.has(t.lo)) last = q;
        else if (last >= 0 && (/^(?:and|of|for)$/.test(t.lo) || (MISSION_EN.has(head) && /^(?:in|on)$/.test(t.lo))) && modOk(c, q + 1)) continue;
        else break;
      }
      if (last >= 0) end = last;
    }
    if (start === end) continue; // a bare "Council" is not a name
    add(c, 'organization', start, end, 4);
    k = end;
  }
}

/** Is the unknown capitalised run [i, j] used as a noun (not "Armenian churches")? */
function nounish(c: LineCtx, i: number, j: number): boolean {
  if (!plain(c, i, j)) return false;
  const next = c.toks[j + 1];
  return !next || !sp(c, j + 1) || FUNC.has(next.lo) || next.cap;
}

export function englishPlaceRules(c: LineCtx): void {
  const { toks } = c;
  const n = toks.length;
  for (let k = 0; k < n; k++) {
    const t = toks[k]!;
    if (t.cyr) continue;
    // "Lugansk Region", "Gegharkunik Province", "Kyrgyz Republic".
    if (t.cap && LOCHEADS_EN.has(t.lo)) {
      let s = k;
      while (sp(c, s) && modOk(c, s - 1) && !HEADS_EN.has(toks[s - 1]!.lo)) s--;
      if (s < k) add(c, 'place', s, k, 4);
    }
    // "Republic of Tatarstan", "State of Palestine".
    if (t.cap && LOCOF_EN.has(t.lo) && toks[k + 1]?.lo === 'of' && sp(c, k + 1)) {
      let q = k + 2;
      if (toks[q]?.lo === 'the' && sp(c, q)) q++;
      let end = -1;
      if (c.gaz[q] === 'place' && sp(c, q)) for (end = q; c.gid[end + 1] === c.gid[q]; ) end++; // a known place ends it
      else for (; q < n && sp(c, q) && nameLike(c, q) && !FIRST_EN.has(toks[q]!.lo); q++) end = q;
      let s = k;
      while (sp(c, s) && modOk(c, s - 1)) s--;
      if (end < 0) continue;
      add(c, 'place', s, end, 4);
      const first = toks[k + 2]!.lo === 'the' ? k + 3 : k + 2;
      const gid = c.gid[first];
      if (gid && c.gid[end] === gid && (first === end || c.gid[first + 1] === gid)) c.out[c.out.length - 1]!.id = gid;
    }
    // "the villages of Sotk, Kut, Azat and Norabak".
    if (!t.cap && SETTLE_EN.has(t.lo) && toks[k + 1]?.lo === 'of') {
      for (let q = k + 2; q < n; ) {
        const end = nameEnd(c, q, 3);
        if (end < q || c.gaz[q] || !plain(c, q, end)) break;
        add(c, 'place', q, end, 3);
        const nx = toks[end + 1];
        const gap = nx ? c.line.slice(toks[end]!.e, nx.s) : '';
        if (nx?.lo === 'and' && /^,?[ \t]+$/.test(gap)) q = end + 2;
        else if (/^,[ \t]+$/.test(gap)) q = nx!.lo === 'and' ? end + 2 : end + 1;
        else break;
      }
    }
    // "the Dadivank, Amaras and Gandzasar monasteries".
    if (!t.cap && SITE_EN.has(t.lo) && sp(c, k)) {
      for (let q = k - 1; q >= 0 && nameLike(c, q) && !c.gaz[q] && plain(c, q, q); ) {
        const s = q > 0 && sp(c, q) && nameLike(c, q - 1) && plain(c, q - 1, q - 1) ? q - 1 : q;
        add(c, 'place', s, q, 3);
        const pv = toks[s - 1];
        if (pv?.lo === 'and' && sp(c, s)) q = s - 2;
        else if (pv && /^,[ \t]+$/.test(c.line.slice(pv.e, toks[s]!.s))) q = s - 1;
        else break;
      }
    }
    // Unknown capitalised word after "in/near/from/to": probably a place ("near Zolotoye").
    if (!t.cap && PREP_EN.has(t.lo) && sp(c, k + 1)) {
      const end = nameEnd(c, k + 1, 3);
      if (end > k && !c.gaz[k + 1] && nounish(c, k + 1, end)) add(c, 'place', k + 1, end, 1);
    }
  }
}

/** No demonym ("Armenian") and no given name in the run [s, q]. */
function plain(c: LineCtx, s: number, q: number): boolean {
  for (let k = s; k <= q; k++) if (DEMONYM.test(c.toks[k]!.lo) || FIRST_EN.has(c.toks[k]!.lo)) return false;
  return true;
}

// ---------------------------------------------------------------- Russian organisations and places

function isGenitive(lo: string): boolean {
  return RU_GEN_WORDS.has(lo) || (RU_GEN.test(lo) && !RU_VERB.test(lo) && !RU_FUNC.has(lo) && lo.length > 2);
}

export function russianOrgRule(c: LineCtx): void {
  const { toks, line } = c;
  const n = toks.length;
  for (let k = 0; k < n; k++) {
    const t = toks[k]!;
    if (!t.cyr || t.acr || !inStems(HEADS_RU, t)) continue;
    // Adjectives before the head: "Российским центром", "Всемирной продовольственной программы".
    let start = k;
    while (start > 0 && start > k - 3 && sp(c, start) && toks[start - 1]!.cyr && RU_ADJ.test(toks[start - 1]!.lo) && !toks[start - 1]!.acr) start--;
    while (start < k && !toks[start]!.cap) start++;
    if (!toks[start]!.cap) continue; // Russian names capitalise their first word
    const initial = !line.slice(0, toks[start]!.s).trim() || /[.!?…:;«"“—–]\s*$/.test(line.slice(0, toks[start]!.s));
    // Genitive chain, closed by an acronym or a country: "Совета министров иностранных дел ОБСЕ".
    let end = k;
    let m = k + 1;
    for (let steps = 0; m < n && steps < 7; steps++) {
      const w = toks[m]!;
      const gap = line.slice(toks[m - 1]!.e, w.s);
      if (/^[ \t\u00a0]*[–—-][ \t\u00a0]*$/.test(gap) && toks[m - 1]!.lo === 'государств') {
        // "государств – участников ОБСЕ"
      } else if (!/^[ \t\u00a0]+$/.test(gap)) break;
      if (w.acr || (c.gaz[m] && c.gaz[m] !== 'person')) {
        end = m;
        while (m + 1 < n && c.gaz[m + 1] && c.gaz[m + 1] === c.gaz[m] && sp(c, m + 1)) end = ++m;
        // "Посольство России в Австрии", "Представительство … при ООН".
        const p = toks[m + 1]?.lo;
        if ((p === 'в' || p === 'при') && inStems(MISSION_RU, t) && sp(c, m + 1) && sp(c, m + 2) && (c.gaz[m + 2] || toks[m + 2]!.acr)) {
          end = m + 2;
          while (end + 1 < n && c.gaz[end + 1] && sp(c, end + 1)) end++;
        }
        break;
      }
      if (w.cap) break;
      if (w.lo === 'и' || w.lo === 'по') {
        m++;
        continue;
      }
      if (!isGenitive(w.lo)) break;
      end = m++;
    }
    if (end === start || (initial && end === k)) continue; // a bare head, or "Программа включает…"
    add(c, 'organization', start, end, 4);
    k = end;
  }
  // A known organisation + a country or an acronym in the genitive: "МИД Украины", "СБ ООН".
  for (let k = 0; k + 1 < n; k++) {
    if (c.gaz[k] === 'organization' && toks[k]!.cyr && c.gid[k + 1] !== c.gid[k] && sp(c, k + 1)) {
      const nx = toks[k + 1]!;
      if (nx.cyr && (c.gaz[k + 1] === 'place' || (c.gaz[k + 1] === 'organization' && nx.acr))) {
        let s = k;
        while (s > 0 && c.gid[s - 1] === c.gid[k] && sp(c, s)) s--;
        let e = k + 1;
        while (e + 1 < n && c.gid[e + 1] === c.gid[k + 1] && sp(c, e + 1)) e++;
        add(c, 'organization', s, e, 5);
        // In a Russian ministry's briefing "МИД России" is the same body as "МИД".
        if (c.gid[k + 1] === 'russia') c.out[c.out.length - 1]!.id = c.gid[k];
      }
    }
  }
}

export function russianPlaceRules(c: LineCtx): void {
  const { toks } = c;
  const n = toks.length;
  for (let k = 0; k < n; k++) {
    const t = toks[k]!;
    if (!t.cyr) continue;
    // "Луганская область", "Краснодарского края", "Кыргызская Республика".
    if (inStems(LOCHEADS_RU, t) && k > 0 && sp(c, k) && toks[k - 1]!.cap && RU_ADJ.test(toks[k - 1]!.lo) && !c.gaz[k - 1]) {
      add(c, 'place', k - 1, k, 4);
    }
    // "Республики Казахстан", "Республика Татарстан".
    if (t.cap && t.lo.startsWith('республик') && sp(c, k + 1) && (c.gaz[k + 1] === 'place' || nameLike(c, k + 1))) {
      let end = k + 1;
      while (end + 1 < n && c.gid[end + 1] && c.gid[end + 1] === c.gid[end] && sp(c, end + 1)) end++;
      add(c, 'place', k, end, 4);
      c.out[c.out.length - 1]!.id = c.gid[k + 1]; // "Республики Казахстан" is Kazakhstan
    }
    // "в селе Золотое", "город Шуша".
    if (!t.cap && inStems(SETTLE_RU, t) && sp(c, k + 1) && nameLike(c, k + 1) && !c.gaz[k + 1]) add(c, 'place', k + 1, nameEnd(c, k + 1, 2), 3);
    // Unknown capitalised word after "в/из/под…": probably a place.
    const nx = toks[k + 1];
    if (PREP_RU.has(t.lo) && sp(c, k + 1) && nameLike(c, k + 1) && !c.gaz[k + 1] && !RU_ADJ.test(nx!.lo) && !inStems(FIRST_RU, nx!) && !(sp(c, k + 2) && toks[k + 2]!.cap)) {
      add(c, 'place', k + 1, k + 1, 1);
    }
  }
}
