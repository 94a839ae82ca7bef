/**
 * One date format per UI language, everywhere dates are shown (library, popup, sidebar,
 * citations): "14 March 2024" in English, "14 марта 2024 г." in Russian. Written out rather
 * than left to `Intl`, whose output differs between browsers and their versions
 * ("March 14, 2024" in en-US Chromium). Pure.
 */

export type DateLanguage = 'en' | 'ru';

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** 'ru' for any Russian language tag ("ru", "ru-RU"), else 'en'. */
export function dateLanguage(lang: string | null | undefined): DateLanguage {
  return lang?.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

/**
 * An ISO date (`YYYY-MM-DD`, or a longer ISO string of which the date part is taken as written)
 * in the language's format; null when it is not a real calendar date.
 */
export function formatDate(iso: string | null | undefined, lang: string): string | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(iso) : null;
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return dateLanguage(lang) === 'ru' ? `${day} ${RU_MONTHS[month - 1]} ${year} г.` : `${day} ${EN_MONTHS[month - 1]} ${year}`;
}

/** A moment (ms since the epoch) as its local calendar date, in the same format. */
export function formatDay(ms: number, lang: string): string | null {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatDate(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, lang);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
