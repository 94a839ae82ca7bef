/**
 * Canonical keys, so that mentions group: gazetteer entries share their id across aliases, case
 * forms and languages ("US", "the United States", "США" → "place:united states"); a bare surname
 * or an initials form takes the key of the full name met in the same text ("Kosyak" after
 * "Andrey Kosyak", "С.В.Лаврова" → "person:sergey lavrov"); other names are keyed by their
 * stemmed words, so Russian case forms share a key ("Посольством России" / "Посольство России").
 * Dates are keyed as ISO dates, a missing year taken from the last full date before them.
 */
import type { Cand, EntityGroup, EntitySpan } from './types';
import { dateKey } from './dates';
import { gazLabel, gazSurname } from './gazetteer';
import { keyStem } from './text';

export type RawSpan = EntitySpan & Pick<Cand, 'id' | 'date'>;

const WORDS_RE = /[\p{L}\p{M}\d]+(?:['’-][\p{L}\p{M}\d]+)*/gu;
const words = (text: string): string[] => text.match(WORDS_RE) ?? [];
/** Name words without initials ("М.В.Захарова" → ["Захарова"]). */
const nameWords = (text: string): string[] => words(text).filter((w) => w.length > 1);

/** Fills `key` on every span (in place); spans must be in text order. */
export function assignKeys(spans: RawSpan[]): void {
  const bySurname = new Map<string, string>();
  // Full names first, so that a surname seen before its full name still joins it.
  for (const sp of spans) {
    if (sp.type !== 'person') continue;
    const w = nameWords(sp.text).map(keyStem);
    const sur = w[w.length - 1] ?? '';
    const gaz = sp.id ?? gazSurname(sur);
    if (sp.id || w.length >= 2) {
      sp.key = `person:${gaz || w.join(' ')}`;
      if (!bySurname.has(sur)) bySurname.set(sur, sp.key);
    }
  }
  let year = 0;
  for (const sp of spans) {
    if (sp.id) sp.key = `${sp.type}:${sp.id}`;
    else if (sp.type === 'person') {
      if (!sp.key) {
        const sur = keyStem(nameWords(sp.text).pop() ?? sp.text);
        const gaz = gazSurname(sur);
        sp.key = bySurname.get(sur) ?? `person:${gaz || sur}`;
      }
    } else if (sp.type === 'date' && sp.date) {
      // A date without a year takes the year of the last full date before it (in a briefing,
      // the header's date or one near it), not of a bare "April 2018".
      const d = sp.date.slice();
      if (d[0] && d[1] && d[2]) year = d[0];
      else if (!d[0] && year && d[1]) d[0] = year;
      sp.key = `date:${dateKey(d)}`;
    } else if (sp.type === 'number') {
      sp.key = `number:${sp.text.toLowerCase().replace(/[\s,\u00a0]/g, '')}`;
    } else {
      sp.key = `${sp.type}:${words(sp.text).map(keyStem).join(' ')}`;
    }
  }
}

const CYR = /[\u0400-\u04FF]/;

/**
 * The entity index for the sidebar: one group per key, most mentioned first (then first seen).
 * Label: the gazetteer name in the mentions' script, else the fullest mention.
 */
export function groupEntities(spans: readonly EntitySpan[]): EntityGroup[] {
  const groups = new Map<string, EntityGroup & { best: string }>();
  spans.forEach((sp, i) => {
    let g = groups.get(sp.key);
    if (!g) groups.set(sp.key, (g = { key: sp.key, type: sp.type, label: '', count: 0, mentions: [], best: sp.text }));
    g.count++;
    g.mentions.push(i);
    if (words(sp.text).length > words(g.best).length) g.best = sp.text;
  });
  const out: EntityGroup[] = [];
  for (const { best, ...g } of groups.values()) {
    g.label = gazLabel(g.key, CYR.test(best)) ?? best;
    out.push(g);
  }
  return out.sort((a, b) => b.count - a.count || a.mentions[0]! - b.mentions[0]!);
}
