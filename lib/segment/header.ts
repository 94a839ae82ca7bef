/** The page header: title, speaker, place, date, time, document number. */
import type { BlockHints } from '../briefing/model';
import { dateFromDocNumber, findDate } from './dates';
import { LOWER, UPPER } from './normalize';
import { DOC_NUMBER, TIME_ONLY, isBriefingTitle, isChromeText, isTocLabel, mentionsBriefing } from './labels';

export interface HeaderFields {
  titleBlock: number | null;
  title: string | null;
  titleSpeaker: string | null;
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

export function findTitle(texts: string[], hints: BlockHints[]): number | null {
  const end = Math.min(TITLE_WINDOW, texts.length);
  for (let i = 0; i < end; i++) if (isBriefingTitle(texts[i])) return i;
  for (let i = 0; i < end; i++) {
    if (hints[i].headingLevel === 1 && mentionsBriefing(texts[i]) && !isChromeText(texts[i])) return i;
  }
  return null;
}

const INITIALS_NAME = new RegExp(`((?:[${UPPER}]\\.\\s?){1,2}\\s?[${UPPER}][${LOWER}]+)$`);
const CAPITALISED = new RegExp(`^[${UPPER}][${LOWER}’'-]+$`);

/** "…Press Department Alexander Bikantov, Moscow, August 5, 2021" → speaker and place. */
function speakerAndPlace(title: string): { speaker: string | null; place: string | null } {
  const date = findDate(title);
  const beforeDate = (date ? title.slice(0, date.index) : title).replace(/[\s,]+$/, '');
  const parts = beforeDate.split(/,\s*/);
  const lead = parts[0];
  const place = parts.length >= 2 && !/\d/.test(parts[parts.length - 1]) ? parts[parts.length - 1] : null;
  const initials = INITIALS_NAME.exec(lead);
  if (initials) return { speaker: initials[1], place };
  const words = lead.split(' ');
  const last = words.slice(-2);
  const capitalised = last.length === 2 && last.every((w) => CAPITALISED.test(w));
  return { speaker: capitalised ? last.join(' ') : null, place };
}

/**
 * `firstBody` is the first block the adapter marked as article body (-1 when it cannot tell, as
 * for plain text): header lines are looked for before it, or around the title.
 */
export function parseHeader(texts: string[], hints: BlockHints[], firstBody: number): HeaderFields {
  const titleBlock = findTitle(texts, hints);
  const title = titleBlock === null ? null : texts[titleBlock];
  const blocks: number[] = titleBlock === null ? [] : [titleBlock];
  let time: string | null = null;
  let docNumber: string | null = null;
  let lineDate: string | null = null;
  const scanStart = firstBody >= 0 ? 0 : Math.max(0, (titleBlock ?? 0) - AFTER_TITLE);
  const scanEnd = Math.min(texts.length, firstBody >= 0 ? firstBody : (titleBlock ?? -1) + AFTER_TITLE + 1);
  for (let i = scanStart; i < scanEnd; i++) {
    if (i === titleBlock) continue;
    const t = texts[i];
    if (!t) continue;
    if (isTocLabel(t) && i > (titleBlock ?? -1)) break;
    if (!docNumber && DOC_NUMBER.test(t)) {
      docNumber = t;
      blocks.push(i);
      continue;
    }
    if (!time && TIME_ONLY.test(t)) {
      time = t.padStart(5, '0');
      blocks.push(i);
      continue;
    }
    // A status line: "5 August 2021", "17.11.2021", or date and time run together ("5 August 202116:46").
    if (t.length <= 40) {
      const d = findDate(t);
      if (d) {
        lineDate ??= d.iso;
        const rest = t.slice(d.index + d.length);
        const tm = /([01]?\d|2[0-3]):([0-5]\d)/.exec(rest);
        if (tm && !time) time = `${tm[1].padStart(2, '0')}:${tm[2]}`;
        blocks.push(i);
      }
    }
  }
  const sp = title ? speakerAndPlace(title) : { speaker: null, place: null };
  const date = (title && findDate(title)?.iso) || lineDate || (docNumber && dateFromDocNumber(docNumber)) || null;
  return { titleBlock, title, titleSpeaker: sp.speaker, place: sp.place, date, time, docNumber, blocks: blocks.sort((a, b) => a - b) };
}
