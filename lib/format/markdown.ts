/**
 * Markdown escaping: everything taken from a page or typed by the reader is escaped, so a title,
 * a speaker or a note can never turn into a link, HTML or structure in what the reader pastes or
 * exports. Used by the library's export and the sidebar's citations alike.
 */

/** Escapes inline Markdown and HTML in one line of plain text. */
export function escapeInline(s: string): string {
  return s.replace(/[\\`*_[\]<>&|~]/g, (c) => `\\${c}`);
}

/** Escapes one line of plain text so that it stays a paragraph line (no heading, list, quote, rule). */
export function escapeLine(s: string): string {
  const e = escapeInline(s);
  return e.replace(/^(\s*)(#|>|\+|-|=|(\d+)([.)]))/, (_m, sp: string, mark: string, digits?: string, punct?: string) =>
    digits !== undefined ? `${sp}${digits}\\${punct}` : `${sp}\\${mark}`,
  );
}

/** One line, for headings and labels: line breaks become spaces. */
export function oneLine(s: string): string {
  return escapeInline(s.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/** An http(s) address fit for a `<…>` link destination, or null. */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return u.href.replace(/[<>\s]/g, (c) => encodeURIComponent(c));
  } catch {
    return null;
  }
}

/** `[text](<href>)`, or the escaped text alone when the address is not http(s). */
export function markdownLink(text: string, url: string): string {
  const href = safeHref(url);
  return href ? `[${oneLine(text)}](<${href}>)` : oneLine(text);
}
