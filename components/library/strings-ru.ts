/** The notes library's Russian strings (the English ones, and the type, are in strings.ts). */
import type { ImportErrorCode, RejectCode } from '../../lib/library/w3c';
import type { SortOrder } from '../../lib/library/sort';
import { MAX_NOTE_CHARS, MAX_QUOTE_CHARS, MAX_TAG_CHARS, MAX_TAGS, type LimitProblem } from '../../lib/store/limits';
import type { LibraryStrings } from './strings';
import { fieldName, formatCount, ruPlural } from './strings-util';

const RU_FIELDS: Record<string, string> = {
  created: 'дата',
  modified: 'дата',
  'bl:created': 'дата',
  'bl:updated': 'дата',
  date: 'дата',
  firstSeen: 'дата',
  lastSeen: 'дата',
  'target.selector': 'место в тексте',
  selectors: 'место в тексте',
  target: 'адрес',
  url: 'адрес',
  source: 'адрес',
  body: 'заметка или метки',
  bodyValue: 'заметка',
  note: 'заметка',
  tags: 'метки',
  'bl:section': 'раздел',
  section: 'раздел',
  sections: 'разделы',
  'bl:quote': 'цитата',
  quote: 'цитата',
  entities: 'список имён',
  title: 'название',
  speaker: 'выступающий',
  id: 'id',
  key: 'id',
  '': 'содержимое',
};

export const ru: LibraryStrings = {
  lang: 'ru',
  pageTitle: 'Библиотека заметок — Briefing Lens',
  heading: 'Библиотека заметок',
  appName: 'Briefing Lens',
  views: 'Разделы библиотеки',
  tabHighlights: 'Выделения',
  tabBriefings: 'Брифинги',
  tabTransfer: 'Экспорт и импорт',
  loading: 'Загружаем заметки…',
  loadFailed: (why: string) => `Не удалось загрузить заметки: ${why}`,
  loadingRest: (n: number) => `Показаны последние брифинги; загружаем все выделения (${n})…`,
  searchRegion: 'Поиск и отбор выделений',
  searchLabel: 'Поиск по выделениям',
  searchPlaceholder: 'Слова цитаты, заметки или метки…',
  searchHelp: 'Должны совпасть все слова; достаточно начала слова.',
  filters: 'Отбор',
  tag: 'Метка',
  anyTag: 'Любая метка',
  colour: 'Цвет',
  colorName: { yellow: 'Жёлтый', green: 'Зелёный', blue: 'Синий', pink: 'Розовый', purple: 'Фиолетовый' } satisfies Record<string, string>,
  speaker: 'Выступающий',
  anySpeaker: 'Любой выступающий',
  dateFrom: 'Брифинги с',
  dateTo: 'Брифинги по',
  briefing: 'Брифинг',
  allBriefings: 'Все брифинги',
  clearFilters: 'Сбросить поиск и отбор',
  results: (n: number, groups: number) =>
    n === 0
      ? 'Подходящих выделений нет.'
      : `${ruPlural(n, 'выделение', 'выделения', 'выделений')} в ${ruPlural(groups, 'брифинге', 'брифингах', 'брифингах')}`,
  emptyLibrary: 'Выделений пока нет. Выделите текст брифинга на mid.ru — он появится здесь.',
  listHelp: 'Стрелки — по списку; Enter — открыть.',
  untitledBriefing: 'Брифинг без названия',
  groupMeta: (n: number) => ruPlural(n, 'выделение', 'выделения', 'выделений'),
  openBriefingPrefix: 'Открыть брифинг: ',
  openHighlightPrefix: 'Открыть в брифинге: ',
  noteLabel: 'Заметка',
  tagsLabel: 'Метки',
  noSection: 'Вне разделов',
  entityRegion: 'Брифинги по упоминаниям',
  entityLabel: 'Человек, место или организация',
  entityPlaceholder: 'например, ОБСЕ, Лавров, Казахстан',
  entityType: 'Тип',
  entityTypes: { all: 'Все типы', person: 'Люди', place: 'Места', organization: 'Организации', date: 'Даты' } satisfies Record<
    string,
    string
  >,
  entityKind: { person: 'человек', place: 'место', organization: 'организация', date: 'дата', number: 'число', other: 'другое' } as Record<
    string,
    string
  >,
  entitiesHeading: (shown: number, total: number) =>
    shown === total ? `Упоминания в прочитанных брифингах (${total})` : `Упоминания (${shown} из ${total})`,
  entityStats: (briefings: number, mentions: number) =>
    `${ruPlural(briefings, 'брифинг', 'брифинга', 'брифингов')}, ${ruPlural(mentions, 'упоминание', 'упоминания', 'упоминаний')}`,
  chooseEntityPrefix: 'Показать брифинги, где упоминается ',
  noEntities:
    'Ни один брифинг ещё не проиндексирован. Откройте брифинги на mid.ru: каждый прочитанный попадает сюда, с выделениями или без.',
  noEntityMatch: 'Ничего не найдено.',
  mentioningHeading: (label: string, n: number) => `Брифинги, где упоминается ${label} (${n})`,
  mentions: (n: number) => ruPlural(n, 'упоминание', 'упоминания', 'упоминаний'),
  showHighlights: (n: number) => `Показать ${ruPlural(n, 'выделение', 'выделения', 'выделений')}`,
  noHighlightsHere: 'Выделений нет',
  moreEntities: (n: number) => `Ещё ${n}: уточните запрос.`,
  exportHeading: 'Экспорт',
  exportWhat: 'Что экспортировать',
  exportAll: (n: number) => `Всё (${ruPlural(n, 'выделение', 'выделения', 'выделений')} и указатель брифингов)`,
  exportResults: (n: number) => `Текущий поиск и отбор (${ruPlural(n, 'выделение', 'выделения', 'выделений')})`,
  exportBriefing: 'Один брифинг',
  exportWhichBriefing: 'Какой брифинг',
  exportFormat: 'Формат',
  formatJson: 'W3C Web Annotation (JSON): можно импортировать обратно',
  formatMarkdown: 'Markdown: для чтения и текстов',
  exportButton: 'Экспортировать',
  exported: (n: number, name: string) => `Экспортировано: ${ruPlural(n, 'выделение', 'выделения', 'выделений')} в ${name}.`,
  importHeading: 'Импорт',
  importLabel: 'Выберите файл аннотаций W3C (JSON) для импорта',
  importHelp: 'Экспорт Briefing Lens и аннотации W3C к брифингам mid.ru. Перед сохранением вы увидите, что изменится.',
  importReading: 'Читаем файл…',
  previewHeading: (name: string) => `Что изменит импорт файла ${name}`,
  previewAnnotations: (n: number) => `В файле ${ruPlural(n, 'аннотация', 'аннотации', 'аннотаций')}.`,
  bucketNew: 'новые',
  bucketUpdated: 'обновлённые (заменят ваши)',
  bucketUnchanged: 'без изменений',
  bucketOlder: 'старее ваших (ваши сохранятся)',
  bucketRejected: 'отклонены',
  highlightsLabel: 'Выделения',
  briefingsLabel: 'Записи указателя брифингов',
  rejectedHeading: (n: number) => `Отклонены (${n}): не будут импортированы`,
  rejectedItem: (kind: 'annotation' | 'briefing', index: number) =>
    kind === 'annotation' ? `Аннотация ${index + 1}` : `Запись брифинга ${index + 1}`,
  rejectedMore: (n: number) => `…и ещё ${n}.`,
  applyImport: (n: number) => `Импортировать (${ruPlural(n, 'изменение', 'изменения', 'изменений')})`,
  nothingToApply: 'Импортировать нечего: всё из файла уже есть или отклонено.',
  cancelImport: 'Отмена',
  applying: 'Импортируем…',
  applied: (h: number, b: number) =>
    `Импортировано: ${ruPlural(h, 'выделение', 'выделения', 'выделений')}, ${ruPlural(b, 'запись брифинга', 'записи брифингов', 'записей брифингов')}.`,
  applyFailed: (why: string) => `Ничего не импортировано: ${why}`,
  cancelled: 'Импорт отменён; ничего не изменилось.',
  importError: (code: ImportErrorCode, detail: string): string => {
    switch (code) {
      case 'too-big':
        return `Файл слишком велик для импорта (${detail}). Ничего не изменилось.`;
      case 'not-json':
        return 'Файл не удалось прочитать: это не экспорт Briefing Lens и не файл аннотаций W3C (они в текстовом формате JSON). Ничего не изменилось.';
      case 'shape':
        return 'В файле есть данные, но не аннотации: выберите экспорт Briefing Lens или файл аннотаций W3C. Ничего не изменилось.';
      case 'too-many':
        return `В файле больше аннотаций, чем можно импортировать за раз (${detail}). Разделите его и импортируйте по частям. Ничего не изменилось.`;
      case 'duplicate-ids':
        return 'В файле одна и та же аннотация встречается дважды с разным содержимым — непонятно, какую сохранить. Ничего не изменилось.';
      case 'duplicate-briefings':
        return 'В файле один и тот же брифинг встречается дважды — непонятно, какой сохранить. Ничего не изменилось.';
    }
  },
  technicalDetails: 'Подробности',
  rejectReason: (code: RejectCode, detail: string): string => {
    switch (code) {
      case 'invalid':
      case 'bad-briefing':
        return `Повреждено или записано в незнакомом виде поле «${fieldName(detail, RU_FIELDS)}».`;
      case 'markup':
        return detail === 'tag'
          ? 'Метка содержит HTML-код; метки должны быть простым текстом.'
          : 'Заметка содержит HTML-код; заметки должны быть простым текстом.';
      case 'not-briefing':
        return 'Относится к странице, которая не является брифингом на mid.ru.';
      case 'no-quote':
        return 'Не отмечает никакой цитаты — выделять нечего.';
      case 'several-targets':
        return 'Отмечает сразу несколько мест; Briefing Lens выделяет одно.';
      case 'note-too-long':
        return `Заметка длиной ${formatCount(detail, 'ru')} знаков; сохранить можно не больше ${MAX_NOTE_CHARS.toLocaleString('ru')}.`;
      case 'too-many-tags':
        return `Меток: ${detail}; сохранить можно не больше ${MAX_TAGS}.`;
      case 'tag-too-long':
        return `Метка длиной ${detail} знаков; сохранить можно не больше ${MAX_TAG_CHARS}.`;
      case 'quote-too-long':
        return `Цитата длиной ${formatCount(detail, 'ru')} знаков; сохранить можно не больше ${MAX_QUOTE_CHARS.toLocaleString('ru')}.`;
    }
  },
  edit: 'Изменить',
  editTitle: 'Изменить заметку и метки',
  noteField: 'Заметка',
  tagsField: 'Метки (через запятую)',
  colorField: 'Цвет',
  save: 'Сохранить',
  cancel: 'Отмена',
  saved: 'Сохранено.',
  saveFailed: (why: string) => `Не сохранено: ${why}. Текст остался в поле — нажмите «Сохранить» ещё раз.`,
  goneMeanwhile: 'Это выделение тем временем удалено в другом месте; ничего не сохранено.',
  limit: (p: LimitProblem): string =>
    p.code === 'note-too-long'
      ? `Заметка длиной ${p.actual.toLocaleString('ru')} знаков; сохранить можно не больше ${p.limit.toLocaleString('ru')}. Ничего не обрезано: сократите её и сохраните.`
      : p.code === 'too-many-tags'
        ? `Меток: ${p.actual}; сохранить можно не больше ${p.limit}.`
        : `Метка «${p.tag.slice(0, 40)}…» длиной ${p.actual} знаков; сохранить можно не больше ${p.limit}.`,
  delete: 'Удалить',
  deleted: 'Выделение удалено.',
  undo: 'Вернуть',
  undone: 'Выделение восстановлено.',
  undoFailed: 'Не удалось восстановить: выделение с тем же id снова существует.',
  copyCitation: 'Копировать с цитированием',
  copyMarkdown: 'Копировать в Markdown',
  copied: 'Скопировано в буфер обмена вместе с цитированием.',
  copyFailed: 'Не удалось скопировать в буфер обмена.',
  actionsFor: 'Действия с этим выделением',
  sortLabel: 'Порядок',
  sortOptions: { 'briefing-date': 'По брифингам, новые сверху', newest: 'Новые выделения сверху', colour: 'По цвету' } as Record<
    SortOrder,
    string
  >,
  listLabels: {
    'briefing-date': 'Выделения по брифингам, новые брифинги сверху',
    newest: 'Выделения, новые сверху',
    colour: 'Выделения по цвету',
  } as Record<SortOrder, string>,
  colorGroup: (colour: string, n: number) => `${colour} (${n})`,
  exportNone: (why: 'empty' | 'results' | 'briefing'): string =>
    why === 'empty'
      ? 'Экспортировать пока нечего: в библиотеке нет выделений.'
      : why === 'results'
        ? 'Экспортировать нечего: под текущий поиск и отбор не подходит ни одно выделение.'
        : 'Экспортировать нечего: в этом брифинге нет выделений.',
  briefingsRead: (n: number) => `Прочитанные брифинги (${n})`,
  filterByEntity: 'Отбор по упоминаниям',
  showAllBriefings: 'Показать все брифинги',
  noBriefingsRead: 'Прочитанных брифингов пока нет. Откройте брифинги на mid.ru: каждый прочитанный появится здесь, с выделениями или без.',
  markdown: {
    documentTitle: 'Выделения Briefing Lens',
    speaker: 'Выступающий',
    date: 'Дата',
    link: 'Ссылка',
    note: 'Заметка',
    tags: 'Метки',
    openHighlight: 'Открыть в брифинге',
    untitledBriefing: 'Брифинг без названия',
    untitledSection: 'Раздел без названия',
    noSection: 'Вне разделов',
  },
};
