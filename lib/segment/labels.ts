import { LETTER, LOWER, UPPER, WORD_END } from './normalize';

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

/**
 * A question label: `Question:`, `Вопрос:`, with an optional marker word before it
 * ("Follow-up question:", "Уточняющий вопрос:"), a few words after it ("Question from RIA
 * Novosti:") and a bracketed qualifier ("Вопрос (перевод с английского):", "Question (RIA
 * Novosti):"). The label itself stays short; a colon far into a sentence is not a label.
 */
const FOLLOW_UP_WORD = '(follow-up|follow up|additional|supplementary|clarifying|уточняющий|дополнительный|встречный)';
const QUESTION_LABEL = new RegExp(
  `^(?:${FOLLOW_UP_WORD}\\s+)?(?:question|вопрос)${WORD_END}((?:\\s+[^\\s:()]{1,25}){0,4}?)\\s*(?:\\(([^()]{1,80})\\))?\\s*:\\s*`,
  'i',
);

/** Qualifier parts that mark a follow-up. */
const FOLLOW_UP_QUALIFIER = /^(?:follow[- ]?up|continued|additional|clarification|вдогонку|уточнени[ея]|продолжение|дополнительный)$/i;
/**
 * Who asked is a name — an outlet or a person, capitalised ("RIA Novosti", "ТАСС", "Globo TV");
 * how the question was put is not ("in English", "перевод с английского", "follow-up").
 */
const ASKER = new RegExp(`^[${UPPER}\\d]`);

export interface QuestionLabel {
  /** The question after its label. */
  text: string;
  /** Who asked, when the label names it ("RIA Novosti", "ТАСС"). */
  asker: string | null;
  /** The label itself marks a follow-up ("Follow-up question:", "Вопрос (вдогонку):"). */
  followUp: boolean;
}

export function questionLabel(t: string): QuestionLabel | null {
  const m = QUESTION_LABEL.exec(t);
  if (!m) return null;
  let followUp = Boolean(m[1]);
  const askers: string[] = [];
  const words = (m[2] ?? '').trim();
  const from = /^(?:from|от)\s+(.+)$/i.exec(words);
  if (from) askers.push(from[1]);
  for (const part of (m[3] ?? '').split(/[,;]\s*/)) {
    const q = part.trim();
    if (!q) continue;
    if (FOLLOW_UP_QUALIFIER.test(q)) followUp = true;
    else if (ASKER.test(q)) askers.push(q);
  }
  return { text: t.slice(m[0].length), asker: askers.length ? askers.join(', ') : null, followUp };
}

/**
 * An answer label: a speaker's name, an optional qualifier and a colon. Names are initials +
 * surname in either order ("М.В.Захарова:", "Захарова М.В.:"), 2–3 capitalised words ("Maria
 * Zakharova:", "Мария Захарова:"), or the bare "Ответ:"/"Answer:". Qualifiers: "(перевод с
 * английского языка)", "(adds)", "(отвечая на вопрос)", "(in English)".
 */
const NAME_WORD = `[${UPPER}][${LOWER}’'-]+`;
const INITIALS = `(?:[${UPPER}]\\.\\s?){1,2}`;
const ANSWER_LABEL = new RegExp(
  `^(${INITIALS}\\s?${NAME_WORD}|${NAME_WORD} ${INITIALS}|${NAME_WORD}(?:[ -](?:${NAME_WORD}|[${UPPER}]\\.)){1,2}|Ответ|Answer)\\s*(?:\\([^()]{1,60}\\))?\\s*:\\s*`,
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
  return questionLabel(t)?.text ?? null;
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

/** Title of a briefing page (strong signal); other kinds and weak mentions are read in title.ts. */
const TITLE_STRONG = new RegExp(`^(?:briefing by|брифинг)${WORD_END}`, 'i');
export const isBriefingTitle = (t: string): boolean => TITLE_STRONG.test(t);
