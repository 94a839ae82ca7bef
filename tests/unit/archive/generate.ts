/**
 * Deterministic generated archive: kept transcripts of realistic size (a briefing of ~45 KB:
 * statements of a few paragraphs, some thirty Q&A pairs) in Russian and English, their words
 * drawn with Zipf-like frequencies from a vocabulary of stems × endings (so, as in real text, a
 * few words are everywhere and most are rare). Used by the search tests and the archive bench.
 */
import type { TranscriptKind } from '../../../lib/briefing/model';
import { articleText, hashText, type KeptSection, type KeptTranscript } from '../../../lib/archive/transcript';
import { rng } from '../../support/rng';

const RU_STEMS = (
  'министр переговор сотрудничеств безопасност санкци казахстан украин москв вашингтон договор соглашени посольств ' +
  'делегаци визит встреч заявлени позици вопрос ответ стран регион границ энергетик газ нефт зерн коридор ' +
  'оон нато обсе брикс шос саммит совет комисси консультаци экономик торговл инвестици проект программ ' +
  'журналист агентств сми информаци провокаци пропаганд истори памят культур образовани студент университет ' +
  'арктик флот судн порт транспорт маршрут кризис конфликт урегулировани мир войн оружи контрол ядерн станци'
).split(' ');
const RU_ENDINGS = ['', 'а', 'ы', 'у', 'ом', 'е', 'ов', 'ам', 'ами', 'ах', 'ия', 'ии', 'ию', 'ией', 'ий', 'ой', 'ую', 'ого', 'ому', 'ых'];
const RU_SMALL = 'и в на с по о к за от для что это как мы мы не из также уже все его их она они был была будет'.split(' ');
const EN_STEMS = (
  'minist negotiat cooperat secur sanction kazakhstan ukrain moscow washington treat agreement embass ' +
  'delegat visit meet statement posit question answer countr region border energ gas oil grain corridor ' +
  'summit council commiss consult econom trade invest project program journal agenc media inform provocat ' +
  'histor memor cultur educat student universit arctic fleet vessel port transport route crisis conflict settl peace'
).split(' ');
const EN_ENDINGS = ['', 's', 'ed', 'ing', 'ion', 'ions', 'y', 'ies', 'er', 'ers', 'al', 'ive'];
const EN_SMALL = 'the of and to in a is that for on with as by we it this are be at from has have will not'.split(' ');

const SPEAKERS = ['Мария Захарова', 'Maria Zakharova', 'Алексей Зайцев', 'Alexey Zaitsev', 'Сергей Лавров', 'Sergey Lavrov'];
const ASKERS = ['РИА Новости', 'RIA Novosti', 'ТАСС', 'TASS', 'Interfax', 'Sputnik', null, null];
const ENTITIES = [
  'person:sergey lavrov',
  'person:maria zakharova',
  'place:kazakhstan',
  'place:moscow',
  'place:vienna',
  'organization:osce',
  'organization:nato',
  'organization:brics',
  'place:arctic',
];
const KINDS: TranscriptKind[] = ['briefing', 'briefing', 'briefing', 'remarks', 'interview'];

interface Vocabulary {
  small: string[];
  forms: string[];
}

function vocabulary(stems: string[], endings: string[], small: string[]): Vocabulary {
  return { small, forms: stems.flatMap((s) => endings.map((e) => s + e)) };
}
const RU = vocabulary(RU_STEMS, RU_ENDINGS, RU_SMALL);
const EN = vocabulary(EN_STEMS, EN_ENDINGS, EN_SMALL);

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

const RU_SYLLABLES = 'ба ве го да же зи ка ло ми но па ре са ти ху це чи ша ще ю ра ло ны ко ст пр вл гр дн жд'.split(' ');
const EN_SYLLABLES = 'ba ve go da je zi ka lo mi no pa re sa ti hu ce chi sha ro ny ko st pr vl gr dn'.split(' ');

/**
 * A word: a function word 40% of the time, a rare word (names, numbers, rare forms: real text has
 * hundreds of thousands of distinct words) 4%, else a form whose rank follows roughly 1/rank.
 */
function word(r: () => number, v: Vocabulary): string {
  const x = r();
  if (x < 0.4) return pick(r, v.small);
  if (x < 0.44) {
    const syl = v === RU ? RU_SYLLABLES : EN_SYLLABLES;
    return Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(r, syl)).join('');
  }
  return v.forms[Math.floor(v.forms.length ** r()) - 1]!;
}

function sentence(r: () => number, v: Vocabulary): string {
  const n = 8 + Math.floor(r() * 18);
  const ws = Array.from({ length: n }, () => word(r, v));
  const s = ws.join(' ');
  return `${s.charAt(0).toLocaleUpperCase()}${s.slice(1)}.`;
}

function paragraph(r: () => number, v: Vocabulary, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(r, v)).join(' ');
}

export function generateTranscript(i: number, seed = 7): KeptTranscript {
  const r = rng(seed * 100_003 + i);
  const ru = r() < 0.6;
  const v = ru ? RU : EN;
  const kind = pick(r, KINDS);
  const speaker = pick(r, SPEAKERS);
  const sections: KeptSection[] = [];
  const statements = 3 + Math.floor(r() * 5);
  const answers = 18 + Math.floor(r() * 13);
  for (let k = 0; k < statements + answers; k++) {
    const qa = k >= statements;
    const title = sentence(r, v).split(' ').slice(0, 5).join(' ').replace(/\.$/, '');
    const paras = qa ? 1 + Math.floor(r() * 3) : 3 + Math.floor(r() * 5);
    const text = Array.from({ length: paras }, () => paragraph(r, v, 3 + Math.floor(r() * 4))).join('\n');
    sections.push({
      id: `bl-s${k}`,
      kind: qa ? 'qa' : 'statement',
      title,
      question: qa ? paragraph(r, v, 1 + Math.floor(r() * 2)) : null,
      asker: qa ? pick(r, ASKERS) : null,
      speaker: qa ? speaker : null,
      text,
      entities: ENTITIES.filter(() => r() < 0.2),
    });
  }
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  const year = 2015 + (Math.floor(i / 336) % 11);
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const id = 1_500_000 + i;
  const text = articleText(sections);
  return {
    key: `mid.ru/${id}`,
    url: `https://mid.ru/${ru ? 'ru' : 'en'}/foreign_policy/news/${id}/`,
    kind,
    header: {
      title: `${ru ? 'Брифинг' : 'Briefing'} ${i}: ${sections[0]!.title}`,
      speaker,
      place: ru ? 'Москва' : 'Moscow',
      date,
      time: '12:00',
      docNumber: null,
      language: ru ? 'ru' : 'en',
    },
    sections,
    entities: [],
    hash: hashText(text),
    textLength: text.length,
    keptAt: 1_700_000_000_000 + i,
  };
}

export function generateArchive(n: number, seed = 7): KeptTranscript[] {
  return Array.from({ length: n }, (_, i) => generateTranscript(i, seed));
}
