/** UI strings in English and Russian, chosen by the browser's UI language. */

const en = {
  appName: 'Briefing Lens',
  toc: 'Table of contents',
  statements: 'Statements',
  answers: 'Answers to questions',
  untitledOpening: 'Opening remarks',
  untitledPair: 'Question',
  speaker: 'Speaker',
  place: 'Place',
  date: 'Date',
  time: 'Time',
  docNumber: 'Document',
  language: 'Article language',
  followUps: (n: number) => (n === 1 ? '1 follow-up' : `${n} follow-ups`),
  notOnPage: 'not found on the page',
  close: 'Close sidebar',
};

export type Strings = typeof en;

const ru: Strings = {
  appName: 'Briefing Lens',
  toc: 'Оглавление',
  statements: 'Заявления',
  answers: 'Ответы на вопросы',
  untitledOpening: 'Вступление',
  untitledPair: 'Вопрос',
  speaker: 'Выступающий',
  place: 'Место',
  date: 'Дата',
  time: 'Время',
  docNumber: 'Документ',
  language: 'Язык статьи',
  followUps: (n: number) => `уточняющих вопросов: ${n}`,
  notOnPage: 'не найдено на странице',
  close: 'Закрыть панель',
};

export function stringsFor(uiLanguage: string | undefined): Strings {
  return uiLanguage?.toLowerCase().startsWith('ru') ? ru : en;
}
