/** Dates as the site writes them, English and Russian, to ISO `YYYY-MM-DD`. */
import { LETTER } from './normalize';

const MONTH_FIRST = new RegExp(`([${LETTER}]+)\\.? (\\d{1,2}),? ((?:19|20)\\d\\d)`);
const DAY_FIRST = new RegExp(`(\\d{1,2}) ([${LETTER}]+)\\.?,? ((?:19|20)\\d\\d)`);

const EN_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// Russian month stems: nominative (январь) and genitive (января) share them.
const RU_MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || y < 1990 || y > 2100) return null;
  // Day 0 of the next month is the last day of this one (leap years included).
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function monthIndex(word: string): number {
  const w = word.toLowerCase();
  const en = EN_MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w.replace(/\.$/, ''))));
  if (en >= 0) return en + 1;
  // Longest stem first so that "ма" (май/мая) does not swallow "март".
  let best = -1;
  let bestLen = 0;
  RU_MONTHS.forEach((stem, i) => {
    if (w.startsWith(stem) && stem.length > bestLen && w.length - stem.length <= 2) {
      best = i;
      bestLen = stem.length;
    }
  });
  return best >= 0 ? best + 1 : -1;
}

/** Whether a word is a month name, English or Russian, in any case form. */
export const isMonth = (word: string): boolean => monthIndex(word) > 0;

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** The first date in `text`, in any of the site's formats. */
export function findDate(text: string): FoundDate | null {
  const candidates: FoundDate[] = [];
  const push = (m: RegExpExecArray | null, y: string, mo: number, d: string) => {
    if (!m) return;
    const v = iso(Number(y), mo, Number(d));
    if (v) candidates.push({ iso: v, index: m.index, length: m[0].length });
  };
  let m: RegExpExecArray | null;
  // "August 5, 2021" / "Aug. 5, 2021"
  m = MONTH_FIRST.exec(text);
  if (m && monthIndex(m[1]) > 0) push(m, m[3], monthIndex(m[1]), m[2]);
  // "5 August 2021", "17 ноября 2021 года"
  m = DAY_FIRST.exec(text);
  if (m && monthIndex(m[2]) > 0) push(m, m[3], monthIndex(m[2]), m[1]);
  // "17.11.2021"
  m = /(?<!\d)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?!\d)/.exec(text);
  if (m) push(m, m[3], Number(m[2]), m[1]);
  // "2021-11-17"
  m = /(?<!\d)((?:19|20)\d\d)-(\d{2})-(\d{2})(?!\d)/.exec(text);
  if (m) push(m, m[1], Number(m[2]), m[3]);
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0] ?? null;
}

/** The date a document number carries (`1550-05-08-2021` → 2021-08-05). */
export function dateFromDocNumber(doc: string): string | null {
  const m = /^\d{1,4}-(\d{2})-(\d{2})-(\d{4})$/.exec(doc);
  return m ? iso(Number(m[3]), Number(m[2]), Number(m[1])) : null;
}

/** Every date in `text`, in order (a title's own date is its last one). */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (let from = 0; from < text.length; ) {
    const d = findDate(text.slice(from));
    if (!d) break;
    out.push({ ...d, index: d.index + from });
    from += d.index + d.length;
  }
  return out;
}

/**
 * A status line: a date with the time glued on or after it. Liferay renders
 * `<span>13.10.21<i>14:05</i></span>` as "13.10.2114:05" (two-digit year), and
 * `<span>5 August 2021<i>16:46</i></span>` as "5 August 202116:46".
 */
export function statusLine(text: string): { date: string | null; time: string | null } | null {
  const short = /^(\d{1,2})\.(\d{2})\.(\d{2}|\d{4})\s*(?:([01]?\d|2[0-3]):([0-5]\d))?$/.exec(text);
  if (short) {
    const y = short[3].length === 2 ? 2000 + Number(short[3]) : Number(short[3]);
    return { date: iso(y, Number(short[2]), Number(short[1])), time: short[4] ? `${short[4].padStart(2, '0')}:${short[5]}` : null };
  }
  const d = findDate(text);
  if (!d) return null;
  const tm = /([01]?\d|2[0-3]):([0-5]\d)/.exec(text.slice(d.index + d.length));
  return { date: d.iso, time: tm ? `${tm[1].padStart(2, '0')}:${tm[2]}` : null };
}
