/** Stable, readable fragment ids for sections (`#bl-update-on-afghanistan`). */

/** Russian letters in Latin (a simple, readable romanisation; `ё` as `e`, as Russian writes it too). */
export const RU_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

const MAX_WORDS = 8;

export function slugify(text: string): string {
  const latin = text
    .toLowerCase()
    .replace(/[а-яё]/g, (c) => RU_LATIN[c] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const words = latin.match(/[a-z0-9]+/g) ?? [];
  return words.slice(0, MAX_WORDS).join('-');
}

/** Unique ids for a list of base slugs, in order: a repeated slug gets `-2`, `-3`, … */
export function uniqueIds(bases: string[]): string[] {
  const used = new Map<string, number>();
  return bases.map((base) => {
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? `bl-${base}` : `bl-${base}-${n}`;
  });
}
