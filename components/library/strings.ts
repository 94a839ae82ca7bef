/** Notes library UI strings in English and Russian, chosen by the browser's UI language (as components/i18n.ts). */
import type { ImportErrorCode, RejectCode } from '../../lib/library/w3c';
import { MARKDOWN_LABELS_EN, type MarkdownLabels } from '../../lib/library/markdown';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Russian plural forms: 1 брифинг, 2 брифинга, 5 брифингов. */
function ruPlural(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  const w = m10 === 1 && m100 !== 11 ? one : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? few : many;
  return `${n} ${w}`;
}

const en = {
  lang: 'en',
  pageTitle: 'Notes library — Briefing Lens',
  heading: 'Notes library',
  appName: 'Briefing Lens',
  views: 'Library views',
  tabHighlights: 'Highlights',
  tabBriefings: 'Briefings',
  tabTransfer: 'Export and import',
  loading: 'Loading your notes…',
  loadFailed: (why: string) => `Your notes could not be loaded: ${why}`,
  loadingRest: (n: number) => `Showing the newest briefings; loading all ${plural(n, 'highlight', 'highlights')}…`,
  // search and filters
  searchRegion: 'Search and filter highlights',
  searchLabel: 'Search highlights',
  searchPlaceholder: 'Words of a quote, note or tag…',
  searchHelp: 'Every word must match; word beginnings are enough.',
  filters: 'Filters',
  tag: 'Tag',
  anyTag: 'Any tag',
  colour: 'Colour',
  colourName: { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', purple: 'Purple' } as Record<string, string>,
  speaker: 'Speaker',
  anySpeaker: 'Any speaker',
  dateFrom: 'Briefings from',
  dateTo: 'Briefings to',
  briefing: 'Briefing',
  allBriefings: 'All briefings',
  clearFilters: 'Clear search and filters',
  results: (n: number, groups: number) => (n === 0 ? 'No highlights match.' : `${plural(n, 'highlight', 'highlights')} in ${plural(groups, 'briefing', 'briefings')}`),
  emptyLibrary: 'No highlights yet. Select text in a briefing on mid.ru to highlight it; it will be listed here.',
  listLabel: 'Highlights by briefing, newest briefing first',
  listHelp: 'Arrow keys move through the list; Enter opens.',
  untitledBriefing: 'Untitled briefing',
  groupMeta: (n: number) => plural(n, 'highlight', 'highlights'),
  /** Hidden text before a briefing title / a quote in the list's buttons (their names). */
  openBriefingPrefix: 'Open briefing: ',
  openHighlightPrefix: 'Open in its briefing: ',
  noteLabel: 'Note',
  tagsLabel: 'Tags',
  sectionLabel: 'Section',
  noSection: 'Outside the sections',
  // briefing index
  entityRegion: 'Briefings by entity',
  entityLabel: 'Person, place or organisation',
  entityPlaceholder: 'e.g. OSCE, Lavrov, Kazakhstan',
  entityType: 'Type',
  entityTypes: { all: 'All types', person: 'People', place: 'Places', organization: 'Organisations', date: 'Dates' } as Record<string, string>,
  entityKind: { person: 'person', place: 'place', organization: 'organisation', date: 'date', number: 'number', other: 'other' } as Record<string, string>,
  entitiesHeading: (shown: number, total: number) => (shown === total ? `Entities in the briefings you have read (${total})` : `Entities (${shown} of ${total})`),
  entityStats: (briefings: number, mentions: number) => `${plural(briefings, 'briefing', 'briefings')}, ${plural(mentions, 'mention', 'mentions')}`,
  /** Hidden text before an entity's label in its button (the button's name). */
  chooseEntityPrefix: 'Show briefings that mention ',
  noEntities: 'No briefing has been indexed yet. Open briefings on mid.ru: each one read is indexed here, with or without highlights.',
  noEntityMatch: 'No entity matches.',
  mentioningHeading: (label: string, n: number) => `Briefings that mention ${label} (${n})`,
  mentions: (n: number) => plural(n, 'mention', 'mentions'),
  showHighlights: (n: number) => `Show its ${plural(n, 'highlight', 'highlights')}`,
  noHighlightsHere: 'No highlights',
  moreEntities: (n: number) => `${n} more: type to narrow the list.`,
  // export
  exportHeading: 'Export',
  exportWhat: 'What to export',
  exportAll: (n: number) => `Everything (${plural(n, 'highlight', 'highlights')}, with the briefing index)`,
  exportResults: (n: number) => `The current search and filters (${plural(n, 'highlight', 'highlights')})`,
  exportBriefing: 'One briefing',
  exportWhichBriefing: 'Briefing to export',
  exportFormat: 'Format',
  formatJson: 'W3C Web Annotation (JSON): can be imported again',
  formatMarkdown: 'Markdown: for reading and writing',
  exportButton: 'Export',
  exported: (n: number, name: string) => `${plural(n, 'highlight', 'highlights')} exported to ${name}.`,
  exportNothing: 'Nothing to export.',
  // import
  importHeading: 'Import',
  importLabel: 'Choose a W3C annotation file (JSON) to import',
  importHelp: 'Briefing Lens exports and W3C annotations of mid.ru briefings. You will see what changes before anything is saved.',
  importReading: 'Reading the file…',
  previewHeading: (name: string) => `What importing ${name} would do`,
  previewAnnotations: (n: number) => `The file holds ${plural(n, 'annotation', 'annotations')}.`,
  bucketNew: 'new',
  bucketUpdated: 'updated (replace yours)',
  bucketUnchanged: 'unchanged',
  bucketOlder: 'older than yours (yours kept)',
  bucketRejected: 'rejected',
  highlightsLabel: 'Highlights',
  briefingsLabel: 'Briefing index records',
  rejectedHeading: (n: number) => `Rejected (${n}): not imported`,
  rejectedItem: (kind: 'annotation' | 'briefing', index: number) => (kind === 'annotation' ? `Annotation ${index + 1}` : `Briefing record ${index + 1}`),
  rejectedMore: (n: number) => `…and ${n} more.`,
  applyImport: (n: number) => `Import ${plural(n, 'change', 'changes')}`,
  nothingToApply: 'Nothing to import: everything in the file is already here or was rejected.',
  cancelImport: 'Cancel',
  applying: 'Importing…',
  applied: (h: number, b: number) => `Imported: ${plural(h, 'highlight', 'highlights')} and ${plural(b, 'briefing record', 'briefing records')} saved.`,
  applyFailed: (why: string) => `Nothing was imported: ${why}`,
  cancelled: 'Import cancelled; nothing changed.',
  importError: (code: ImportErrorCode, detail: string): string => {
    switch (code) {
      case 'too-big':
        return `This file is too large to import (${detail}). Nothing was changed.`;
      case 'not-json':
        return `This file is not JSON, so it is not an annotation export (${detail}). Nothing was changed.`;
      case 'shape':
        return `This file is not a W3C annotation export: ${detail}. Nothing was changed.`;
      case 'too-many':
        return `This file holds too many annotations (${detail}). Nothing was changed.`;
      case 'duplicate-ids':
        return `This file holds several annotations with the same id (${detail}), so it cannot be merged safely. Nothing was changed.`;
      case 'duplicate-briefings':
        return `This file holds several briefing records with the same key (${detail}). Nothing was changed.`;
    }
  },
  rejectReason: (code: RejectCode, detail: string): string => {
    switch (code) {
      case 'invalid':
        return `Wrong type or value: ${detail}`;
      case 'markup':
        return detail === 'tag' ? 'A tag contains HTML markup; tags must be plain text.' : 'The note contains HTML markup (a tag, comment or script); notes must be plain text.';
      case 'not-briefing':
        return `Not a mid.ru briefing address: ${detail}`;
      case 'no-quote':
        return 'No quoted text (no TextQuoteSelector).';
      case 'several-targets':
        return `Several targets (${detail}); only one can be highlighted.`;
      case 'bad-briefing':
        return `Briefing record: wrong type or value: ${detail}`;
    }
  },
  markdown: MARKDOWN_LABELS_EN,
};

export type LibraryStrings = typeof en;

const ru: LibraryStrings = {
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
  colourName: { yellow: 'Жёлтый', green: 'Зелёный', blue: 'Синий', pink: 'Розовый', purple: 'Фиолетовый' } as Record<string, string>,
  speaker: 'Выступающий',
  anySpeaker: 'Любой выступающий',
  dateFrom: 'Брифинги с',
  dateTo: 'Брифинги по',
  briefing: 'Брифинг',
  allBriefings: 'Все брифинги',
  clearFilters: 'Сбросить поиск и отбор',
  results: (n: number, groups: number) =>
    n === 0 ? 'Подходящих выделений нет.' : `${ruPlural(n, 'выделение', 'выделения', 'выделений')} в ${ruPlural(groups, 'брифинге', 'брифингах', 'брифингах')}`,
  emptyLibrary: 'Выделений пока нет. Выделите текст брифинга на mid.ru — он появится здесь.',
  listLabel: 'Выделения по брифингам, новые брифинги сверху',
  listHelp: 'Стрелки — по списку; Enter — открыть.',
  untitledBriefing: 'Брифинг без названия',
  groupMeta: (n: number) => ruPlural(n, 'выделение', 'выделения', 'выделений'),
  openBriefingPrefix: 'Открыть брифинг: ',
  openHighlightPrefix: 'Открыть в брифинге: ',
  noteLabel: 'Заметка',
  tagsLabel: 'Метки',
  sectionLabel: 'Раздел',
  noSection: 'Вне разделов',
  entityRegion: 'Брифинги по упоминаниям',
  entityLabel: 'Человек, место или организация',
  entityPlaceholder: 'например, ОБСЕ, Лавров, Казахстан',
  entityType: 'Тип',
  entityTypes: { all: 'Все типы', person: 'Люди', place: 'Места', organization: 'Организации', date: 'Даты' } as Record<string, string>,
  entityKind: { person: 'человек', place: 'место', organization: 'организация', date: 'дата', number: 'число', other: 'другое' } as Record<string, string>,
  entitiesHeading: (shown: number, total: number) => (shown === total ? `Упоминания в прочитанных брифингах (${total})` : `Упоминания (${shown} из ${total})`),
  entityStats: (briefings: number, mentions: number) =>
    `${ruPlural(briefings, 'брифинг', 'брифинга', 'брифингов')}, ${ruPlural(mentions, 'упоминание', 'упоминания', 'упоминаний')}`,
  chooseEntityPrefix: 'Показать брифинги, где упоминается ',
  noEntities: 'Ни один брифинг ещё не проиндексирован. Откройте брифинги на mid.ru: каждый прочитанный попадает сюда, с выделениями или без.',
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
  exportNothing: 'Экспортировать нечего.',
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
  rejectedItem: (kind: 'annotation' | 'briefing', index: number) => (kind === 'annotation' ? `Аннотация ${index + 1}` : `Запись брифинга ${index + 1}`),
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
        return `Файл не в формате JSON, значит, это не экспорт аннотаций (${detail}). Ничего не изменилось.`;
      case 'shape':
        return `Файл не является экспортом аннотаций W3C: ${detail}. Ничего не изменилось.`;
      case 'too-many':
        return `В файле слишком много аннотаций (${detail}). Ничего не изменилось.`;
      case 'duplicate-ids':
        return `В файле несколько аннотаций с одним id (${detail}); безопасно объединить нельзя. Ничего не изменилось.`;
      case 'duplicate-briefings':
        return `В файле несколько записей брифинга с одним ключом (${detail}). Ничего не изменилось.`;
    }
  },
  rejectReason: (code: RejectCode, detail: string): string => {
    switch (code) {
      case 'invalid':
        return `Неверный тип или значение: ${detail}`;
      case 'markup':
        return detail === 'tag' ? 'Метка содержит HTML-разметку; метки должны быть простым текстом.' : 'Заметка содержит HTML-разметку (тег, комментарий или скрипт); заметки должны быть простым текстом.';
      case 'not-briefing':
        return `Адрес не брифинга на mid.ru: ${detail}`;
      case 'no-quote':
        return 'Нет цитаты (нет TextQuoteSelector).';
      case 'several-targets':
        return `Несколько целей (${detail}); выделить можно только одну.`;
      case 'bad-briefing':
        return `Запись брифинга: неверный тип или значение: ${detail}`;
    }
  },
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

export function libraryStringsFor(uiLanguage: string | undefined): LibraryStrings {
  return uiLanguage?.toLowerCase().startsWith('ru') ? ru : en;
}
