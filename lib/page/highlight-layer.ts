/**
 * The reader's highlights on the live page: painted by colour from the spans the sidebar frame
 * found (anchoring runs there, off the page's thread), hit-tested on click, and described from a
 * new selection. This layer never sees what the reader wrote — only where each highlight is, its
 * colour, and whether it has a note (for the marker).
 */
import { describe, sectionRanges, TextIndex, trimSpan, type SectionRange } from '../anchoring';
import type { Briefing, Language } from '../briefing/model';
import type { Draft } from '../messages/frame-messages';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../store/schema';
import { HIGHLIGHT_COLOR_VALUES } from './colors';
import type { Painter } from './painter';

/** A highlight to paint: where it is in the article text, and how it looks. */
export interface PaintedSpan {
  id: string;
  start: number;
  end: number;
  color: HighlightColor;
  hasNote: boolean;
  created: number;
}

const paintName = (c: HighlightColor) => `bl-note-${c}`;
const NOTE_MARK = 'bl-note-marked';
const ACTIVE = 'bl-note-active';

export class HighlightLayer {
  private spans = new Map<string, PaintedSpan>();
  private index: TextIndex;
  private sections: SectionRange[];

  constructor(
    private readonly container: Element,
    briefing: Pick<Briefing, 'sections' | 'blocks'>,
    private readonly painter: Painter,
    private readonly language: Language,
  ) {
    this.index = TextIndex.build(container);
    this.sections = sectionRanges(briefing);
  }

  /** The article's text: what the frame anchors in and what spans count in. */
  get text(): string {
    return this.index.text;
  }

  /** Paints `spans` (replacing the previous set); spans outside the text are left out. */
  set(spans: PaintedSpan[]): void {
    const n = this.index.text.length;
    this.spans = new Map(spans.filter((s) => s.start < s.end && s.end <= n).map((s) => [s.id, s]));
    this.repaint();
  }

  /** The article changed: index its text again (the frame sends spans for the new text). */
  refresh(briefing: Pick<Briefing, 'sections' | 'blocks'>): void {
    this.index = TextIndex.build(this.container);
    this.sections = sectionRanges(briefing);
    this.spans.clear();
    this.repaint();
  }

  private repaint(): void {
    for (const color of HIGHLIGHT_COLORS) {
      const ranges = this.rangesWhere((p) => p.color === color);
      if (ranges.length) this.painter.paint(paintName(color), ranges, { background: HIGHLIGHT_COLOR_VALUES[color], color: '#111' }, 3);
      else this.painter.clear(paintName(color));
    }
    // A highlight with a note carries a dotted underline, so notes can be seen where they are.
    const marked = this.rangesWhere((p) => p.hasNote);
    if (marked.length) this.painter.paint(NOTE_MARK, marked, { textDecoration: 'underline dotted 2px #5b4a00' }, 4);
    else this.painter.clear(NOTE_MARK);
  }

  private rangesWhere(pred: (p: PaintedSpan) => boolean): Range[] {
    const out: Range[] = [];
    for (const p of this.spans.values()) {
      if (!pred(p)) continue;
      const r = this.rangeOf(p.id);
      if (r) out.push(r);
    }
    return out;
  }

  rangeOf(id: string): Range | null {
    const p = this.spans.get(id);
    return p ? this.rangeOfSpan(p) : null;
  }

  /**
   * A live Range over a span of the article text: how everything the page paints (highlights,
   * entities, search hits) reaches the DOM. Null for an empty span or one outside the text.
   */
  rangeOfSpan({ start, end }: { start: number; end: number }): Range | null {
    if (!(start < end && end <= this.index.text.length)) return null;
    try {
      return this.index.rangeFromSpan({ start, end });
    } catch {
      return null;
    }
  }

  has(id: string): boolean {
    return this.spans.has(id);
  }

  /** The selection as a highlight-to-be, or null when it is not (or not only) article text. */
  draftFrom(range: Range, url: string): Draft | null {
    if (!this.container.contains(range.commonAncestorContainer)) return null;
    const raw = this.index.spanFromRange(range);
    const span = raw ? trimSpan(this.index.text, raw) : null;
    if (!span) return null;
    const desc = describe(this.index.text, this.sections, span);
    return {
      selectors: desc.selectors,
      section: desc.section,
      quote: this.index.text.slice(span.start, span.end),
      url,
      language: this.language,
    };
  }

  /** The highlight under a viewport point, topmost (latest) first. */
  hitTest(x: number, y: number): string | null {
    const hits = [...this.spans.values()].sort((a, b) => b.created - a.created);
    for (const p of hits) {
      const r = this.rangeOf(p.id);
      if (!r) continue;
      for (const rect of Array.from(r.getClientRects())) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return p.id;
      }
    }
    return null;
  }

  /** Marks one highlight as the one being looked at, or none. */
  setActive(id: string | null): void {
    const r = id ? this.rangeOf(id) : null;
    if (r) this.painter.paint(ACTIVE, [r], { textDecoration: 'underline 3px #1d3b5c' }, 5);
    else this.painter.clear(ACTIVE);
  }
}
