/**
 * Display labels for entity keys (`person:sergey lavrov`, `organization:osce`, `date:2024-03-14`).
 *
 * A `BriefingRecord` stores only the canonical keys, which are lower-cased (and, for Russian
 * names outside the gazetteer, stemmed), so the true spelling is lost. The label here is a
 * last-resort guess (the library prefers the labels briefing records store, entity-names.ts)
 * and says so in its simplicity: every word gets a capital; an organisation whose key is a
 * single short word is taken for an acronym (`osce` → OSCE, `nato` → NATO, `brics` → BRICS), as
 * is any word without a vowel (`smm` → SMM) and any one- or two-letter word of an organisation
 * (`un security council` → UN Security Council). Dates and numbers are shown as keyed. The UI
 * shows the raw key beside the label where there is room, so a wrong guess is visible.
 */

import { gazLabel } from '../entities/gazetteer';

export type EntityKind = 'person' | 'place' | 'organization' | 'date' | 'number' | 'other';

const KINDS = new Set<EntityKind>(['person', 'place', 'organization', 'date', 'number']);
const VOWEL = /[aeiouyаеёиоуыэюяіє]/i;
/** Short function words that stay lower-case inside a name. */
const SMALL_WORDS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'at', 'de', 'и', 'по', 'в', 'на', 'о', 'при', 'для']);

export interface ParsedEntityKey {
  kind: EntityKind;
  /** The part after `type:`. */
  name: string;
}

export function parseEntityKey(key: string): ParsedEntityKey {
  const colon = key.indexOf(':');
  if (colon < 0) return { kind: 'other', name: key };
  const type = key.slice(0, colon);
  return { kind: KINDS.has(type as EntityKind) ? (type as EntityKind) : 'other', name: key.slice(colon + 1) };
}

/** A readable label for an entity key; see the module comment for what is guessed. */
export function entityLabel(key: string): string {
  const { kind, name } = parseEntityKey(key);
  if (kind === 'date' || kind === 'number') return name;
  const words = name.split(/\s+/).filter(Boolean);
  const single = words.length === 1;
  return words
    .map((w, i) => {
      if (i > 0 && SMALL_WORDS.has(w)) return w;
      const letters = w.replace(/[^\p{L}]/gu, '');
      const acronym =
        (letters.length >= 2 && letters.length <= 5 && !VOWEL.test(letters)) ||
        (kind === 'organization' && ((single && letters.length <= 5) || (letters.length > 0 && letters.length <= 2)));
      if (acronym) return w.toLocaleUpperCase();
      // An organisation's word that is itself a known acronym keeps its capitals ("osce
      // permanent council" → OSCE Permanent Council, not "Osce Permanent Council").
      const known = kind === 'organization' ? gazLabel(`organization:${w}`, false) : undefined;
      if (known && known === known.toUpperCase() && known.toLowerCase() === w) return known;
      // Capitalise each hyphen- or apostrophe-joined part ("nizhny-novgorod" → Nizhny-Novgorod).
      return w.replace(/(^|[-‘’'])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toLocaleUpperCase());
    })
    .join(' ');
}

/** Whether `query` (any case) matches the entity: its label, its name, or the whole key. */
export function entityMatches(key: string, query: string): boolean {
  const q = normalizeForMatch(query);
  if (!q) return true;
  const { name } = parseEntityKey(key);
  return normalizeForMatch(name).includes(q) || normalizeForMatch(key).includes(q);
}

export function normalizeForMatch(s: string): string {
  return s.toLocaleLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}
