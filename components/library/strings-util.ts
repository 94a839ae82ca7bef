/** Helpers shared by the library's English and Russian strings. */
import type { SortOrder } from '../../lib/library/sort';

/** A table of labels by key (entity types, colours, sort orders). */
export type Labels = Record<string, string>;
/** A label for each order of the highlight list. */
export type SortLabels = Record<SortOrder, string>;

/** What an import's field path (`target.selector.0.exact: …`) is about, in words. */
export function fieldName(detail: string, names: Record<string, string>): string {
  const path = detail.split(':')[0] ?? '';
  for (const [prefix, name] of Object.entries(names)) if (path.startsWith(prefix)) return name;
  return names[''] ?? path;
}

/** A count in the language's digit grouping ("100,001" / "100 001"); text that is not a number as it is. */
export const formatCount = (n: string, lang: string): string => (Number.isFinite(Number(n)) ? Number(n).toLocaleString(lang) : n);

export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Russian plural forms: 1 брифинг, 2 брифинга, 5 брифингов. */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  const w = m10 === 1 && m100 !== 11 ? one : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? few : many;
  return `${n} ${w}`;
}
