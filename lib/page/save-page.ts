/**
 * "Save this page for a report": the page's HTML as the browser has it now (after scripts ran,
 * without our own sidebar), downloaded as a file `npm run segment` accepts as it is.
 */

/** The page's HTML without our own element (named `ourTag`, random per load). */
export function pageHtmlForReport(doc: Document, ourTag?: string): string {
  const clone = doc.documentElement.cloneNode(true) as Element;
  if (ourTag) clone.querySelectorAll(ourTag).forEach((n) => n.remove());
  return `<!DOCTYPE html>\n${clone.outerHTML}`;
}

export function reportFileName(href: string, date: string | null): string {
  const id = /(\d{6,8})\/?$/.exec(new URL(href).pathname)?.[1] ?? /content\/id\/(\d+)/.exec(href)?.[1] ?? date ?? 'page';
  return `mid-briefing-${id}.html`;
}

export function downloadPageForReport(doc: Document, win: Window, date: string | null = null, ourTag?: string): void {
  const blob = new Blob([pageHtmlForReport(doc, ourTag)], { type: 'text/html;charset=utf-8' });
  const a = doc.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = reportFileName(win.location.href, date);
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
