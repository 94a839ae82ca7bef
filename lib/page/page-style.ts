/**
 * Styles we put into the ministry's page (highlight colours, the docked layout) go into one
 * constructed stylesheet adopted by the document: no <style> node is added, so the page's DOM is
 * unchanged and our rules are removed in one step.
 */

export class PageStyle {
  private readonly sheet: CSSStyleSheet | null;
  private readonly parts = new Map<string, string>();

  constructor(private readonly doc: Document) {
    let sheet: CSSStyleSheet | null = null;
    try {
      sheet = new CSSStyleSheet();
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } catch {
      sheet = null; // old engines: no constructed sheets; we then style nothing in the page
    }
    this.sheet = sheet;
  }

  get available(): boolean {
    return this.sheet !== null;
  }

  /** Sets (or with `css === ''`, removes) one named part of our page stylesheet. */
  set(part: string, css: string): void {
    if (css) this.parts.set(part, css);
    else this.parts.delete(part);
    try {
      this.sheet?.replaceSync([...this.parts.values()].join('\n'));
    } catch {
      /* a rule this engine cannot parse must not break the page */
    }
  }

  dispose(): void {
    if (!this.sheet) return;
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}
