/**
 * A small invented archive for the Archive tab's tests: three transcripts (two English, one
 * Russian; a briefing, an interview, remarks) with entities, and a second version of the first
 * with one section edited and one added. Hashes are computed as the core computes them.
 */
import type { BriefingHeader, TranscriptKind } from '../../../lib/briefing/model';
import { articleText, hashText, type KeptEntity, type KeptSection, type KeptTranscript } from '../../../lib/archive/transcript';
import type { HighlightRecord } from '../../../lib/store/schema';

const sec = (
  id: string,
  title: string,
  text: string,
  entities: string[],
  qa?: { question: string; asker: string; speaker: string },
): KeptSection => ({
  id,
  kind: qa ? 'qa' : 'statement',
  title,
  question: qa?.question ?? null,
  asker: qa?.asker ?? null,
  speaker: qa?.speaker ?? null,
  text,
  entities,
});

function transcript(
  n: number,
  kind: TranscriptKind,
  header: Partial<BriefingHeader> & Pick<BriefingHeader, 'title' | 'date' | 'language'>,
  sections: KeptSection[],
  entities: KeptEntity[],
  keptAt: number,
): KeptTranscript {
  const text = articleText(sections);
  return {
    key: `mid.ru/200000${n}`,
    url: `https://mid.ru/${header.language}/foreign_policy/news/200000${n}/`,
    kind,
    header: { speaker: null, place: 'Moscow', time: null, docNumber: `10${n}-01-01-2026`, ...header },
    sections,
    entities,
    hash: hashText(text),
    textLength: text.length,
    keptAt,
  };
}

const VIENNA: KeptEntity = { key: 'place:vienna', type: 'place', label: 'Vienna', count: 2 };
const OSCE: KeptEntity = { key: 'organization:osce', type: 'organization', label: 'OSCE', count: 1 };
const ARCTIC: KeptEntity = { key: 'place:arctic', type: 'place', label: 'Arctic', count: 1 };

export const TALKS = sec(
  'bl-talks-in-vienna',
  'Talks in Vienna',
  'The delegation will hold talks in Vienna on grain corridors.\nThe talks begin on Monday.',
  ['place:vienna'],
);
export const QUADCOPTERS = sec(
  'bl-question-on-quadcopters',
  'Question on quadcopters',
  'Maria Zakharova: The quadcopter incident is under investigation, and the OSCE was told in Vienna.',
  ['organization:osce', 'place:vienna'],
  { question: 'What about the quadcopter incident near the border?', asker: 'Question (RIA Novosti):', speaker: 'Maria Zakharova' },
);

export const BRIEFING_V1 = transcript(
  1,
  'briefing',
  { title: 'Briefing by Maria Zakharova, March 12, 2026', date: '2026-03-12', language: 'en', speaker: 'Maria Zakharova' },
  [TALKS, QUADCOPTERS],
  [VIENNA, OSCE],
  Date.UTC(2026, 2, 12, 12),
);

/** The same briefing as the site showed it later: "Monday" became "Tuesday", a section added. */
export const BRIEFING_V2 = transcript(
  1,
  'briefing',
  BRIEFING_V1.header,
  [
    { ...TALKS, text: 'The delegation will hold talks in Vienna on grain corridors.\nThe talks begin on Tuesday.' },
    QUADCOPTERS,
    sec('bl-baikonur', 'Baikonur', 'The Baikonur agreement was extended.', []),
  ],
  [VIENNA, OSCE],
  Date.UTC(2026, 2, 20, 9),
);

export const INTERVIEW = transcript(
  2,
  'interview',
  { title: 'Interview of Sergey Lavrov to TASS', date: '2026-05-03', language: 'en', speaker: 'Sergey Lavrov' },
  [
    sec('bl-arctic-shipping', 'Arctic shipping', 'Sergey Lavrov: Arctic shipping grows every year.', ['place:arctic'], {
      question: 'How is Arctic shipping developing?',
      asker: 'Question (TASS):',
      speaker: 'Sergey Lavrov',
    }),
    sec('bl-vienna-consultations', 'Vienna consultations', 'Consultations in Vienna will continue in the autumn.', ['place:vienna']),
  ],
  [ARCTIC, { ...VIENNA, count: 1 }],
  Date.UTC(2026, 4, 3, 15),
);

export const REMARKS_RU = transcript(
  3,
  'remarks',
  { title: 'Выступление А.Ю. Руденко', date: '2026-05-20', language: 'ru', speaker: 'Андрей Руденко' },
  [sec('bl-sanktsii', 'Санкции', 'Новые санкции не изменят нашу позицию по ОБСЕ.', ['organization:osce'])],
  [{ ...OSCE, label: 'ОБСЕ' }],
  Date.UTC(2026, 4, 20, 10),
);

/** A highlight with a note in the quadcopter section of the briefing. */
export const NOTED: HighlightRecord = {
  id: 'h-quad',
  briefingKey: BRIEFING_V1.key,
  url: BRIEFING_V1.url,
  selectors: [{ type: 'TextQuoteSelector', exact: 'under investigation', prefix: '', suffix: '' }],
  section: { id: QUADCOPTERS.id, title: QUADCOPTERS.title, offset: 10 },
  quote: 'under investigation',
  color: 'pink',
  note: 'Ask again <b>next week</b>',
  tags: [],
  created: 1,
  updated: 1,
};
