/**
 * Citations for journalists and analysts: the quote, then who said it, at which briefing, where,
 * when, in which section, and a link — in the page's language, as plain text or Markdown. Pure.
 */
import { findDate } from '../segment/dates';
import { formatDate } from '../format/date';
import { escapeLine, markdownLink, oneLine } from '../format/markdown';
import type { Briefing, Section } from './model';

export type CitationFormat = 'text' | 'markdown';

export interface CitationInput {
  briefing: Pick<Briefing, 'header'>;
  section: Section | null;
  quote: string;
  url: string;
  format: CitationFormat;
}

/** Kept for callers that imported it from here; the one format lives in lib/format/date.ts. */
export { formatDate };

/** The plain text of a section a reader would quote: its paragraphs, without the answer label. */
export function sectionQuote(b: Briefing, s: Section): string {
  const blocks = s.kind === 'qa' && s.answerBlock !== null ? s.bodyBlocks.filter((i) => i >= s.answerBlock!) : s.bodyBlocks;
  return blocks
    .map((i) => b.blocks[i].text.replace(/\s+/g, ' ').trim())
    .map((t, k) =>
      k === 0 && s.kind === 'qa' && s.speaker && t.startsWith(s.speaker) ? t.slice(s.speaker.length).replace(/^\s*:\s*/, '') : t,
    )
    .filter(Boolean)
    .join('\n\n');
}

export function citation({ briefing, section, quote, url, format }: CitationInput): string {
  const h = briefing.header;
  const ru = h.language === 'ru';
  const speaker = (section?.kind === 'qa' ? section.speaker : null) ?? h.speaker;
  const date = formatDate(h.date, h.language);
  const title = h.title ?? (ru ? 'Брифинг МИД России' : 'Russian Foreign Ministry briefing');
  const sectionTitle = section?.title ?? null;
  const [open, close] = ru ? ['«', '»'] : ['“', '”'];
  const cleanQuote = quote.replace(/[ \t]+/g, ' ').trim();
  const sectionLabel = ru ? 'Раздел' : 'Section';
  // Site titles already carry place and date ("…, Moscow, November 10, 2021"); add what a title lacks.
  const tail = [h.place && !title.includes(h.place) ? h.place : null, findDate(title) ? null : date].filter(Boolean);
  const sentence = (s: string) => (s.endsWith('.') ? s : `${s}.`);
  const sec = sectionTitle ? ` ${sectionLabel}: ${open}${sectionTitle}${close}.` : '';
  const rest = tail.length ? `, ${tail.join(', ')}` : '';
  if (format === 'markdown') {
    // Page text is escaped: a title or heading must not become a link or HTML in the reader's notes.
    const lines = cleanQuote.split('\n').map((l) => (l.trim() ? `> ${escapeLine(l.trim())}` : '>'));
    const who = speaker ? `**${oneLine(speaker)}**, ` : '';
    const mdRest = tail.length ? `, ${tail.map((t) => oneLine(String(t))).join(', ')}` : '';
    const mdSec = sectionTitle ? ` ${sectionLabel}: ${open}${oneLine(sectionTitle)}${close}.` : '';
    return `${lines.join('\n')}\n>\n> — ${sentence(`${who}${markdownLink(title, url)}${mdRest}`)}${mdSec}\n`;
  }
  const who = speaker ? `${speaker}, ` : '';
  return `${open}${cleanQuote}${close}\n— ${sentence(`${who}${title}${rest}`)}${sec}\n${url}\n`;
}

/** A link that opens the briefing at a section (`#bl-…`), without any other fragment. */
export function sectionLink(pageUrl: string, sectionId: string): string {
  const u = new URL(pageUrl);
  u.hash = sectionId;
  return u.toString();
}
