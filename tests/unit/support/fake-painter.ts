/** A Painter stand-in that records what was painted, by highlight name. */
import type { HighlightStyle, Painter } from '../../../lib/page/painter';

export interface Painted {
  ranges: AbstractRange[];
  look: HighlightStyle;
  priority: number;
}

export class FakePainter {
  readonly painted = new Map<string, Painted>();
  readonly cleared: string[] = [];
  supported = true;

  paint(name: string, ranges: AbstractRange[], look: HighlightStyle, priority = 0): void {
    this.painted.set(name, { ranges, look, priority });
  }

  clear(name: string): void {
    this.painted.delete(name);
    this.cleared.push(name);
  }

  clearAll(): void {
    for (const n of [...this.painted.keys()]) this.clear(n);
  }

  /** The text each range of highlight `name` covers. */
  texts(name: string): string[] {
    return (this.painted.get(name)?.ranges ?? []).map((r) => String(r));
  }

  asPainter(): Painter {
    return this as unknown as Painter;
  }
}

/**
 * Stubs the CSS Custom Highlight API (happy-dom has none): `Highlight` keeps its ranges, and
 * `CSS.highlights` is a plain Map. Returns the registry and a function that restores the globals.
 */
export function stubHighlightApi(): { registry: Map<string, { ranges: AbstractRange[]; priority: number }>; restore: () => void } {
  const g = globalThis as Record<string, unknown>;
  const before = { Highlight: g.Highlight, CSS: g.CSS };
  const registry = new Map<string, { ranges: AbstractRange[]; priority: number }>();
  g.Highlight = class {
    ranges: AbstractRange[];
    priority = 0;
    constructor(...ranges: AbstractRange[]) {
      this.ranges = ranges;
    }
  };
  g.CSS = { ...(before.CSS as object), highlights: registry };
  return {
    registry,
    restore() {
      g.Highlight = before.Highlight;
      g.CSS = before.CSS;
    },
  };
}
