/**
 * Dates in English and Russian: "November 10, 2021", "July 28-30, 2021", "5 August 2021",
 * "August 2008", "1995", "the 1990s", "17.11.2021", "12 ноября 2021 года", "2–3 декабря",
 * "с 24 по 28 ноября" (the span starts at the first day), "в ноябре 2021 года", "в 2021 году".
 * Relative expressions ("one month", "next week") are not dates.
 */
import type { Cand } from './types';
import { MONTHS_EN, MONTHS_RU } from './data/lexicon';

const MONTHS = MONTHS_EN.split(' ');
const M_EN = `(${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})`;
const M_RU_GEN = `(${MONTHS_RU.split(' ').join('|')})`;
const M_RU_ANY = '((?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)[ьея]|(?:март|август)[еа]?|ма[йея])';
const B = '(?<![\\p{L}\\d])';
const A = '(?![\\p{L}\\d])';
const SP = '[ \\t\\u00a0]+';
const DASH = '[ \\t\\u00a0]*[-–—‐‑][ \\t\\u00a0]*';
const ORD = '(?:st|nd|rd|th)?';
const D = '(\\d{1,2})';
const Y = '(\\d{4})';
const GOD = '(?:[ \\t\\u00a0]?(?:годах|годов|годы|годом|году|года|год|гг\\.|г\\.))';

const re = (src: string): RegExp => new RegExp(src, 'gu');

// Each pattern with the roles of its groups: y/m/d of the start and of the end of a range.
type Role = 'y' | 'm' | 'd' | 'y2' | 'm2' | 'd2';
// The third field: what a line must hold for the pattern to be tried (a digit, an English or a
// Russian month name; checked once per line, most lines have none). The fourth: the span is only
// the last group (the month after a preposition).
type Need = 'd' | 'y' | 'e' | 'r' | 'de' | 'dr';
const PATTERNS: [RegExp, Role[], Need, boolean?][] = [
  [re(`${B}${M_EN}${SP}${D}${ORD}(?:${DASH}(?:${M_EN}${SP})?${D}${ORD})?(?:,?${SP}${Y})?${A}`), ['m', 'd', 'm2', 'd2', 'y'], 'de'],
  [re(`${B}${D}${ORD}(?:${DASH}${D}${ORD})?${SP}(?:of${SP})?${M_EN}(?:,?${SP}${Y})?${A}`), ['d', 'd2', 'm', 'y'], 'de'],
  [re(`${B}${M_EN}(?:${SP}of)?${SP}${Y}${A}`), ['m', 'y'], 'de'],
  [re(`${B}${D}\\.(\\d{1,2})\\.${Y}${A}`), ['d', 'm', 'y'], 'y'],
  [re(`${B}((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)${A}(?![-‐]\\d)`), ['y', 'm', 'd'], 'y'],
  [
    re(`${B}${D}(?:${DASH}${D}|${SP}(?:и|по)${SP}${D})?${SP}${M_RU_GEN}(?:${DASH}${D}${SP}${M_RU_GEN})?(?:${SP}${Y}${GOD}?)?${A}`),
    ['d', 'd2', 'd2', 'm', 'd2', 'm2', 'y'],
    'dr',
  ],
  // Month ranges: "March-April 2022", "март-апрель 2022 г.", "в марте–апреле 2022 года".
  [re(`${B}${M_EN}${DASH}${M_EN},?${SP}${Y}${A}`), ['m', 'm2', 'y'], 'de'],
  [re(`${B}${M_RU_ANY}${DASH}${M_RU_ANY}${SP}${Y}${GOD}?${A}`), ['m', 'm2', 'y'], 'dr'],
  [re(`${B}${M_RU_ANY}${SP}${Y}${GOD}?${A}`), ['m', 'y'], 'dr'],
  // A month alone after a preposition: "in January", "since March", "в ноябре", "до декабря".
  // (The preposition is matched, not looked behind for; the span starts at the month.)
  [
    re(
      `${B}(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id|[Ee]nd of|[Bb]eginning of)[ \\t\\u00a0]+${M_EN}${A}(?![ \\t\\u00a0]+\\d)`,
    ),
    ['m'],
    'e',
    true,
  ],
  [
    re(`${B}(?:[Вв]о?|[Дд]о|[Сс]|[Кк]|[Пп]осле|[Нн]ачале|[Кк]онце|[Сс]ередине)[ \\t\\u00a0]+${M_RU_ANY}${A}(?![ \\t\\u00a0]+\\d)`),
    ['m'],
    'r',
    true,
  ],
  [re(`${B}${Y}(?:${DASH}(\\d{2,4}))?${GOD}${A}`), ['y', 'y2'], 'y'],
  [re(`${B}(\\d{3}0)-(?:х|е)${GOD}?${A}`), ['y'], 'y'], // "1990-х годах"
];
const HAS_EN = /January|February|March|April|May|June|July|August|September|October|November|December/;
const HAS_RU = /январ|феврал|март|апрел|(?<![а-яё])ма[йяе](?![а-яё])|июн|июл|август|сентябр|октябр|ноябр|декабр/i;
// A bare year (or decade, or range of years), when it is not a count of something.
const YEAR_RE = /(?<![\p{L}\d.,:/#№$€£+])(?<!\d[-–—])(1[89]\d\d|20\d\d)(?:(s)|[ \t]*[-–—][ \t]*(\d{4}|\d\d))?(?![\p{L}\d%]|[.,:/]\d)/gu;
const UNIT_RE =
  /^[ \t\u00a0]+(?:people|persons|troops|soldiers|civilians|refugees|migrants|tonnes|tons|km|dollars|euros|roubles|rubles|copies|cases|units|times|members|participants|children|человек|тонн|км|долларов|евро|рублей|раз|штук|участников|детей)(?![\p{L}\d])/u;

function month(w: string): number {
  const lo = w.toLowerCase();
  const en = MONTHS.indexOf(lo);
  if (en >= 0) return en + 1;
  if (lo.startsWith('мар')) return 3;
  return ['янв', 'фев', '', 'апр', 'ма', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'].findIndex((p) => p && lo.startsWith(p)) + 1;
}

export function findDates(line: string, out: Cand[]): void {
  const dg = /\d/.test(line);
  const year = dg && /\d{4}/.test(line);
  const en = HAS_EN.test(line);
  const ru = HAS_RU.test(line);
  for (const [rx, roles, need, tail] of PATTERNS) {
    if ((need[0] === 'd' && !dg) || (need.endsWith('e') && !en) || (need.endsWith('r') && !ru) || (need === 'y' && !year)) continue;
    for (const m of line.matchAll(rx)) {
      const v: Record<Role, number> = { y: 0, m: 0, d: 0, y2: 0, m2: 0, d2: 0 };
      roles.forEach((role, k) => {
        const g = m[k + 1];
        if (g) v[role] = /^\d+$/.test(g) ? Number(g) : month(g);
      });
      if (v.m > 12 || v.d > 31 || v.m2 > 12 || v.d2 > 31) continue;
      if (v.y2 && v.y2 < 100) v.y2 += Math.floor(v.y / 100) * 100;
      if (v.d2 && !v.m2) v.m2 = v.m;
      const e = m.index! + m[0].length;
      const s = tail ? e - m[1]!.length : m.index!;
      out.push({ s, e, type: 'date', pri: tail ? 4 : 6, date: [v.y, v.m, v.d, v.y2, v.m2, v.d2] });
    }
  }
  if (!year) return;
  for (const m of line.matchAll(YEAR_RE)) {
    const e = m.index! + m[0].length;
    if (UNIT_RE.test(line.slice(e))) continue;
    const y = Number(m[1]!);
    let y2 = m[3] ? Number(m[3]) : 0;
    if (y2 && y2 < 100) y2 += Math.floor(y / 100) * 100;
    if (y2 && y2 <= y) continue; // "2021-20" is not a range of years
    out.push({ s: m.index!, e, type: 'date', pri: 5, date: [y, 0, 0, y2 || (m[2] ? y + 9 : 0), 0, 0] });
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO-like key of a date tuple: "2021-11-10", "2021-07-28/2021-07-30", "2021-11", "1990/1999". */
export function dateKey(d: number[]): string {
  const one = (y: number, m: number, dd: number): string =>
    (y ? String(y) : '-') + (m ? `-${pad(m)}` : '') + (m && dd ? `-${pad(dd)}` : '');
  const [y = 0, m = 0, dd = 0, y2 = 0, m2 = 0, d2 = 0] = d;
  const a = one(y, m, dd);
  return y2 || m2 || d2 ? `${a}/${one(y2 || y, m2 || m, d2)}` : a;
}
