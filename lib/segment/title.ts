/**
 * A transcript title read by its structure, not guessed from its last capitalised words:
 *
 *   kind phrase · role · person · [event phrase] · place · date
 *
 * "Briefing by Foreign Ministry Spokeswoman Maria Zakharova on the sidelines of the Eastern
 * Economic Forum, Vladivostok, September 5, 2023", "Foreign Minister Sergey Lavrov’s interview
 * with Kommersant, Moscow, October 10, 2023", "Выступление и ответы на вопросы СМИ Министра
 * иностранных дел Российской Федерации С.В.Лаврова в ходе …, Москва, 10 октября 2023 года";
 * place and date may be bracketed ("(Moscow, October 10, 2023)") or come date first.
 */
import type { TranscriptKind } from '../briefing/model';
import { findDates } from './dates';
import { LETTER, LOWER, UPPER, WORD_END, WORD_START } from './normalize';

export interface TitleParts {
  kind: TranscriptKind;
  /** The person as the title writes them (Russian titles: genitive, "М.В.Захаровой"). */
  person: string | null;
  /** Text between the kind phrase and the person ("Foreign Ministry Spokeswoman"). */
  role: string | null;
  /** What follows the person ("on the sidelines of …", "в ходе …", "with Kommersant"). */
  event: string | null;
  place: string | null;
  /** ISO date. */
  date: string | null;
}

const E = WORD_END;
const S = WORD_START;
const REMARKS = `(?:opening |closing |introductory )?remarks|speech|address|(?:joint )?(?:news|press) conference|statement and answers|answers to (?:media )?questions`;
/** Kind phrases at the start of a title ("Briefing by …", "Интервью …", "Remarks by …"). */
const LEADING: [TranscriptKind, RegExp][] = [
  ['briefing', new RegExp(`^(?:briefing (?:by|of)|брифинг)${E}`, 'i')],
  ['interview', new RegExp(`^(?:interview|интервью)${E}(?:\\s+(?:given by|granted by|by|of|with)${E})?`, 'i')],
  [
    'remarks',
    new RegExp(
      `^(?:${REMARKS}|выступление|вступительное слово|ответы? на вопросы|(?:совместная )?пресс-конференция|заявление (?:для сми )?и ответы на вопросы)${E}` +
        `(?:\\s+(?:and|и) (?:answers to (?:media |the )?questions|ответы на вопросы(?: сми)?))?(?:\\s+(?:to (?:the )?media questions|сми))?(?:\\s+(?:by|of)${E})?`,
      'i',
    ),
  ],
];
/** Kind phrases after a possessive person ("Sergey Lavrov’s remarks …"). */
const POSSESSIVE = new RegExp(`['’]s\\s+(?:(briefing)|(interview)|(${REMARKS}))${E}`, 'i');
/** A news item about a transcript ("Press release on Sergey Lavrov’s interview …") is not one. */
const NEWS_LEAD = new RegExp(
  `^(?:on|about|regarding|press release|announcement|comment|statement|о|об|сообщение|комментарий|заявление|анонс)${E}`,
  'i',
);

const INITIALS_PERSON = new RegExp(
  `${S}(?:[${UPPER}]\\.\\s?){1,2}\\s?[${UPPER}][${LOWER}]+(?:-[${UPPER}][${LOWER}]+)?|${S}[${UPPER}][${LOWER}]+ (?:[${UPPER}]\\.\\s?){1,2}(?![${LETTER}])`,
);
const NAME_WORD = new RegExp(`^(?:[${UPPER}][${LOWER}’'-]+|[${UPPER}]\\.)$`);
/** Words that start the event part of an English title. */
const EVENT_START = /\s(?:on the sidelines of|and|at|during|following|after|before|in the course of|with|to|for|on|in|ahead of)\s/i;
/** Capitalised words of roles, never of a name ("Russian Ambassador to Turkey Alexey Yerkhov"). */
const ROLE_WORDS =
  /^(?:Foreign|Ministry|Minister|Deputy|First|Spokes\w+|Director|Department|Information|Press|Russian|Russia|Ambassador|Permanent|Representative|Head|Secretary|State|Federation|Affairs|Official|Special|Envoy|Acting)$/;

function kindOf(title: string): { kind: TranscriptKind; end: number; possessive: number | null } | null {
  for (const [kind, re] of LEADING) {
    const m = re.exec(title);
    if (m) return { kind, end: m[0].length, possessive: null };
  }
  const p = NEWS_LEAD.test(title) ? null : POSSESSIVE.exec(title);
  if (p) return { kind: p[1] ? 'briefing' : p[2] ? 'interview' : 'remarks', end: p.index + p[0].length, possessive: p.index };
  return null;
}

/** A short capitalised phrase with no digits: "Moscow", "St Petersburg", "Нижний Новгород". */
function looksLikePlace(t: string): boolean {
  const words = t.split(' ');
  return (
    words.length <= 4 &&
    /^[A-ZА-ЯЁ]/.test(t) &&
    !/\d/.test(t) &&
    !/[«»"“”:;]/.test(t) &&
    words.every((w) => /^[A-ZА-ЯЁ]/.test(w) || /^(?:on|upon|de|la|am|na|на|де|-)$/i.test(w) || w.includes('-'))
  );
}

/** Place and date off the end of the title; what remains is the lead (kind, role, person, event). */
function splitTail(title: string): { lead: string; place: string | null; date: string | null } {
  const dates = findDates(title);
  const d = dates[dates.length - 1];
  if (!d) return { lead: title, place: null, date: null };
  const after = title
    .slice(d.index + d.length)
    .replace(/^\s*(?:года|г\.)?/, '')
    .replace(/^[\s,)]+|[\s,).]+$/g, '');
  let before = title.slice(0, d.index).replace(/[\s,(]+$/, '');
  let place: string | null = null;
  if (after && looksLikePlace(after)) place = after;
  else {
    // "…, Moscow, October 10, 2023" or "… (Moscow, October 10, 2023)": the piece before the date.
    const m = /^(.*\S)\s*(?:,|\()\s*([^,()]+)$/.exec(before);
    if (m && looksLikePlace(m[2].trim())) {
      place = m[2].trim();
      before = m[1];
    }
  }
  return { lead: before.replace(/[\s,(]+$/, ''), place, date: d.iso };
}

/** The last run of 2–3 name-like words of a stretch ("… Spokeswoman Maria Zakharova" → "Maria Zakharova"). */
function trailingName(text: string): string | null {
  const words = text.trim().split(/\s+/);
  const name: string[] = [];
  for (let k = words.length - 1; k >= 0 && name.length < 3; k--) {
    const w = words[k];
    if (!NAME_WORD.test(w) || ROLE_WORDS.test(w)) break;
    name.unshift(w);
  }
  return name.length >= 2 ? name.join(' ') : null;
}

function personOf(lead: string, from: number, possessive: number | null): { person: string | null; start: number; end: number } {
  const initials = INITIALS_PERSON.exec(lead.slice(from));
  if (initials) return { person: initials[0].trim(), start: from + initials.index, end: from + initials.index + initials[0].length };
  if (possessive !== null) {
    const person = trailingName(lead.slice(0, possessive));
    return { person, start: person ? possessive - person.length : possessive, end: possessive };
  }
  const rest = lead.slice(from);
  const ev = EVENT_START.exec(rest);
  // The event phrase may hold capitalised words too; the person sits before it.
  let cut = ev ? ev.index : rest.length;
  let person = trailingName(rest.slice(0, cut));
  if (!person && ev) {
    // "by Maria Zakharova" with "to" inside the role: try the whole lead.
    cut = rest.length;
    person = trailingName(rest);
  }
  return { person, start: person ? from + cut - person.length : from + cut, end: from + cut };
}

export function parseTitle(title: string): TitleParts | null {
  const k = kindOf(title);
  if (!k) return null;
  const { lead, place, date } = splitTail(title);
  const from = k.possessive === null ? Math.min(k.end, lead.length) : 0;
  const p = personOf(lead, from, k.possessive);
  const roleText = (k.possessive === null ? lead.slice(from, p.start) : lead.slice(0, p.start)).trim();
  const eventText = lead
    .slice(k.possessive !== null ? k.end : p.end)
    .trim()
    .replace(/^[,\s]+/, '');
  return {
    kind: k.kind,
    person: p.person,
    role: roleText || null,
    event: eventText || null,
    place,
    date,
  };
}

/** Weak signal: the kind named anywhere in a heading ("… briefing …", "интервью"). */
export function mentionedKind(t: string): TranscriptKind | null {
  if (/briefing|брифинг/i.test(t)) return 'briefing';
  if (/interview|интервью/i.test(t)) return 'interview';
  if (/remarks|answers to (?:media )?questions|выступлени|ответы на вопросы|press conference|пресс-конференци/i.test(t)) return 'remarks';
  return null;
}

/** Russian surnames in a title are genitive ("Захаровой", "Лаврова"); the nominative, when no label gives it. */
export function nominativeSurname(person: string): string {
  return person.replace(new RegExp(`([${LETTER}]+)$`), (w) => {
    const rules: [RegExp, string][] = [
      [/(ов|ев|ёв|ин|ын)ой$/, '$1а'],
      [/(ск|цк)ой$/, '$1ая'],
      [/(ск|цк)ого$/, '$1ий'],
      [/(ов|ев|ёв|ин|ын)а$/, '$1'],
    ];
    for (const [re, to] of rules) if (re.test(w)) return w.replace(re, to);
    return w;
  });
}
