/**
 * One person (place, organisation) under one name across languages, in the library.
 *
 * The entity engine gives a person one key in both languages (`person:sergey lavrov` for
 * "Sergey Lavrov", "С.В.Лавров", "Лаврова"), and a briefing record stores, with each key, the
 * label the briefing showed (`EntityCount.label`). Here the library gathers every name known for
 * a key — the stored labels of every briefing, the gazetteer's English and Russian names, and a
 * guess from the key as the last resort — so that "Лавров" finds Sergey Lavrov read only in
 * English, and shows one label in the reader's language.
 *
 * Speakers are names too: "Maria Zakharova" and "М.В.Захарова" are one speaker (`speakerKey`).
 */
import { gazLabel, gazSurname } from '../entities/gazetteer';
import { keyStem } from '../entities/text';
import { matchesAllWordsIn } from '../search/words';
import type { BriefingRecord } from '../store/schema';
import { entityLabel, parseEntityKey } from './labels';

const CYRILLIC = /[\u0400-\u04FF]/;
const NAME_WORD_RE = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

export interface EntityNames {
  /** The label to show in the reader's language. */
  label: string;
  /** Every name known for the key (for search), label first. */
  names: string[];
}

/** The label of `key` for a reader of `lang`, from its known names. */
function pickLabel(key: string, stored: readonly string[], ru: boolean): string {
  const inScript = stored.filter((n) => CYRILLIC.test(n) === ru);
  return inScript[0] ?? gazLabel(key, ru) ?? stored[0] ?? gazLabel(key, !ru) ?? entityLabel(key);
}

/** Names of every entity of the briefing records, for a reader of `lang` ('en' or 'ru'). */
export function entityNames(briefings: readonly BriefingRecord[], lang: string): Map<string, EntityNames> {
  const ru = lang.toLowerCase().startsWith('ru');
  const stored = new Map<string, string[]>();
  for (const b of briefings) {
    for (const e of b.entities) {
      let list = stored.get(e.key);
      if (!list) stored.set(e.key, (list = []));
      if (e.label && !list.includes(e.label)) list.push(e.label);
    }
  }
  const out = new Map<string, EntityNames>();
  for (const [key, labels] of stored) {
    const label = pickLabel(key, labels, ru);
    const names = [label, ...labels, gazLabel(key, false), gazLabel(key, true), entityLabel(key), parseEntityKey(key).name];
    out.set(key, { label, names: [...new Set(names.filter((n): n is string => !!n))] });
  }
  return out;
}

/** Whether an entity's names hold every word of `query` (see lib/search/words.ts). */
export function namesMatch(names: EntityNames | undefined, key: string, query: string): boolean {
  return matchesAllWordsIn(names?.names ?? [entityLabel(key), parseEntityKey(key).name], query);
}

/**
 * One key per speaker however the name is written: the gazetteer person whose surname it ends
 * with ("М.В.Захарова", "Maria Zakharova" → `person:maria zakharova`), else its stemmed name
 * words without initials (so "А.Зайцев" and "Алексей Зайцев" still differ only when the
 * gazetteer does not know them).
 */
export function speakerKey(name: string): string {
  const words = (name.match(NAME_WORD_RE) ?? []).filter((w) => w.length > 1);
  if (words.length === 0) return `person:${name.trim().toLowerCase()}`;
  const stems = words.map(keyStem);
  const known = gazSurname(stems[stems.length - 1]!);
  return `person:${known ?? stems.join(' ')}`;
}

/** The name to show for a speaker key, from the ways it was written, in the reader's language. */
export function speakerLabel(key: string, spellings: readonly string[], lang: string): string {
  const ru = lang.toLowerCase().startsWith('ru');
  const full = [...spellings].sort((a, b) => fullness(b) - fullness(a));
  return gazLabel(key, ru) ?? full.find((n) => CYRILLIC.test(n) === ru) ?? full[0] ?? key;
}

/** Prefer "Maria Zakharova" to "М.В.Захарова": more letters outside initials. */
function fullness(name: string): number {
  return (name.match(NAME_WORD_RE) ?? []).filter((w) => w.length > 1).join('').length;
}
