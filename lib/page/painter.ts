/**
 * Paints ranges with the CSS Custom Highlight API: one named Highlight per kind (entity type,
 * highlight colour, search hits), zero nodes added to the page. Where the API is missing, painting
 * does nothing and says so through `supported`.
 */
import type { PageStyle } from './page-style';

export interface HighlightStyle {
  background?: string;
  color?: string;
  textDecoration?: string;
}

type Registry = Map<string, unknown> & { set(name: string, h: unknown): unknown };

function registry(): Registry | null {
  const css = (globalThis as { CSS?: { highlights?: Registry } }).CSS;
  return css?.highlights && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function' ? css.highlights : null;
}

export class Painter {
  private readonly names = new Set<string>();

  constructor(private readonly style: PageStyle) {}

  get supported(): boolean {
    return registry() !== null && this.style.available;
  }

  /** Replaces what highlight `name` paints. `priority` orders overlapping highlights (higher on top). */
  paint(name: string, ranges: AbstractRange[], look: HighlightStyle, priority = 0): void {
    const reg = registry();
    if (!reg) return;
    const HighlightCtor = (globalThis as unknown as { Highlight: new (...r: AbstractRange[]) => { priority: number } }).Highlight;
    const h = new HighlightCtor(...ranges);
    h.priority = priority;
    reg.set(name, h);
    this.names.add(name);
    const decls = [
      look.background && `background-color: ${look.background}`,
      look.color && `color: ${look.color}`,
      look.textDecoration && `text-decoration: ${look.textDecoration}`,
    ].filter(Boolean);
    this.style.set(`highlight:${name}`, `::highlight(${name}) { ${decls.join('; ')} }`);
  }

  clear(name: string): void {
    registry()?.delete(name);
    this.style.set(`highlight:${name}`, '');
    this.names.delete(name);
  }

  clearAll(): void {
    for (const n of [...this.names]) this.clear(n);
  }
}
