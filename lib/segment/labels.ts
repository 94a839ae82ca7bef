import { LETTER, LOWER, UPPER } from './normalize';

/**
 * Label strings of mid.ru briefings in English and Russian (see ../shared/notes/site.md §3.4 and
 * §3.5). Each test takes space-normalised text. Kept as data-like regexes in one place so a new
 * variant seen on the site is a one-line change.
 */

const TOC_LABEL = /^(?:table of contents|contents|содержание|оглавление)\s*:?$/i;

const QA_LABEL = new RegExp(
  '^(?:' +
    [
      '(?:from |excerpts from )?(?:the )?answers to (?:the |media )?questions(?: from (?:the )?media)?',
      'from (?:the )?answers to (?:the )?questions',
      'answers to questions from (?:the )?media',
      '(?:из )?ответ(?:ов|ы) на вопросы(?: сми| журналистов)?',
    ].join('|') +
    ')\\s*:?$',
  'i',
);

const BACK_LINK = /^(?:back to (?:the )?(?:top|(?:table of )?contents)|(?:назад )?к оглавлению|наверх|к началу)\s*$/i;

/** `Question:` / `Вопрос:` / `Вопрос (перевод с английского):` — qualifier allowed, label ≤ 40 chars. */
const QUESTION_LABEL = new RegExp(`^(?:question|вопрос)(?:[ ${LETTER}.()]{0,40}?)?\\s*:\\s*`, 'i');

/**
 * An answer label: a speaker's name and a colon. Names are 1–3 capitalised words
 * ("Maria Zakharova:", "Alexander Bikantov:") or Russian initials + surname ("М.В.Захарова:",
 * "М. В. Захарова:"), or the bare "Ответ:"/"Answer:".
 */
const NAME_WORD = `[${UPPER}][${LOWER}’'-]+`;
const ANSWER_LABEL = new RegExp(
  `^((?:[${UPPER}]\\.\\s?){1,2}\\s?${NAME_WORD}|${NAME_WORD}(?:[ -](?:${NAME_WORD}|[${UPPER}]\\.)){1,2}|Ответ|Answer)\\s*:\\s*`,
);

/** Site chrome that can leak into a text rendering (era C Russian and English, era B). */
const CHROME = [
  /^дополнительные материалы$/i,
  /^[•·]?\s*фото$/i,
  /^[•·]?\s*видео$/i,
  /^фотоальбом$/i,
  /^\d+ из \d+ фотографи[йя] в альбоме$/i,
  /^некорректно указаны даты$/i,
  /^дополнительные инструменты поиска$/i,
  /^additional materials$/i,
  /^[•·]?\s*photos?$/i,
  /^[•·]?\s*video$/i,
  /^photo ?album$/i,
  /^\d+ of \d+ photos? in (?:the )?album$/i,
  /^incorrect dates?(?: specified)?$/i,
  /^additional search tools$/i,
  /^asset publisher$/i,
  /^[•·]?\s*(?:[a-z]{2}-[A-Z]{2}\d*\s*){2,}$/,
  /^министерство иностранных дел российской федерации$/i,
];

export const isTocLabel = (t: string): boolean => TOC_LABEL.test(t);
export const isQaLabel = (t: string): boolean => QA_LABEL.test(t);
export const isBackLink = (t: string): boolean => BACK_LINK.test(t);
export const isChromeText = (t: string): boolean => CHROME.some((re) => re.test(t));

/** The question text after its label, or null when the block is not a question. */
export function questionText(t: string): string | null {
  const m = QUESTION_LABEL.exec(t);
  return m ? t.slice(m[0].length) : null;
}

/** The speaker name of an answer label and the text after it, or null. */
export function answerLabel(t: string): { speaker: string; rest: string } | null {
  const m = ANSWER_LABEL.exec(t);
  if (!m) return null;
  return { speaker: m[1].replace(/\s+/g, ' ').trim(), rest: t.slice(m[0].length) };
}

/** Time of day alone on a line (`16:46`). */
export const TIME_ONLY = /^([01]?\d|2[0-3]):([0-5]\d)$/;
/** The site's document number, `NNNN-DD-MM-YYYY`. */
export const DOC_NUMBER = /^(\d{1,4})-(\d{2})-(\d{2})-(\d{4})$/;

/** Title of a briefing page (strong signal); `briefing|брифинг` anywhere is a weak one. */
const TITLE_STRONG = /^(?:briefing by|брифинг)\b/iu;
export const isBriefingTitle = (t: string): boolean => TITLE_STRONG.test(t);
export const mentionsBriefing = (t: string): boolean => /briefing|брифинг/i.test(t);
