/**
 * People: speaker labels, given name + surname (either part known from the name lists), title +
 * name, initials in every spacing ("М.В.Захарова", "Дж.Салливан", "R. S. Bradley", "Х.ван дер
 * Берг"), all-capital surnames in lists ("САЛЛИВАН Джейк"), and names coordinated with a found
 * name ("Kaja Kallas, Gabrielius Landsbergis and Edgars Rinkēvičs"). A lone initial or an
 * adjective ("Государственного секретаря") is never a person.
 */
import type { Cand } from './types';
import { inStems, stemWord } from './text';
import {
  add,
  RU_ADJ,
  ARTICLE_NAME,
  DOC_EN,
  FIRST_EN,
  FIRST_RU,
  HEADS_EN,
  LOCHEADS_EN,
  MODS_EN,
  STOP_EN,
  TITLE_EN,
  isGenitive,
  isTitle,
  LAST_EN,
  nameEnd,
  nameLike,
  PARTICLES,
  PATRONYMIC,
  SKIP,
  sp,
  type LineCtx,
} from './words';

const isFirst = (c: LineCtx, k: number): boolean => {
  const t = c.toks[k];
  if (!t || !t.cap || t.acr) return false;
  // The generated lists hold a few words that are titles or common nouns here ("General").
  if (
    !t.cyr &&
    (TITLE_EN.has(t.lo) || STOP_EN.has(t.lo) || HEADS_EN.has(t.lo) || LOCHEADS_EN.has(t.lo) || MODS_EN.has(t.lo) || DOC_EN.has(t.lo))
  )
    return false;
  if (t.cyr ? inStems(FIRST_RU, t) : FIRST_EN.has(t.lo)) return true;
  // Double given names: "Hans-Georg", "Jean-Yves", "Жан-Ив" (every part a given name).
  const parts = t.t.split(/[-‐‑]/);
  return parts.length > 1 && parts.every((p) => (t.cyr ? FIRST_RU.has(stemWord(p)) : FIRST_EN.has(p.toLowerCase())));
};

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
    // Given name + surname (+ patronymic): "Sergey Lavrov", "Jake Sullivan", "Сергея Лаврова",
    // "Hendrik van der Berg". A given name that is also a known place ("Washington Post") is not one.
    if (isFirst(c, k) && (!c.gaz[k] || c.gaz[k] === 'person')) {
      const end = sp(c, k + 1) ? nameEnd(c, k + 1, 4, true) : k;
      // "Abu Mohammad …", "Абу Мухаммад …": a kunya before the given name belongs to the name.
      const from = k > 0 && sp(c, k) && /^(?:abu|umm|абу|умм)$/.test(toks[k - 1]!.lo) && toks[k - 1]!.cap ? k - 1 : k;
      // "Jesus Villamor Air Base": a run closed by a head noun names a place or a body.
      const nx = toks[end + 1];
      const headed = !!nx && sp(c, end + 1) && nx.cap && !nx.cyr && (HEADS_EN.has(nx.lo) || LOCHEADS_EN.has(nx.lo) || DOC_EN.has(nx.lo));
      if (end > k && !headed) add(c, 'person', from, end, 4);
      // Russian official order: "Лавров Сергей Викторович".
      if (t.cyr && k > 0 && sp(c, k) && nameLike(c, k - 1) && sp(c, k + 1) && PATRONYMIC.test(toks[k + 1]?.lo ?? '')) {
        add(c, 'person', k - 1, k + 1, 4);
      }
      continue;
    }
    // Unknown given name + a surname from the lists: "Ned Price", "Geir Pedersen".
    if (!t.cyr && nameLike(c, k) && !c.gaz[k] && sp(c, k + 1) && nameLike(c, k + 1) && !c.gaz[k + 1] && LAST_EN.has(toks[k + 1]!.lo)) {
      if (!(sp(c, k + 2) && toks[k + 2]!.cap)) add(c, 'person', k, k + 1, 3);
    }
    // Name + a verb of saying: "Hakan Fidan said", "as Jake Sullivan put it", "Хакан Фидан заявил".
    if (nameLike(c, k) && !c.gaz[k] && !(k > 0 && sp(c, k) && toks[k - 1]!.cap)) {
      const end = nameEnd(c, k, 3);
      const v = toks[end + 1];
      if (end > k && v && sp(c, end + 1) && (v.cyr ? SAID_RU.test(v.lo) : SAID_EN.has(v.lo)) && v.cyr === t.cyr)
        add(c, 'person', k, end, 3);
    }
    // Name + apposed title: "Avril Haines, Director of National Intelligence", "Фолькер Тюрк,
    // Верховный комиссар ООН", "Хейнс Эврил – директор".
    if (nameLike(c, k) && !c.gaz[k] && !(k > 0 && sp(c, k) && toks[k - 1]!.cap)) {
      const end = nameEnd(c, k, 3);
      if (end > k && apposedTitle(c, end)) add(c, 'person', k, end, 3);
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
    // "Ambassador of Japan to Russia Tadashi Nagai", "Посол России в США А.Антонов".
    if (j + 1 < n && /^(?:to|in|at|в|при)$/.test(toks[j]!.lo) && sp(c, j) && c.gaz[j + 1] && c.gaz[j + 1] !== 'person') {
      j++;
      while (j < n && c.gaz[j] && c.gaz[j] !== 'person' && sp(c, j)) j++;
    }
    const gapOk = j === k + 1 ? sp(c, j) || /^\.[ \t\u00a0]+$/.test(line.slice(t.e, toks[j]?.s)) : sp(c, j);
    if (j < n && gapOk && toks[j]!.cyr === t.cyr) {
      const end = nameEnd(c, j, 4);
      // "General Framework Agreement": a run that goes on capitalised is some other proper noun.
      if (end >= j && !(sp(c, end + 1) && toks[end + 1]!.cap)) add(c, 'person', j, end, 4);
    }
  }
}

const SAID_EN = new Set(
  'said says stated stressed noted added told wrote warned admitted claimed announced declared emphasised emphasized urged argued insisted put'.split(
    ' ',
  ),
);
const SAID_RU =
  /^(?:заявил|сказал|отметил|подчеркнул|сообщил|признал|пообещал|предложил|написал|добавил|указал|напомнил|пригрозил|потребовал)а?$/;

/** After token `end`: a comma or a dash, then (past up to three modifiers) a title word. */
function apposedTitle(c: LineCtx, end: number): boolean {
  const { toks, line } = c;
  const next = toks[end + 1];
  if (!next || !/^(?:,|[ \t\u00a0]+[–—-])[ \t\u00a0]+$/.test(line.slice(toks[end]!.e, next.s))) return false;
  for (let j = end + 1; j < toks.length && j <= end + 4; j++) {
    const t = toks[j]!;
    if (isTitle(t)) return true;
    // "the", "UN", "Managing", "High", "Верховный": words that may stand before the title.
    const modifier = t.lo === 'the' || t.cap || MODS_EN.has(t.lo) || !!c.gaz[j] || (t.cyr && RU_ADJ.test(t.lo));
    if (!modifier) return false;
  }
  return false;
}

// Initials: one capital (or "Дж") and a dot, optionally hyphen-joined ("M.-A."), 1–3 of them,
// with or without spaces; then particles ("ван дер", "de", "аль-") and the surname.
const UP_RU = '(?:Дж|[А-ЯЁ])\\.(?:-[А-ЯЁ]\\.)?';
const UP_EN = '[A-Z]\\.(?:-[A-Z]\\.)?';
const SPC = '[ \\u00a0]?';
const PART_RU =
  '(?:(?:фон|дер|де|ван|ди|да|дос|ла|ле|дель|тер|тен|цу|бин|ибн|бен|абу)[ \\u00a0])*(?:(?:аль|эль|ас|аш|ат|аз|ан|ар|ад|эд|эт|эр)-)?';
const PART_EN =
  '(?:(?:van|von|der|den|de|da|di|du|del|della|la|le|ter|ten|zu|bin|ibn|ben|abu)[ \\u00a0])*(?:(?:al|el|as|ash|at|az|an|ar|ad)-)?';
const SUR_RU = '[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)*';
const SUR_EN = "\\p{Lu}[\\p{Ll}’']+(?:-\\p{Lu}\\p{Ll}+)*";
const B = '(?<![\\p{L}\\d.])';
const A = '(?![\\p{L}\\d])';
const INITIALS: [RegExp, boolean][] = [
  [new RegExp(`${B}(?:${UP_RU}${SPC}){1,3}${PART_RU}${SUR_RU}${A}`, 'gu'), true],
  // "Лавров С.В."
  [new RegExp(`${B}${SUR_RU}[ \\u00a0][А-ЯЁ]\\.${SPC}[А-ЯЁ]\\.${A}`, 'gu'), true],
  [new RegExp(`${B}(?:${UP_EN}${SPC}){1,3}${PART_EN}${SUR_EN}${A}`, 'gu'), false],
];

const HAS_INITIAL = /(?:\p{Lu}|Дж)\./u;

export function initialsRule(c: LineCtx): void {
  if (!HAS_INITIAL.test(c.line)) return; // most lines have no capital followed by a dot
  for (const [rx, ru] of INITIALS) {
    if (ru ? !c.ru : !c.en) continue;
    for (const m of c.line.matchAll(rx)) {
      const s = m.index!;
      const e = s + m[0].length;
      if (/^(?:U\.[SNK]|E\.U)\./.test(m[0])) continue;
      // The surname (the last word, or the first in "Лавров С.В.") must not be a known
      // place/organisation or a common word.
      const inside = c.toks.map((t, k) => [t, k] as const).filter(([t]) => t.s >= s && t.e <= e && t.t.length > 1 && t.t !== 'Дж');
      const k = /\.$/.test(m[0]) ? inside[0]?.[1] : inside[inside.length - 1]?.[1];
      if (k === undefined || !nameLike(c, k)) continue;
      c.out.push({ s, e, type: 'person', pri: 5 });
    }
  }
}

/**
 * Lists of names with the surname in capitals: "САЛЛИВАН Джейк – помощник…", "ОСТИН Ллойд",
 * "SULLIVAN Jake". The capitals word must not be a known acronym, and the pair must open the
 * item or follow a comma, or the given name be a known one.
 */
export function capsListRule(c: LineCtx): void {
  const { toks, line } = c;
  for (let k = 0; k + 1 < toks.length; k++) {
    const t = toks[k]!;
    if (
      !t.acr ||
      (c.gaz[k] && c.gaz[k] !== 'person') ||
      SKIP.has(t.t) ||
      t.t.replace(/[-‐‑]/g, '').length < 3 ||
      !/[АЕЁИОУЫЭЮЯAEIOUY]/.test(t.t)
    )
      continue;
    if (!sp(c, k + 1) || !nameLike(c, k + 1) || toks[k + 1]!.cyr !== t.cyr) continue;
    const before = line.slice(k ? toks[k - 1]!.e : 0, t.s);
    const opens =
      k === 0
        ? /^[\s\d.)•·–—-]*$/.test(before)
        : /^[ \t\u00a0]*(?:[,;]|и|and)?[ \t\u00a0]*$/.test(before) &&
          (k === 0 || /[,;]/.test(before) || /^(?:и|and)$/.test(toks[k - 1]!.lo));
    if (!opens && !isFirst(c, k + 1)) continue;
    let end = k + 1;
    if (sp(c, k + 2) && PATRONYMIC.test(toks[k + 2]?.lo ?? '')) end = k + 2;
    add(c, 'person', k, end, 5);
  }
}

const COORD = /^(?:,[ \t\u00a0]*(?:and[ \t\u00a0]+|и[ \t\u00a0]+)?|[ \t\u00a0]+(?:and|и)[ \t\u00a0]+)$/;

/**
 * After overlaps are settled: a run of 2–4 name words coordinated with a found full name (", ",
 * " and ", " и ") is a name too, in both directions along the list. Runs over known places or
 * organisations, or of one word, are left alone ("Russia and China").
 */
export function coordinated(c: LineCtx, kept: Cand[]): Cand[] {
  if (!kept.some((x) => x.type === 'person')) return [];
  const { toks, line } = c;
  const taken = (s: number, e: number): boolean => kept.some((x) => x.s < e && s < x.e);
  const tokAt = (pos: number, start: boolean): number => toks.findIndex((t) => (start ? t.s === pos : t.e === pos));
  const nameRun = (i: number, dir: 1 | -1): [number, number] | null => {
    let a = i;
    let b = i;
    const ok = (k: number): boolean =>
      !!toks[k] && (nameLike(c, k) || (PARTICLES.has(toks[k]!.lo) && !toks[k]!.cap) || ARTICLE_NAME.test(toks[k]!.t));
    if (!nameLike(c, i) || c.gaz[i]) return null;
    if (dir === 1) while (b + 1 < toks.length && b - a < 3 && sp(c, b + 1) && ok(b + 1) && !c.gaz[b + 1]) b++;
    else while (a > 0 && b - a < 3 && sp(c, a) && ok(a - 1) && !c.gaz[a - 1]) a--;
    if (b === a || !nameLike(c, b) || !nameLike(c, a) || taken(toks[a]!.s, toks[b]!.e)) return null;
    // The run must end the name: no capitalised word right after it.
    if (sp(c, b + 1) && toks[b + 1]!.cap) return null;
    if (dir === -1 && a > 0 && sp(c, a) && toks[a - 1]!.cap) return null;
    return [a, b];
  };
  const out: Cand[] = [];
  const queue = kept.filter((x) => x.type === 'person' && toks.filter((t) => t.s >= x.s && t.e <= x.e && t.t.length > 1).length >= 2);
  while (queue.length) {
    const p = queue.shift()!;
    const first = tokAt(p.s, true);
    const last = tokAt(p.e, false);
    const conj = (k: number): boolean => toks[k]?.lo === 'and' || toks[k]?.lo === 'и';
    if (last >= 0 && last + 1 < toks.length) {
      const k = conj(last + 1) ? last + 2 : last + 1;
      const r = toks[k] && COORD.test(line.slice(toks[last]!.e, toks[k]!.s)) ? nameRun(k, 1) : null;
      if (r) queue.push(push(r));
    }
    if (first > 0) {
      const k = conj(first - 1) ? first - 2 : first - 1;
      const r = k >= 0 && COORD.test(line.slice(toks[k]!.e, toks[first]!.s)) ? nameRun(k, -1) : null;
      if (r) queue.push(push(r));
    }
  }
  return out;

  function push([a, b]: [number, number]): Cand {
    const cand: Cand = { s: toks[a]!.s, e: toks[b]!.e, type: 'person', pri: 3 };
    kept.push(cand);
    out.push(cand);
    return cand;
  }
}
