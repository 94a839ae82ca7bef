/**
 * Entities on the live page: the sidebar finds them (through the background's engine) and sends
 * their places; this layer paints them per type with the CSS Custom Highlight API and walks the
 * reader to one mention at a time.
 *
 * Entities are painted as underlines in their own hues, never as fills: a fill is how the
 * reader's own highlights look, and the two must never be mistaken for each other.
 */
import type { SourceSpan } from '../briefing/offsets';
import type { Painter } from './painter';
import { scrollToRange } from './scroll';

export const ENTITY_TYPES = ['person', 'place', 'organization', 'date'] as const;
export type ShownType = (typeof ENTITY_TYPES)[number];

/** Underline hues, distinct from the highlight fills and readable in light and dark pages. */
export const ENTITY_COLORS: Record<ShownType, string> = {
  person: '#c2185b',
  place: '#2e7d32',
  organization: '#1565c0',
  date: '#b45309',
};

export const ENTITY_STYLES: Record<ShownType, string> = {
  person: `underline solid 2px ${ENTITY_COLORS.person}`,
  place: `underline dashed 2px ${ENTITY_COLORS.place}`,
  organization: `underline double 3px ${ENTITY_COLORS.organization}`,
  date: `underline dotted 2px ${ENTITY_COLORS.date}`,
};

/** A mention as a span of the article text (as highlights are). */
export interface PaintedMention extends SourceSpan {
  type: ShownType;
}

export const highlightName = (type: ShownType): string => `bl-entity-${type}`;
const WALKED = 'bl-entity-flash';

export class EntityPainter {
  private mentions: PaintedMention[] = [];
  private shown: { on: boolean; types: Record<string, boolean> } = { on: false, types: {} };

  constructor(
    /** The article text's spans → live Ranges (the page's TextIndex, shared with highlights). */
    private readonly rangeOf: (span: SourceSpan) => Range | null,
    private readonly painter: Painter,
    private readonly win: Window,
  ) {}

  setMentions(mentions: PaintedMention[]): void {
    this.mentions = mentions;
    this.paint();
  }

  show(on: boolean, types: Record<string, boolean>): void {
    this.shown = { on, types };
    this.paint();
  }

  private paint(): void {
    const { on, types } = this.shown;
    for (const type of ENTITY_TYPES) {
      if (!on || !types[type]) {
        this.painter.clear(highlightName(type));
        continue;
      }
      const ranges = this.mentions
        .filter((m) => m.type === type)
        .map((m) => this.rangeOf(m))
        .filter((r): r is Range => r !== null);
      this.painter.paint(highlightName(type), ranges, { textDecoration: ENTITY_STYLES[type] }, 1);
    }
  }

  /** Brings a mention into view and keeps it marked until the next walk. */
  walk(index: number): void {
    const m = this.mentions[index];
    const r = m ? this.rangeOf(m) : null;
    if (!r) return;
    scrollToRange(this.win, r);
    this.painter.paint(WALKED, [r], { background: '#ffe08a', color: '#000', textDecoration: 'underline solid 3px #000' }, 10);
  }

  clearWalk(): void {
    this.painter.clear(WALKED);
  }
}
