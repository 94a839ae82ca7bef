/**
 * Names in quotes: «Мемориал», телеканал «Евроньюс», группировка «Джебхат ан-Нусра», газета
 * «Вашингтон пост». After a type word (движение, батальон, агентство, газета, партия…) the quoted
 * name is an organisation with high confidence; a capitalised quoted name with no type word is
 * a weak guess, and none after a document or event word (договор «…», форум «…», операция «…»).
 */
import { stemSet, tokenize, inStems } from './text';
import type { LineCtx } from './words';

const TYPE_RU = stemSet(`движение группировка группа организация батальон полк бригада дивизия отряд формирование
телеканал канал телекомпания радио радиостанция агентство информагентство газета журнал издание портал сайт
медиахолдинг холдинг партия фонд корпорация компания концерн банк центр общество объединение ассоциация союз клуб
НКО НПО ЧВК ООО АО ПАО ОАО ЗАО университет институт театр музей`);
const NOT_ORG_RU = stemSet(`договор соглашение конвенция меморандум декларация форум саммит конференция операция
учения инициатива проект программа формат стратегия концепция доктрина выставка фестиваль акция премия конкурс
план пакет закон резолюция кампания игры трубопровод газопровод поток марафон слоган лозунг фильм книга песня
статья доклад передача операция режим принцип сделка коридор мост ракета комплекс система истребитель танк самолет
вертолет корабль беспилотник снаряд`);
const TYPE_EN = new Set(
  'movement group party agency channel newspaper magazine outlet foundation fund battalion brigade company'.split(' '),
);
const QUOTE_RE = /[«„“"]([^«»„“”"\n]{1,60})[»“”"]/g;

export function quotedRule(c: LineCtx): void {
  for (const m of c.line.matchAll(QUOTE_RE)) {
    const inner = m[1]!;
    const words = tokenize(inner);
    if (!words.length || words.length > 5 || !words[0]!.cap || /[.!?:;]/.test(inner)) continue;
    const s = m.index!;
    const e = s + m[0].length;
    // The word right before the quote: a type word, a document/event word, or something else.
    let pk = -1;
    for (let k = 0; k < c.toks.length && c.toks[k]!.e <= s; k++) pk = k;
    const prev = pk >= 0 && /^[ \t\u00a0]*$/.test(c.line.slice(c.toks[pk]!.e, s)) ? c.toks[pk] : undefined;
    const adjacent = !!prev;
    if (adjacent && prev && (prev.cyr ? inStems(NOT_ORG_RU, prev) : false)) continue;
    const typed = adjacent && prev && (prev.cyr ? inStems(TYPE_RU, prev) : TYPE_EN.has(prev.lo));
    if (typed) c.out.push({ s, e, type: 'organization', pri: 5 });
    else if (words[0]!.cyr && c.ru) {
      // No type word: only a short name whose words are not sentence-like (no lower-case word
      // of a verb's shape) is taken, and with the lowest confidence.
      if (words.length > 3 || words.some((w) => !w.cap && /(?:ет|ит|ют|ят|ла|ли|ть|ся)$/.test(w.lo))) continue;
      // «Северный поток», «Зерновая сделка»: a thing or an event named by its own words.
      if (words.some((w) => w.cyr && inStems(NOT_ORG_RU, w))) continue;
      c.out.push({ s, e, type: 'organization', pri: 1 });
    }
  }
}
