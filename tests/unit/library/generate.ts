/**
 * Deterministic generated library data: briefings and highlights with Russian (and some English)
 * text, awkward characters (emoji outside the BMP, Markdown specials, `a < b`), ids both UUID
 * and not, optional fields present and absent. Used by the round-trip test and the bench.
 */
import type { Selector } from '../../../lib/anchoring/types';
import { HIGHLIGHT_COLORS, type BriefingRecord, type HighlightRecord } from '../../../lib/store/schema';

export { rng } from '../../support/rng';
import { rng } from '../../support/rng';

const RU_WORDS = (
  'министр иностранных дел российской федерации сергей лавров провёл переговоры с коллегой из казахстана ' +
  'стороны обсудили двустороннее сотрудничество вопросы безопасности в центральной азии ситуацию на украине ' +
  'санкции западных стран энергетическую безопасность работу обсе в вене специальное заседание постоянного совета ' +
  'брикс саммит в казани арктический совет рабочая группа тромсё запорожская аэс безопасность ядерной станции ' +
  'консультации по афганистану генеральный секретарь нато заявление посольство в кишинёве космодром байконур ' +
  'ёлка подъём объём заём ответ на вопрос брифинг официального представителя мария захарова москва'
).split(' ');
const EN_WORDS = (
  'foreign minister sergey lavrov held talks with his counterpart from kazakhstan the sides discussed bilateral ' +
  'cooperation security central asia sanctions energy osce vienna permanent council brics summit kazan arctic'
).split(' ');
const TAGS = ['санкции', 'ОБСЕ', 'Казахстан', 'важно', 'kazakhstan', 'osce', 'follow-up', 'цитата', 'energy', 'НАТО', 'брикс', 'q&a'];
const SPEAKERS = ['Мария Захарова', 'Maria Zakharova', 'Алексей Зайцев', 'Alexey Zaitsev', 'Сергей Лавров'];
const ENTITY_POOL = [
  'person:sergey lavrov',
  'person:maria zakharova',
  'person:murat nurtleu',
  'person:jens stoltenberg',
  'person:vladimir putin',
  'place:kazakhstan',
  'place:russia',
  'place:united states',
  'place:vienna',
  'place:kazan',
  'place:belgrade',
  'place:chisinau',
  'place:afghanistan',
  'place:china',
  'place:tromsø',
  'place:zaporozhye',
  'organization:osce',
  'organization:nato',
  'organization:brics',
  'organization:united nations',
  'organization:un security council',
  'organization:arctic council',
  'organization:посольств росс',
  'date:2024-03-14',
  'number:2',
];
const NOTE_EXTRAS = ['', ' 🙂', ' (см. *выше*)', ' a < b', ' — «цитата»', ' _подчёркнуто_', ' `код`', ' [ссылка]', ' #1'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function words(r: () => number, n: number, ru = true): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(r, ru ? RU_WORDS : EN_WORDS));
  const s = out.join(' ');
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

function uuid(r: () => number): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(r, ['8', '9', 'a', 'b'])}${hex(3)}-${hex(12)}`;
}

export interface Generated {
  highlights: HighlightRecord[];
  briefings: BriefingRecord[];
}

export function generateLibrary(highlightCount = 10_000, briefingCount = 500, seed = 1): Generated {
  const r = rng(seed);
  const base = Date.UTC(2024, 0, 1);
  const briefings: BriefingRecord[] = [];
  for (let i = 0; i < briefingCount; i++) {
    const num = 1_900_000 + i * 7;
    const ru = r() < 0.7;
    const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(r() * 6 * 365) * 86_400_000).toISOString().slice(0, 10);
    const speaker = r() < 0.05 ? null : pick(r, SPEAKERS);
    const sections = Array.from({ length: 3 + Math.floor(r() * 15) }, (_, k) => ({
      id: `bl-s${k}-${num}`,
      title: r() < 0.1 ? null : words(r, 3 + Math.floor(r() * 8), ru),
    }));
    const entities: { key: string; count: number; label?: string }[] = [];
    const used = new Set<string>();
    const n = Math.floor(r() * 15);
    for (let k = 0; k < n; k++) {
      const key = pick(r, ENTITY_POOL);
      if (used.has(key)) continue;
      used.add(key);
      // Every third one carries the label its briefing showed (records made before labels had none).
      const label = k % 3 === 0 ? `${ru ? 'Имя ' : 'Name '}${key.slice(key.indexOf(':') + 1)}` : undefined;
      entities.push({ key, count: 1 + Math.floor(r() * 20), ...(label ? { label } : {}) });
    }
    const firstSeen = base + Math.floor(r() * 1e10);
    const lang = ru ? 'ru' : 'en';
    briefings.push({
      key: `mid.ru/${num}`,
      url: `https://mid.ru/${lang}/press_service/spokesman/briefings/${num}/`,
      title:
        r() < 0.03
          ? null
          : ru
            ? `Брифинг официального представителя МИД России М.В.Захаровой, Москва, ${day}`
            : `Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, ${day}`,
      speaker,
      date: r() < 0.03 ? null : day,
      language: r() < 0.05 ? null : lang,
      sections,
      entities,
      entityKeys: entities.map((e) => e.key),
      firstSeen,
      lastSeen: firstSeen + Math.floor(r() * 1e9),
    });
  }
  const highlights: HighlightRecord[] = [];
  for (let i = 0; i < highlightCount; i++) {
    const b = briefings[i < briefingCount ? i : Math.floor(r() * briefingCount)]!;
    const ru = b.language !== 'en';
    const quote = words(r, 3 + Math.floor(r() * 30), ru) + (r() < 0.05 ? ' 🇷🇺' : '');
    const start = Math.floor(r() * 40_000);
    const selectors: Selector[] = [
      {
        type: 'TextQuoteSelector',
        exact: quote,
        prefix: words(r, 4, ru).slice(0, 32),
        suffix: r() < 0.02 ? '' : words(r, 4, ru).slice(0, 32),
      },
    ];
    if (r() < 0.9) selectors.push({ type: 'TextPositionSelector', start, end: start + quote.length });
    const sec = r() < 0.85 ? pick(r, b.sections) : null;
    const noteKind = r();
    const note =
      noteKind < 0.4
        ? ''
        : noteKind < 0.9
          ? words(r, 2 + Math.floor(r() * 25), ru) + pick(r, NOTE_EXTRAS)
          : `${words(r, 5, ru)}\n\n${words(r, 7, ru)}\nстрока 3`;
    const tags: string[] = [];
    const tn = r() < 0.5 ? 0 : 1 + Math.floor(r() * 3);
    for (let k = 0; k < tn; k++) {
      const t = pick(r, TAGS);
      if (!tags.includes(t)) tags.push(t);
    }
    const created = base + Math.floor(r() * 3e10);
    const h: HighlightRecord = {
      id: r() < 0.9 ? uuid(r) : `h-${i.toString(36)}-${Math.floor(r() * 1e6).toString(36)}`,
      briefingKey: b.key,
      url: r() < 0.1 ? `${b.url}?lang=en` : b.url,
      selectors,
      section: sec ? { id: sec.id, title: sec.title, offset: Math.floor(r() * 3000) } : null,
      quote,
      color: pick(r, HIGHLIGHT_COLORS),
      note,
      tags,
      created,
      updated: r() < 0.5 ? created : created + Math.floor(r() * 1e8),
    };
    if (r() < 0.8) h.language = ru ? 'ru' : 'en';
    highlights.push(h);
  }
  return { highlights, briefings };
}

/** Writes generated records into a store in one transaction. */
export async function seedStore(db: import('../../../lib/store/db').Store, data: Generated): Promise<void> {
  const tx = db.transaction(['highlights', 'briefings'], 'readwrite');
  const puts: Promise<unknown>[] = [];
  for (const h of data.highlights) puts.push(tx.objectStore('highlights').put(h));
  for (const b of data.briefings) puts.push(tx.objectStore('briefings').put(b));
  await Promise.all([...puts, tx.done]);
}

let dbCounter = 0;
/** A fresh database name per call, so tests never share state. */
export function freshDbName(prefix = 'library-test'): string {
  return `${prefix}-${process.pid}-${++dbCounter}-${Date.now()}`;
}
