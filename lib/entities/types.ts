/** Public types of the entity engine. */

export type EntityType = 'person' | 'place' | 'organization' | 'date' | 'number';

export interface EntitySpan {
  /** Offsets into the text given to findEntities (UTF-16 code units), end exclusive. */
  start: number;
  end: number;
  type: EntityType;
  /** `text.slice(start, end)`. */
  text: string;
  /**
   * Canonical key: mentions of one entity share it across forms, cases and languages
   * ("US", "the United States", "США" → "place:united states"; "Лаврова" → "person:sergey lavrov").
   */
  key: string;
}

export interface FindOptions {
  /** Which language rules to run; 'auto' (default) runs each script's rules where it occurs. */
  language?: 'en' | 'ru' | 'auto';
  /** Also report cardinal numbers (default false). */
  numbers?: boolean;
}

export interface EntityGroup {
  key: string;
  type: EntityType;
  /** Display name: the gazetteer name, else the fullest mention. */
  label: string;
  count: number;
  /** Indices into the spans array given to groupEntities. */
  mentions: number[];
}

/** Internal: a candidate span before overlap resolution (offsets relative to one line). */
export interface Cand {
  s: number;
  e: number;
  type: EntityType;
  /** Rule confidence; the longer candidate wins an overlap, then the higher pri. */
  pri: number;
  /** Gazetteer id, when the span is a gazetteer entry. */
  id?: string;
  /** Dates: [year, month, day, year2, month2, day2], 0 where unknown. */
  date?: number[];
}
