/** The page header: title, kind, speaker, place, date, time, document number. */
import type { BlockHints, TranscriptKind } from '../briefing/model';
import { dateFromDocNumber, findDates, statusLine } from './dates';
import { endsLikeSentence } from './normalize';
import { DOC_NUMBER, TIME_ONLY, isBriefingTitle, isChromeText, isTocLabel } from './labels';
import { mentionedKind, parseTitle, type TitleParts } from './title';

export interface HeaderFields {
  titleBlock: number | null;
  title: string | null;
  /** The person the title names, as written (genitive in Russian titles). */
  titleSpeaker: string | null;
  /** The kind the title names by its structure, or only mentions in an `h1` (`weakKind`). */
  titleKind: TranscriptKind | null;
  weakKind: boolean;
  place: string | null;
  date: string | null;
  time: string | null;
  docNumber: string | null;
  /** Blocks that belong to the header (title, time, date line, number). */
  blocks: number[];
}

/** How far into the page the title may sit (era B and saved pages put menus and portlet titles first). */
const TITLE_WINDOW = 60;
/** How many lines after the title the time, date line and document number may follow. */
const AFTER_TITLE = 4;

/** A title-like line: not too long, not a sentence. */
const titleLike = (t: string): boolean => t.length > 0 && t.length <= 400 && !endsLikeSentence(t);

interface FoundTitle {
  block: number;
  parts: TitleParts | null;
  weak: TranscriptKind | null;
}

/**
 * Where the title is, and what it says. Header elements and `h1`s are asked first, then any
 * line in the window: a briefing title, then any transcript title by its structure, then an
 * `h1` that merely mentions a kind.
 */
export function findTitle(texts: string[], hints: BlockHints[]): FoundTitle | null {
  const end = Math.min(TITLE_WINDOW, texts.length);
  const parsed: (TitleParts | null | undefined)[] = [];
  const parts = (i: number): TitleParts | null =>
    parsed[i] === undefined ? (parsed[i] = titleLike(texts[i]) ? parseTitle(texts[i]) : null) : parsed[i]!;
  for (let i = 0; i < end; i++)
    if ((hints[i].zone === 'header' || hints[i].headingLevel === 1) && parts(i)) return { block: i, parts: parts(i), weak: null };
  for (let i = 0; i < end; i++) if (isBriefingTitle(texts[i])) return { block: i, parts: parts(i), weak: null };
  for (let i = 0; i < end; i++) if (parts(i)) return { block: i, parts: parts(i), weak: null };
  for (let i = 0; i < end; i++) {
    const weak = hints[i].headingLevel === 1 && !isChromeText(texts[i]) ? mentionedKind(texts[i]) : null;
    if (weak) return { block: i, parts: null, weak };
  }
  return null;
}

/**
 * `firstBody` is the first block the adapter marked as article body (-1 when it cannot tell, as
 * for plain text): header lines are looked for before it, or around the title.
 */
export function parseHeader(texts: string[], hints: BlockHints[], firstBody: number): HeaderFields {
  const found = findTitle(texts, hints);
  const titleBlock = found ? found.block : null;
  const title = titleBlock === null ? null : texts[titleBlock];
  const blocks: number[] = titleBlock === null ? [] : [titleBlock];
  let time: string | null = null;
  let docNumber: string | null = null;
  let lineDate: string | null = null;
  const take = (i: number): boolean => {
    const t = texts[i];
    if (!t || i === titleBlock) return false;
    if (!docNumber && DOC_NUMBER.test(t)) {
      docNumber = t;
      return true;
    }
    if (!time && TIME_ONLY.test(t)) {
      time = t.padStart(5, '0');
      return true;
    }
    // A status line: "5 August 2021", "17.11.2021", date and time run together ("13.10.2114:05").
    const s = t.length <= 40 ? statusLine(t) : null;
    if (!s || (!s.date && !s.time)) return false;
    lineDate ??= s.date;
    if (s.time && !time) time = s.time;
    return true;
  };
  const scanStart = firstBody >= 0 ? 0 : Math.max(0, (titleBlock ?? 0) - AFTER_TITLE);
  const scanEnd = Math.min(texts.length, firstBody >= 0 ? firstBody : (titleBlock ?? -1) + AFTER_TITLE + 1);
  for (let i = scanStart; i < scanEnd; i++) {
    if (isTocLabel(texts[i]) && i > (titleBlock ?? -1)) break;
    if (take(i)) blocks.push(i);
  }
  // Header elements the adapter did not know (a redesign's class names): the number and the
  // time may sit as plain lines at the top of the body, found by their exact patterns.
  if (firstBody >= 0 && titleBlock !== null && (!docNumber || !time)) {
    for (let i = firstBody; i < Math.min(texts.length, firstBody + AFTER_TITLE); i++) {
      const t = texts[i];
      if (t && (DOC_NUMBER.test(t) || TIME_ONLY.test(t)) && take(i)) blocks.push(i);
    }
  }
  const parts = found?.parts ?? null;
  const date =
    parts?.date ||
    (title && parts === null ? findDates(title).pop()?.iso : null) ||
    lineDate ||
    (docNumber && dateFromDocNumber(docNumber)) ||
    null;
  return {
    titleBlock,
    title,
    titleSpeaker: parts?.person ?? null,
    titleKind: parts?.kind ?? found?.weak ?? null,
    weakKind: parts === null,
    place: parts?.place ?? null,
    date,
    time,
    docNumber,
    blocks: blocks.sort((a, b) => a - b),
  };
}
