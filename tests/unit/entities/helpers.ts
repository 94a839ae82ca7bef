import { findEntities, type FindOptions } from '../../../lib/entities';

/** `[type, text]` pairs, compact for assertions. */
export const pairs = (text: string, opts?: FindOptions): [string, string][] => findEntities(text, opts).map((e) => [e.type, e.text]);

/** The type found for an exact surface, or undefined. */
export const typeOf = (text: string, surface: string, opts?: FindOptions): string | undefined =>
  findEntities(text, opts).find((e) => e.text === surface)?.type;
