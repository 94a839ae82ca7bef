/**
 * Notes and tags are plain text. Anything an HTML parser would read as a tag, comment or
 * processing instruction is refused where notes enter (the note editor, imports), so an export
 * always re-imports. `a < b` is fine; `x<y` or `<b>` is not.
 */
export const MARKUP_RE = /<(?:\/?[a-z]|[!?])/i;

export function hasMarkup(text: string): boolean {
  return MARKUP_RE.test(text);
}
