/**
 * The reader's highlights on the live page: anchored again on every visit (and when the article
 * changes), painted by colour, hit-tested on click, and described from a new selection. This
 * layer never sees what the reader wrote — only where each highlight is, its colour, and whether
 * it has a note (for the marker).
 *
 * Anchoring runs in slices so the page stays responsive with many highlights; results are
 * cached per article text; a highlight made on the other language's text is only looked for
 * exactly (an approximate search across languages never succeeds and costs the most).
 */
import { anchor, describe, sectionRanges, TextIndex, trimSpan, type AnchorResult, type SectionRange } from '../anchoring';
import type { Briefing, Language } from '../briefing/model';
import type { Draft } from '../messages/frame-messages';
import { HIGHLIGHT_COLORS, type HighlightColor, type HighlightForPage } from '../store/schema';
import { HIGHLIGHT_COLOR_VALUES } from './colors';
import type { Painter } from './painter';
import { mapInSlices } from './sliced';

export interface Placement {
  id: string;
  anchored: boolean;
  /** Start offset in the article text (page order); 0 for an orphan. */
  at: number;
  /** Index of the section it lies in, when anchored. */
  section: number | null;
}

interface Placed {
  item: HighlightForPage;
  result: AnchorResult;
}

const paintName = (c: HighlightColor) => `bl-note-${c}`;
const NOTE_MARK = 'bl-note-marked';
const ACTIVE = 'bl-note-active';

export class HighlightLayer {
  private items: HighlightForPage[] = [];
  private placed = new Map<string, Placed>();
  private index: TextIndex;
  private sections: SectionRange[];
  private painting = true;
  private run = 0;
  private cache = new Map<string, AnchorResult>();
  private cachedText = '';

  constructor(
    private readonly container: Element,
    private briefing: Pick<Briefing, 'sections' | 'blocks'>,
    private readonly painter: Painter,
    private readonly language: Language,
  ) {
    this.index = TextIndex.build(container);
    this.sections = sectionRanges(briefing);
  }

  /** Anchor and paint `items` (replacing the previous set); resolves with where each landed. */
  async set(items: HighlightForPage[], paint: boolean): Promise<Placement[] | null> {
    this.items = items;
    this.painting = paint;
    return this.reanchor();
  }

  /** The article changed: index its text again and anchor every highlight afresh. */
  refresh(briefing: Pick<Briefing, 'sections' | 'blocks'>): Promise<Placement[] | null> {
    this.briefing = briefing;
    this.index = TextIndex.build(this.container);
    this.sections = sectionRanges(briefing);
    return this.reanchor();
  }

  private async reanchor(): Promise<Placement[] | null> {
    const run = ++this.run;
    const text = this.index.text;
    if (text !== this.cachedText) {
      this.cache.clear();
      this.cachedText = text;
    }
    const results = await mapInSlices(this.items, (item) => this.anchorOne(item, text), { cancelled: () => run !== this.run });
    if (!results) return null;
    this.placed = new Map(this.items.map((item, k) => [item.id, { item, result: results[k] }]));
    this.repaint();
    return this.placements();
  }

  private anchorOne(item: HighlightForPage, text: string): AnchorResult {
    const key = `${item.id}\u0000${JSON.stringify(item.selectors)}\u0000${item.section?.id ?? ''}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const exactOnly = item.language !== null && item.language !== this.language;
    const result = anchor(text, this.sections, item, { exactOnly });
    this.cache.set(key, result);
    return result;
  }

  placements(): Placement[] {
    return [...this.placed.values()].map(({ item, result }) => {
      if (result.status !== 'anchored') return { id: item.id, anchored: false, at: 0, section: null };
      const section = this.sections.findIndex((s) => result.start >= s.start && result.start < s.end);
      return { id: item.id, anchored: true, at: result.start, section: section >= 0 ? section : null };
    });
  }

  private repaint(): void {
    for (const color of HIGHLIGHT_COLORS) {
      const ranges = this.painting ? this.rangesWhere((p) => p.item.color === color) : [];
      if (ranges.length) this.painter.paint(paintName(color), ranges, { background: HIGHLIGHT_COLOR_VALUES[color], color: '#111' }, 3);
      else this.painter.clear(paintName(color));
    }
    // A highlight with a note carries a dotted underline, so notes can be seen where they are.
    const marked = this.painting ? this.rangesWhere((p) => p.item.hasNote) : [];
    if (marked.length) this.painter.paint(NOTE_MARK, marked, { textDecoration: 'underline dotted 2px #5b4a00' }, 4);
    else this.painter.clear(NOTE_MARK);
  }

  private rangesWhere(pred: (p: Placed) => boolean): Range[] {
    const out: Range[] = [];
    for (const p of this.placed.values()) {
      if (!pred(p)) continue;
      const r = this.rangeOf(p.item.id);
      if (r) out.push(r);
    }
    return out;
  }

  rangeOf(id: string): Range | null {
    const p = this.placed.get(id);
    if (!p || p.result.status !== 'anchored') return null;
    try {
      return this.index.rangeFromSpan({ start: p.result.start, end: p.result.end });
    } catch {
      return null;
    }
  }

  has(id: string): boolean {
    return this.placed.get(id)?.result.status === 'anchored';
  }

  /** The selection as a highlight-to-be, or null when it is not (or not only) article text. */
  draftFrom(range: Range, url: string): Draft | null {
    if (!this.container.contains(range.commonAncestorContainer)) return null;
    const raw = this.index.spanFromRange(range);
    const span = raw ? trimSpan(this.index.text, raw) : null;
    if (!span) return null;
    const desc = describe(this.index.text, this.sections, span);
    return { selectors: desc.selectors, section: desc.section, quote: this.index.text.slice(span.start, span.end), url, language: this.language };
  }

  /** The highlight under a viewport point, topmost (latest) first. */
  hitTest(x: number, y: number): string | null {
    if (!this.painting) return null;
    const hits = [...this.placed.values()].filter((p) => p.result.status === 'anchored').sort((a, b) => b.item.created - a.item.created);
    for (const p of hits) {
      const r = this.rangeOf(p.item.id);
      if (!r) continue;
      for (const rect of Array.from(r.getClientRects())) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return p.item.id;
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
