/** The toolbar popup's strings in English and Russian, chosen by the browser's UI language. */

const en = {
  lang: 'en' as 'en' | 'ru',
  appName: 'Briefing Lens',
  loading: 'Looking at this tab…',
  elsewhere:
    'Briefing Lens works on the Russian Foreign Ministry’s briefing pages on mid.ru. Open a briefing there to get its outline, entities and your notes.',
  briefing: 'Briefing',
  counts: (statements: number, pairs: number) => `${statements} statements, ${pairs} answers to questions`,
  notes: (n: number) =>
    n === 0
      ? 'No highlights or notes on this briefing yet.'
      : n === 1
        ? '1 highlight or note on this briefing'
        : `${n} highlights and notes on this briefing`,
  sidebarOpen: 'The sidebar is open.',
  sidebarClosed: 'The sidebar is closed.',
  openSidebar: 'Open the sidebar',
  closeSidebar: 'Close the sidebar',
  /** When the page does not say whether its sidebar is open (an older content script). */
  toggleSidebar: 'Open or close the sidebar',
  waiting: 'This ministry page has no briefing yet (it may still be loading).',
  notBriefing: 'This ministry page is not recognised as a briefing.',
  savePage: 'Save this page for a report',
  savePageHelp: 'Downloads the page as your browser has it, to attach to a bug report.',
  saved: 'Saved to your downloads.',
  failed: 'That did not work on this tab; reload the page and try again.',
  openLibrary: 'Notes library',
  addListed: (n: number) =>
    n === 1 ? 'Add the 1 transcript listed here to the archive' : `Add the ${n} transcripts listed here to the archive`,
  addedListed: 'The library adds them now, one page every 2 seconds.',
  addListedFailed: (reason: string) => `Not started: ${reason}`,
  backfillProgress: (next: number, total: number, status: 'queued' | 'running' | 'paused' | 'stopped') =>
    `Adding listed transcripts to the archive: ${next} of ${total}${
      status === 'paused' ? ' (paused; resume in the library)' : status === 'stopped' ? ' (stopped; see the library)' : ''
    }`,
};

export type PopupStrings = typeof en;

/** A number with the Russian noun form it takes (accusative after "добавить"): 1 стенограмму, 3 стенограммы, 5 стенограмм. */
const ruPlural = new Intl.PluralRules('ru');
function ruCount(n: number, one: string, few: string, many: string): string {
  const form = ruPlural.select(n);
  return `${n} ${form === 'one' ? one : form === 'few' ? few : many}`;
}

const ru: PopupStrings = {
  lang: 'ru',
  appName: 'Briefing Lens',
  loading: 'Смотрим вкладку…',
  elsewhere:
    'Briefing Lens работает на страницах брифингов МИД России на mid.ru. Откройте брифинг, чтобы увидеть его оглавление, упоминания и свои заметки.',
  briefing: 'Брифинг',
  counts: (statements: number, pairs: number) => `заявлений: ${statements}, ответов на вопросы: ${pairs}`,
  notes: (n: number) => (n === 0 ? 'На этом брифинге пока нет выделений и заметок.' : `Выделений и заметок на этом брифинге: ${n}`),
  sidebarOpen: 'Панель открыта.',
  sidebarClosed: 'Панель закрыта.',
  openSidebar: 'Открыть панель',
  closeSidebar: 'Закрыть панель',
  toggleSidebar: 'Открыть или закрыть панель',
  waiting: 'На этой странице МИД пока нет брифинга (возможно, она ещё загружается).',
  notBriefing: 'Эта страница МИД не распознана как брифинг.',
  savePage: 'Сохранить страницу для отчёта об ошибке',
  savePageHelp: 'Скачивает страницу в том виде, в каком её видит браузер, чтобы приложить к отчёту.',
  saved: 'Сохранено в загрузки.',
  failed: 'На этой вкладке не получилось; перезагрузите страницу и попробуйте снова.',
  openLibrary: 'Библиотека заметок',
  addListed: (n: number) => `Добавить в архив ${ruCount(n, 'стенограмму', 'стенограммы', 'стенограмм')} из этого списка`,
  addedListed: 'Библиотека добавляет их: по одной странице раз в 2 секунды.',
  addListedFailed: (reason: string) => `Не начато: ${reason}`,
  backfillProgress: (next: number, total: number, status: 'queued' | 'running' | 'paused' | 'stopped') =>
    `Стенограммы из списка добавляются в архив: ${next} из ${total}${
      status === 'paused'
        ? ' (пауза; продолжить можно в библиотеке)'
        : status === 'stopped'
          ? ' (остановлено; подробности в библиотеке)'
          : ''
    }`,
};

export function popupStringsFor(uiLanguage: string | undefined): PopupStrings {
  return uiLanguage?.toLowerCase().startsWith('ru') ? ru : en;
}
