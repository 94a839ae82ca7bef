/** Notes library UI strings in English and Russian, chosen by the browser's UI language (as components/i18n.ts). */
import type { ImportErrorCode, RejectCode } from '../../lib/library/w3c';
import { MARKDOWN_LABELS_EN } from '../../lib/library/markdown';
import { MAX_NOTE_CHARS, MAX_QUOTE_CHARS, MAX_TAG_CHARS, MAX_TAGS, type LimitProblem } from '../../lib/store/limits';
import { ru } from './strings-ru';
import { ENTITY_TYPE_NAMES } from './entity-type-names';
import { type Labels, type SortLabels, fieldName, formatCount, plural } from './strings-util';

const EN_FIELDS: Record<string, string> = {
  created: 'date',
  modified: 'date',
  'bl:created': 'date',
  'bl:updated': 'date',
  date: 'date',
  firstSeen: 'date',
  lastSeen: 'date',
  'target.selector': 'position in the text',
  selectors: 'position in the text',
  target: 'address',
  url: 'address',
  source: 'address',
  body: 'note or tags',
  bodyValue: 'note',
  note: 'note',
  tags: 'tags',
  'bl:section': 'section',
  section: 'section',
  sections: 'sections',
  'bl:quote': 'quote',
  quote: 'quote',
  entities: 'list of names',
  title: 'title',
  speaker: 'speaker',
  id: 'id',
  key: 'id',
  '': 'content',
};

const num = formatCount;

const IMPORT_ERRORS_EN: Record<ImportErrorCode, (detail: string) => string> = {
  'too-big': (detail) => `This file is too large to import (${detail}). Nothing was changed.`,
  'not-json': () =>
    'This file could not be read: it is not a Briefing Lens export or a W3C annotation file (those are JSON text). Nothing was changed.',
  shape: () => 'This file holds data, but not annotations: choose a Briefing Lens export or a W3C annotation file. Nothing was changed.',
  'too-many': (detail) =>
    `This file holds more annotations than can be imported at once (${detail}). Split it, then import the parts. Nothing was changed.`,
  'duplicate-ids': () =>
    'This file holds the same annotation twice with different contents, so it is not clear which to keep. Nothing was changed.',
  'duplicate-briefings': () => 'This file holds the same briefing twice, so it is not clear which to keep. Nothing was changed.',
};

const REJECT_REASONS_EN: Record<RejectCode, (detail: string) => string> = {
  invalid: (detail) => `Its ${fieldName(detail, EN_FIELDS)} is damaged or in a form Briefing Lens does not know.`,
  markup: (detail) =>
    detail === 'tag' ? 'A tag contains HTML code; tags must be plain text.' : 'The note contains HTML code; notes must be plain text.',
  'not-briefing': () => 'It belongs to a page that is not a mid.ru briefing.',
  'no-quote': () => 'It marks no quoted text, so there is nothing to highlight.',
  'several-targets': () => 'It marks several passages at once; Briefing Lens highlights one.',
  'bad-briefing': (detail) => `Its ${fieldName(detail, EN_FIELDS)} is damaged or in a form Briefing Lens does not know.`,
  'note-too-long': (detail) =>
    `Its note is ${num(detail, 'en')} characters long; at most ${MAX_NOTE_CHARS.toLocaleString('en')} can be kept.`,
  'too-many-tags': (detail) => `It has ${detail} tags; at most ${MAX_TAGS} can be kept.`,
  'tag-too-long': (detail) => `A tag is ${detail} characters long; at most ${MAX_TAG_CHARS} can be kept.`,
  'quote-too-long': (detail) =>
    `Its quote is ${num(detail, 'en')} characters long; at most ${MAX_QUOTE_CHARS.toLocaleString('en')} can be kept.`,
};

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
  colorName: { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', purple: 'Purple' } satisfies Labels,
  speaker: 'Speaker',
  anySpeaker: 'Any speaker',
  dateFrom: 'Briefings from',
  dateTo: 'Briefings to',
  briefing: 'Briefing',
  allBriefings: 'All briefings',
  clearFilters: 'Clear search and filters',
  results: (n: number, groups: number) =>
    n === 0 ? 'No highlights match.' : `${plural(n, 'highlight', 'highlights')} in ${plural(groups, 'briefing', 'briefings')}`,
  emptyLibrary: 'No highlights yet. Select text in a briefing on mid.ru to highlight it; it will be listed here.',
  listHelp: 'Arrow keys move through the list; Enter opens.',
  untitledBriefing: 'Untitled briefing',
  groupMeta: (n: number) => plural(n, 'highlight', 'highlights'),
  /** Hidden text before a briefing title / a quote in the list's buttons (their names). */
  openBriefingPrefix: 'Open briefing: ',
  openHighlightPrefix: 'Open in its briefing: ',
  noteLabel: 'Note',
  tagsLabel: 'Tags',
  noSection: 'Outside the sections',
  // briefing index
  entityRegion: 'Briefings by entity',
  entityLabel: 'Person, place or organisation',
  entityPlaceholder: 'e.g. OSCE, Lavrov, Kazakhstan',
  entityType: 'Type',
  entityTypes: ENTITY_TYPE_NAMES.en.plural,
  entityKind: ENTITY_TYPE_NAMES.en.singular,
  entitiesHeading: (shown: number, total: number) =>
    shown === total ? `Entities in the briefings you have read (${total})` : `Entities (${shown} of ${total})`,
  entityStats: (briefings: number, mentions: number) =>
    `${plural(briefings, 'briefing', 'briefings')}, ${plural(mentions, 'mention', 'mentions')}`,
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
  rejectedItem: (kind: 'annotation' | 'briefing', index: number) =>
    kind === 'annotation' ? `Annotation ${index + 1}` : `Briefing record ${index + 1}`,
  rejectedMore: (n: number) => `…and ${n} more.`,
  applyImport: (n: number) => `Import ${plural(n, 'change', 'changes')}`,
  nothingToApply: 'Nothing to import: everything in the file is already here or was rejected.',
  cancelImport: 'Cancel',
  applying: 'Importing…',
  applied: (h: number, b: number) =>
    `Imported: ${plural(h, 'highlight', 'highlights')} and ${plural(b, 'briefing record', 'briefing records')} saved.`,
  applyFailed: (why: string) => `Nothing was imported: ${why}`,
  cancelled: 'Import cancelled; nothing changed.',
  importErrors: IMPORT_ERRORS_EN,
  technicalDetails: 'Technical details',
  rejectReasons: REJECT_REASONS_EN,
  // editing a highlight in the list
  edit: 'Edit',
  editTitle: 'Edit the note and tags',
  noteField: 'Note',
  tagsField: 'Tags (comma-separated)',
  colorField: 'Colour',
  save: 'Save',
  cancel: 'Cancel',
  saved: 'Saved.',
  saveFailed: (why: string) => `Not saved: ${why}. Your text is still in the box; press Save again.`,
  goneMeanwhile: 'This highlight was deleted elsewhere meanwhile; nothing was saved.',
  limit: (p: LimitProblem): string =>
    p.code === 'note-too-long'
      ? `The note is ${p.actual.toLocaleString('en')} characters long; at most ${p.limit.toLocaleString('en')} can be kept. Nothing was cut: shorten it, then save.`
      : p.code === 'too-many-tags'
        ? `There are ${p.actual} tags; at most ${p.limit} can be kept.`
        : `The tag “${p.tag.slice(0, 40)}…” is ${p.actual} characters long; at most ${p.limit} can be kept.`,
  delete: 'Delete',
  deleted: 'Highlight deleted.',
  undo: 'Undo',
  undone: 'Highlight restored.',
  undoFailed: 'It could not be restored: a highlight with the same id exists again.',
  copyCitation: 'Copy with citation',
  copyMarkdown: 'Copy as Markdown',
  copied: 'Copied to the clipboard, with its citation.',
  copyFailed: 'Could not copy to the clipboard.',
  /** Hidden text that ties a row's actions to the row. */
  actionsFor: 'Actions for this highlight',
  // sorting
  sortLabel: 'Sort',
  sortOptions: {
    'briefing-date': 'By briefing, newest briefing first',
    newest: 'Newest highlights first',
    colour: 'By colour',
  } as SortLabels,
  listLabels: {
    'briefing-date': 'Highlights by briefing, newest briefing first',
    newest: 'Highlights, newest first',
    colour: 'Highlights by colour',
  } as SortLabels,
  colorGroup: (colour: string, n: number) => `${colour} (${n})`,
  // export
  exportNone: {
    empty: 'Nothing to export yet: the library has no highlights.',
    results: 'Nothing to export: no highlight matches the current search and filters.',
    briefing: 'Nothing to export: this briefing has no highlights.',
  },
  // briefing list
  briefingsRead: (n: number) => `Briefings you have read (${n})`,
  filterByEntity: 'Filter by who or what they mention',
  showAllBriefings: 'Show all briefings',
  noBriefingsRead: 'No briefing read yet. Open briefings on mid.ru: each one read is listed here, with or without highlights.',
  markdown: MARKDOWN_LABELS_EN,
};

export type LibraryStrings = typeof en;

export function libraryStringsFor(uiLanguage: string | undefined): LibraryStrings {
  return uiLanguage?.toLowerCase().startsWith('ru') ? ru : en;
}
