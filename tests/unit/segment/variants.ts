/**
 * Variant generator: the shapes a real page may take for the same transcript. A source (a page or
 * a transcript) is segmented once and checked against its expected outline; its verified model is
 * turned into a neutral document (header, TOC, sections with their labelled paragraphs), which is
 * rendered again — as a page or as a transcript — under a set of transformations that keep the
 * information: no back-links, no TOC, no answers heading, other heading markup, the other
 * language's label conventions, qualifiers, split or merged paragraphs, NBSP, curly or straight
 * quotes, unknown class names.
 */
import type { Briefing, Language, TranscriptKind } from '../../../lib/briefing/model';
import type { TranscriptOutline } from '../../../lib/briefing/outline';
import { answerLabel, questionLabel } from '../../../lib/segment/labels';
import { normalizeSpace } from '../../../lib/segment/normalize';

export type Item =
  | { type: 'question'; label: string; text: string; followUp: boolean }
  | { type: 'answer'; speaker: string; qualifier: string | null; text: string }
  | { type: 'para'; text: string };

export interface DocSection {
  kind: 'statement' | 'qa';
  heading: string | null;
  items: Item[];
}

export interface Doc {
  kind: TranscriptKind;
  language: Language;
  title: string;
  date: string | null;
  time: string | null;
  docNumber: string | null;
  toc: { title: string; part: 'statements' | 'answers' }[];
  sections: DocSection[];
}

/** The neutral document behind a verified model. */
export function docOf(b: Briefing): Doc {
  const text = (i: number) => normalizeSpace(b.blocks[i].text);
  const speakers = new Set(b.sections.flatMap((s) => (s.kind === 'qa' && s.speaker ? [s.speaker] : [])));
  const itemOf = (i: number, questionBlocks: Set<number>, followUps: Set<number>): Item => {
    const t = text(i);
    if (questionBlocks.has(i)) {
      const q = questionLabel(t)!;
      return { type: 'question', label: t.slice(0, t.length - q.text.length).trim(), text: q.text, followUp: followUps.has(i) };
    }
    const a = answerLabel(t);
    if (a && speakers.has(a.speaker)) {
      const qualifier = /\(([^()]+)\)\s*:\s*$/.exec(t.slice(0, t.length - a.rest.length))?.[1] ?? null;
      return { type: 'answer', speaker: a.speaker, qualifier, text: a.rest };
    }
    return { type: 'para', text: t };
  };
  return {
    kind: b.kind,
    language: b.header.language,
    title: normalizeSpace(b.header.title ?? ''),
    date: b.header.date,
    time: b.header.time,
    docNumber: b.header.docNumber,
    toc: b.toc.map(({ title, part }) => ({ title, part })),
    sections: b.sections.map((s) => {
      const heading = s.headingBlocks.length ? normalizeSpace(s.headingBlocks.map(text).join(' ')) : null;
      if (s.kind === 'statement') return { kind: 'statement', heading, items: s.bodyBlocks.map((i) => itemOf(i, new Set(), new Set())) };
      const follow = new Set(s.followUps.map((f) => f.block));
      const questions = new Set([...(s.questionBlock !== null ? [s.questionBlock] : []), ...follow]);
      return { kind: 'qa', heading, items: [...s.bodyBlocks].sort((x, y) => x - y).map((i) => itemOf(i, questions, follow)) };
    }),
  };
}

export interface VariantOptions {
  format: 'html' | 'text';
  backLinks: boolean;
  toc: boolean;
  answersHeading: boolean;
  headings: 'h2' | 'h3' | 'bold-p' | 'centered-p' | 'plain-p';
  /** Answer labels in the other language's convention: initials + surname ↔ surname + initials, full name → initial. */
  otherLabels: boolean;
  /** "(in English)" on answers, an outlet on main questions without an asker. */
  qualifiers: boolean;
  paragraphs: 'as-is' | 'split' | 'merged';
  nbsp: boolean;
  quotes: 'as-is' | 'straight' | 'curly';
  unknownClasses: boolean;
}

export const DEFAULTS: VariantOptions = {
  format: 'html',
  backLinks: true,
  toc: true,
  answersHeading: true,
  headings: 'h2',
  otherLabels: false,
  qualifiers: false,
  paragraphs: 'as-is',
  nbsp: false,
  quotes: 'as-is',
  unknownClasses: false,
};

/** Every option's other values, one at a time: the single-transformation variants. */
export const SINGLE_CHANGES: Partial<VariantOptions>[] = [
  { format: 'text' },
  { backLinks: false },
  { toc: false },
  { answersHeading: false },
  { headings: 'h3' },
  { headings: 'bold-p' },
  { headings: 'centered-p' },
  { headings: 'plain-p' },
  { otherLabels: true },
  { qualifiers: true },
  { paragraphs: 'split' },
  { paragraphs: 'merged' },
  { nbsp: true },
  { quotes: 'straight' },
  { quotes: 'curly' },
  { unknownClasses: true },
  // The hardest page the issue describes: no back-links, no TOC, no answers heading.
  { backLinks: false, toc: false, answersHeading: false },
];

export function randomOptions(r: () => number): VariantOptions {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  return {
    format: pick(['html', 'text'] as const),
    backLinks: r() < 0.5,
    toc: r() < 0.5,
    answersHeading: r() < 0.5,
    headings: pick(['h2', 'h3', 'bold-p', 'centered-p', 'plain-p'] as const),
    otherLabels: r() < 0.5,
    qualifiers: r() < 0.5,
    paragraphs: pick(['as-is', 'split', 'merged'] as const),
    nbsp: r() < 0.5,
    quotes: pick(['as-is', 'straight', 'curly'] as const),
    unknownClasses: r() < 0.5,
  };
}

const WORDS = {
  en: {
    toc: 'Table of contents',
    answers: 'Answers to media questions:',
    back: 'Back to top',
    asker: 'Interfax',
    qualifier: 'in English',
    question: 'Question',
  },
  ru: {
    toc: 'Содержание',
    answers: 'Из ответов на вопросы:',
    back: 'Назад к оглавлению',
    asker: 'Интерфакс',
    qualifier: 'перевод с английского языка',
    question: 'Вопрос',
  },
};

/** "Maria Zakharova" → "M.Zakharova"; "М.В.Захарова" → "Захарова М.В."; "Захарова М.В." → "М.В.Захарова". */
export function otherConvention(name: string): string {
  const initialsFirst = /^((?:\S\.\s?){1,2})\s?(\S+)$/.exec(name);
  if (initialsFirst) return `${initialsFirst[2]} ${initialsFirst[1].replace(/\s/g, '')}`;
  const initialsLast = /^(\S+) ((?:\S\.){1,2})$/.exec(name);
  if (initialsLast) return `${initialsLast[2]}${initialsLast[1]}`;
  const words = name.split(' ');
  return words.length >= 2 ? `${words[0][0]}.${words.slice(1).join(' ')}` : name;
}

function requote(t: string, style: VariantOptions['quotes']): string {
  if (style === 'straight') return t.replace(/[“”«»„]/g, '"').replace(/[‘’]/g, "'");
  if (style === 'curly') return t.replace(/"([^"]*)"/g, '“$1”').replace(/(\w)'(\w)/g, '$1’$2');
  return t;
}

/** Split at a sentence end past 40% of the text, when both halves stay paragraph-sized. */
function splitSentence(t: string): [string, string] | null {
  const at = t.indexOf('. ', Math.floor(t.length * 0.4));
  if (at < 0 || at < 40 || t.length - at < 40) return null;
  return [t.slice(0, at + 1), t.slice(at + 2)];
}

function transformItems(items: Item[], o: VariantOptions, language: Language): Item[] {
  let out: Item[] = items.map((it) => {
    if (it.type === 'question' && o.qualifiers && !it.followUp && /^(?:question|вопрос)$/i.test(it.label.replace(/:$/, '')))
      return { ...it, label: `${WORDS[language].question} (${WORDS[language].asker}):` };
    if (it.type === 'answer')
      return {
        ...it,
        speaker: o.otherLabels ? otherConvention(it.speaker) : it.speaker,
        qualifier: o.qualifiers ? (it.qualifier ?? WORDS[language].qualifier) : it.qualifier,
      };
    return it;
  });
  if (o.paragraphs === 'split') {
    out = out.flatMap((it): Item[] => {
      if (it.type === 'question') return [it];
      const halves = splitSentence(it.text);
      return halves
        ? [
            { ...it, text: halves[0] },
            { type: 'para', text: halves[1] },
          ]
        : [it];
    });
  }
  if (o.paragraphs === 'merged') {
    const merged: Item[] = [];
    for (const it of out) {
      const prev = merged[merged.length - 1];
      if (it.type === 'para' && prev && prev.type !== 'question') merged[merged.length - 1] = { ...prev, text: `${prev.text} ${it.text}` };
      else merged.push(it);
    }
    out = merged;
  }
  return out;
}

/** The text of one item, labels included. */
function itemText(it: Item): { label: string | null; text: string } {
  if (it.type === 'question') return { label: it.label, text: it.text };
  if (it.type === 'answer') return { label: `${it.speaker}${it.qualifier ? ` (${it.qualifier})` : ''}:`, text: it.text };
  return { label: null, text: it.text };
}

function dateLine(iso: string, language: Language): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (language === 'ru') return `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${d} ${months[m - 1]} ${y}`;
}

const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The variant's source: a page (`.html`) or a transcript (`.txt`). */
export interface Rendered {
  ext: 'html' | 'txt';
  source: string;
  /** The asker each pair's main question label names in this variant. */
  askers: (string | null)[];
}

export function render(doc: Doc, o: VariantOptions, r: () => number): Rendered {
  const w = WORDS[doc.language];
  const hasToc = o.toc && doc.toc.length > 0;
  const nbsp = (t: string) => (o.nbsp ? t.replace(/ /g, () => (r() < 0.25 ? '\u00a0' : ' ')) : t);
  const q = (t: string) => nbsp(requote(t, o.quotes));
  const sections = doc.sections.map((s) => ({ ...s, items: transformItems(s.items, o, doc.language) }));
  const firstQa = sections.findIndex((s) => s.kind === 'qa');
  const divider = doc.kind === 'briefing' && o.answersHeading && firstQa >= 0;
  const askers = sections
    .filter((s) => s.kind === 'qa')
    .map((s) => {
      const main = s.items.find((it) => it.type === 'question' && !it.followUp);
      return main && main.type === 'question' ? (questionLabel(`${main.label} ?`)?.asker ?? null) : null;
    });

  if (o.format === 'text') {
    const lines: string[] = [];
    if (doc.time) lines.push(doc.time);
    lines.push(q(doc.title));
    if (doc.docNumber) lines.push(doc.docNumber);
    if (hasToc) {
      lines.push(w.toc);
      const parts = ['statements', 'answers'] as const;
      for (const part of parts) {
        const entries = doc.toc.filter((e) => e.part === part);
        if (part === 'answers' && entries.length) lines.push(w.answers);
        entries.forEach((e, k) => lines.push(`${r() < 0.5 ? `${k + 1}.` : '-'} ${q(e.title)}`));
      }
    }
    sections.forEach((s, k) => {
      if (k === firstQa && divider) lines.push(w.answers);
      if (s.heading) lines.push(q(s.heading));
      for (const it of s.items) {
        const { label, text } = itemText(it);
        lines.push(q(label ? `${label} ${text}` : text));
      }
      if (o.backLinks) lines.push(w.back);
    });
    return { ext: 'txt', source: lines.join('\n') + '\n', askers };
  }

  let n = 0;
  const cls = (known: string) => (o.unknownClasses ? `k${(++n).toString(36)}x${Math.floor(r() * 1e6).toString(36)}` : known);
  const html: string[] = [
    `<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title></head><body>`,
    `<header class="${cls('header')}"><ul class="${cls('main-menu')}"><li><a href="/ru/about/">О Министерстве</a></li><li><a href="/ru/press_service/">Пресс-служба</a></li></ul></header>`,
    `<div class="${cls('page-body')}"><div class="${cls('photo-content')}">`,
    `<div class="${cls('photo-content__meta')}">${doc.date ? `<span class="${cls('photo-content__date')}">${dateLine(doc.date, doc.language)}</span>` : ''}${doc.time ? ` <time class="${cls('photo-content__time')}">${doc.time}</time>` : ''}</div>`,
    `<h1 class="${cls('photo-content__title')}">${escapeHtml(q(doc.title))}</h1>`,
    doc.docNumber ? `<p class="${cls('article-line__note article-line__note_small')}">${doc.docNumber}</p>` : '',
    `<div class="${o.unknownClasses ? cls('') : 'text article-content'}">`,
  ];
  const headingHtml = (t: string, id: string) => {
    const e = escapeHtml(q(t));
    if (o.headings === 'h2' || o.headings === 'h3') return `<${o.headings} id="${id}">${e}</${o.headings}>`;
    if (o.headings === 'bold-p') return `<p id="${id}"><strong>${e}</strong></p>`;
    if (o.headings === 'centered-p') return `<p id="${id}" style="text-align: center;"><b>${e}</b></p>`;
    return `<p id="${id}">${e}</p>`;
  };
  if (hasToc) {
    html.push(`<h2>${w.toc}</h2>`);
    const st = doc.toc.filter((e) => e.part === 'statements');
    const an = doc.toc.filter((e) => e.part === 'answers');
    if (st.length) html.push(`<ol>${st.map((e, k) => `<li><a href="#s${k + 1}">${escapeHtml(q(e.title))}</a></li>`).join('')}</ol>`);
    if (an.length)
      html.push(
        `<p><strong>${w.answers}</strong></p><ol>${an.map((e, k) => `<li><a href="#q${k + 1}">${escapeHtml(q(e.title))}</a></li>`).join('')}</ol>`,
      );
  }
  let sk = 0;
  let qk = 0;
  sections.forEach((s, k) => {
    if (k === firstQa && divider) html.push(`<p><strong>${w.answers}</strong></p>`);
    if (s.heading) html.push(headingHtml(s.heading, s.kind === 'statement' ? `s${++sk}` : `q${++qk}`));
    for (const it of s.items) {
      const { label, text } = itemText(it);
      html.push(label ? `<p><strong>${escapeHtml(q(label))}</strong> ${escapeHtml(q(text))}</p>` : `<p>${escapeHtml(q(text))}</p>`);
    }
    if (o.backLinks) html.push(`<p style="text-align: right;"><a href="#top">${w.back}</a></p>`);
  });
  html.push(
    '</div></div></div>',
    `<footer class="${cls('footer')}"><div>Некорректно указаны даты</div><div>© Министерство иностранных дел Российской Федерации</div></footer></body></html>`,
  );
  return { ext: 'html', source: html.filter(Boolean).join('\n'), askers };
}

/** What must survive a variant: pair count, titles, header, kind (and askers the variant adds). */
export interface Invariants {
  kind: TranscriptKind;
  pairs: number;
  followUps: number[];
  statementTitles: (string | null)[];
  /** Q&A titles come from the TOC: null for every pair when the variant drops it. */
  qaTitles: (string | null)[];
  toc: { title: string; part: string }[];
  header: Pick<TranscriptOutline, 'title' | 'place' | 'date' | 'time' | 'docNumber' | 'language'>;
  speaker: string | null;
}

export function invariantsOf(expected: TranscriptOutline, o: VariantOptions): Invariants {
  const pairs = expected.sections.filter((s) => s.kind === 'qa');
  const keepToc = o.toc && expected.toc.length > 0;
  return {
    kind: expected.kind,
    pairs: pairs.length,
    followUps: pairs.map((s) => (s.kind === 'qa' ? s.followUps : 0)),
    statementTitles: expected.sections.filter((s) => s.kind === 'statement').map((s) => s.title),
    qaTitles: pairs.map((s) => (keepToc ? s.title : null)),
    toc: keepToc ? expected.toc : [],
    header: {
      title: expected.title,
      place: expected.place,
      date: expected.date,
      time: expected.time,
      docNumber: expected.docNumber,
      language: expected.language,
    },
    speaker: expected.speaker,
  };
}
