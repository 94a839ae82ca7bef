/**
 * The one set of limits on what a highlight may hold. The store's record schema, the import and
 * the note editor all read them from here, so a note the editor accepts is one the store keeps
 * and an export always re-imports.
 *
 * Generous for any real use (a whole briefing is ~50,000 characters), small enough that a runaway
 * sender cannot fill the disk one message at a time. Nothing is ever shortened to fit: text over
 * a limit is refused with a message (`noteProblem`, `tagsProblem`).
 */

/** Characters in a note. */
export const MAX_NOTE_CHARS = 100_000;
/** Tags on one highlight. */
export const MAX_TAGS = 50;
/** Characters in one tag. */
export const MAX_TAG_CHARS = 100;
/** Characters in the highlighted quote. */
export const MAX_QUOTE_CHARS = 100_000;
/** Characters of context kept before and after a quote (the anchoring's prefix / suffix). */
export const MAX_CONTEXT_CHARS = 256;

export type LimitProblem =
  | { code: 'note-too-long'; limit: number; actual: number }
  | { code: 'too-many-tags'; limit: number; actual: number }
  | { code: 'tag-too-long'; limit: number; actual: number; tag: string };

/** Why a note cannot be saved as it is, or null when it fits. */
export function noteProblem(note: string): LimitProblem | null {
  return note.length > MAX_NOTE_CHARS ? { code: 'note-too-long', limit: MAX_NOTE_CHARS, actual: note.length } : null;
}

/** Why a list of tags cannot be saved as it is, or null when it fits. */
export function tagsProblem(tags: readonly string[]): LimitProblem | null {
  if (tags.length > MAX_TAGS) return { code: 'too-many-tags', limit: MAX_TAGS, actual: tags.length };
  const long = tags.find((t) => t.length > MAX_TAG_CHARS);
  return long === undefined ? null : { code: 'tag-too-long', limit: MAX_TAG_CHARS, actual: long.length, tag: long };
}

/** The first problem of a note and its tags, or null. */
export function limitProblem(note: string, tags: readonly string[]): LimitProblem | null {
  return noteProblem(note) ?? tagsProblem(tags);
}

/** An English sentence for a problem (logs, the import's reasons); the UIs word it from `code`. */
export function limitMessage(p: LimitProblem): string {
  switch (p.code) {
    case 'note-too-long':
      return `The note is ${p.actual.toLocaleString('en')} characters long; at most ${p.limit.toLocaleString('en')} can be kept.`;
    case 'too-many-tags':
      return `There are ${p.actual} tags; at most ${p.limit} can be kept.`;
    case 'tag-too-long':
      return `A tag is ${p.actual} characters long; at most ${p.limit} can be kept.`;
  }
}
