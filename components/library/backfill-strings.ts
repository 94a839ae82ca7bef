/**
 * The backfill panel's strings (the library page) in English and Russian. One typed table: a key
 * missing from the Russian one fails the type check.
 */
import type { BackfillStop } from '../../lib/library/backfill-job';

export interface BackfillStrings {
  heading: string;
  progressLabel: string;
  progress: (done: number, total: number) => string;
  queued: string;
  running: string;
  paused: string;
  cancelled: string;
  elsewhere: string;
  summary: (kept: number, unchanged: number, notTranscript: number) => string;
  stopped: (stop: BackfillStop) => string;
  pause: string;
  resume: string;
  cancel: string;
  dismiss: string;
}

const en: BackfillStrings = {
  heading: 'Adding transcripts from the site’s list',
  progressLabel: 'Transcripts fetched',
  progress: (done, total) => `${done} of ${total}`,
  queued: 'Starting…',
  running: 'Fetching one page every 2 seconds, one at a time.',
  paused: 'Paused. Resume continues with the next page.',
  cancelled: 'Cancelled. The transcripts fetched so far stay in the archive.',
  elsewhere: 'Running in another library tab.',
  summary: (kept, unchanged, notTranscript) =>
    `${[
      `${kept} added`,
      unchanged ? `${unchanged} already in the archive` : '',
      notTranscript ? `${notTranscript} not a transcript (skipped)` : '',
    ]
      .filter(Boolean)
      .join(', ')}.`,
  stopped: (s) => {
    const where = `Stopped at ${s.at} of ${s.total}`;
    switch (s.kind) {
      case 'interstitial':
        return `${where}: the site showed its “Data processing… Please, wait” check instead of the transcript. Open the site in a tab until it passes, then resume.`;
      case 'http':
        return `${where}: the site answered ${s.status ?? '?'} for this page. Resume to try it again.`;
      case 'fetch':
        return `${where}: the page could not be fetched (${s.detail || 'network error'}). Check the connection, then resume.`;
      case 'keep':
        return `${where}: the page could not be kept (${s.detail || 'error'}). Resume to try it again.`;
    }
  },
  pause: 'Pause',
  resume: 'Resume',
  cancel: 'Cancel',
  dismiss: 'Close',
};

const ru: BackfillStrings = {
  heading: 'Добавление стенограмм из списка сайта',
  progressLabel: 'Загружено стенограмм',
  progress: (done, total) => `${done} из ${total}`,
  queued: 'Начинаем…',
  running: 'Загружаем по одной странице раз в 2 секунды.',
  paused: 'Пауза. После продолжения загрузится следующая страница.',
  cancelled: 'Отменено. Уже загруженные стенограммы остаются в архиве.',
  elsewhere: 'Идёт в другой вкладке библиотеки.',
  summary: (kept, unchanged, notTranscript) =>
    `${[
      `Добавлено: ${kept}`,
      unchanged ? `уже были в архиве: ${unchanged}` : '',
      notTranscript ? `пропущено (не стенограммы): ${notTranscript}` : '',
    ]
      .filter(Boolean)
      .join(', ')}.`,
  stopped: (s) => {
    const where = `Остановлено на ${s.at} из ${s.total}`;
    switch (s.kind) {
      case 'interstitial':
        return `${where}: вместо стенограммы сайт показал проверку «Data processing… Please, wait». Откройте сайт во вкладке, дождитесь, пока проверка пройдёт, и продолжите.`;
      case 'http':
        return `${where}: сайт ответил кодом ${s.status ?? '?'} на эту страницу. Продолжите, чтобы попробовать снова.`;
      case 'fetch':
        return `${where}: страницу не удалось загрузить (${s.detail || 'ошибка сети'}). Проверьте соединение и продолжите.`;
      case 'keep':
        return `${where}: страницу не удалось сохранить (${s.detail || 'ошибка'}). Продолжите, чтобы попробовать снова.`;
    }
  },
  pause: 'Пауза',
  resume: 'Продолжить',
  cancel: 'Отменить',
  dismiss: 'Закрыть',
};

export function backfillStringsFor(uiLanguage: string | undefined): BackfillStrings {
  return uiLanguage?.toLowerCase().startsWith('ru') ? ru : en;
}
