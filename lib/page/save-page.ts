/**
 * "Save this page for a report": the page's HTML as the browser has it now (after scripts ran,
 * without our own sidebar), downloaded as a file `npm run segment` accepts as it is.
 */

/** The page's HTML without our own elements (named `ourTags`, random per load). */
export function pageHtmlForReport(doc: Document, ourTags: string[] = []): string {
  const clone = doc.documentElement.cloneNode(true) as Element;
  for (const tag of ourTags) clone.querySelectorAll(tag).forEach((n) => n.remove());
  return `<!DOCTYPE html>\n${clone.outerHTML}`;
}

export function reportFileName(href: string, date: string | null): string {
  const id = /(\d{6,8})\/?$/.exec(new URL(href).pathname)?.[1] ?? /content\/id\/(\d+)/.exec(href)?.[1] ?? date ?? 'page';
  return `mid-briefing-${id}.html`;
}

export function downloadPageForReport(doc: Document, win: Window, date: string | null = null, ourTags: string[] = []): void {
  const blob = new Blob([pageHtmlForReport(doc, ourTags)], { type: 'text/html;charset=utf-8' });
  const a = doc.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = reportFileName(win.location.href, date);
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
