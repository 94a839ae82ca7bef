/**
 * The reader's highlights on the live page: create them from a selection, anchor stored ones
 * again on every visit (and when the article changes), paint them by colour, hit-test clicks,
 * and keep the sidebar's list informed. Storage is behind `NotesClient` (messages to the
 * background); nothing here touches IndexedDB.
 */
import { anchor, describe, sectionRanges, TextIndex, trimSpan, type AnchorResult, type SectionRange } from '../anchoring';
import type { Briefing } from '../briefing/model';
import type { Painter } from './painter';
import { HIGHLIGHT_COLORS as HIGHLIGHT_COLOURS, type HighlightColor as HighlightColour, type HighlightRecord as NoteRecord } from '../store/schema';

export { HIGHLIGHT_COLORS as HIGHLIGHT_COLOURS } from '../store/schema';
export type { HighlightColor as HighlightColour, HighlightRecord as NoteRecord } from '../store/schema';

export const COLOUR_VALUES: Record<HighlightColour, string> = {
  yellow: '#fff07a',
  green: '#b8f0b0',
  blue: '#b9dcff',
  pink: '#ffc4de',
  purple: '#dccbff',
};

export interface NotesClient {
  list(briefingKey: string): Promise<NoteRecord[]>;
  put(record: NoteRecord): Promise<void>;
  /** Deletes and returns what was deleted, so it can be restored (undo). */
  remove(id: string): Promise<NoteRecord | null>;
  restore(record: NoteRecord): Promise<void>;
}

export interface PlacedNote {
  record: NoteRecord;
  result: AnchorResult;
  /** Start offset in the article text when anchored (for page order). */
  at: number;
}

export interface NotesSnapshot {
  anchored: PlacedNote[];
  orphans: PlacedNote[];
  error: string | null;
}

const noteHighlight = (c: HighlightColour) => `bl-note-${c}`;
const ACTIVE = 'bl-note-active';

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `h-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export class NotesLayer {
  private records: NoteRecord[] = [];
  private placed = new Map<string, PlacedNote>();
  private index: TextIndex;
  private sections: SectionRange[];
  private error: string | null = null;
  /** The article's language: `?lang=` can switch it under the same briefing key. */
  private readonly language: 'en' | 'ru';
  private readonly listeners = new Set<(s: NotesSnapshot) => void>();

  constructor(
    private readonly container: Element,
    briefing: Pick<Briefing, 'sections' | 'blocks' | 'header'>,
    private readonly client: NotesClient,
    private readonly painter: Painter,
    private readonly briefingKey: string,
    private readonly pageUrl: () => string,
  ) {
    this.index = TextIndex.build(container);
    this.sections = sectionRanges(briefing);
    this.language = briefing.header.language;
  }

  subscribe(fn: (s: NotesSnapshot) => void): () => void {
    this.listeners.add(fn);
    fn(this.snapshot());
    return () => this.listeners.delete(fn);
  }

  snapshot(): NotesSnapshot {
    const all = [...this.placed.values()];
    return {
      anchored: all.filter((p) => p.result.status === 'anchored').sort((a, b) => a.at - b.at),
      orphans: all.filter((p) => p.result.status === 'orphan').sort((a, b) => a.record.created - b.record.created),
      error: this.error,
    };
  }

  async load(): Promise<void> {
    try {
      this.records = await this.client.list(this.briefingKey);
      this.error = null;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
    this.reanchor();
  }

  /**
   * The article changed (late arrival, edits): index its text again and anchor every highlight
   * afresh. Section ranges come from a fresh segmentation passed in by the caller.
   */
  refresh(briefing: Pick<Briefing, 'sections' | 'blocks'>): void {
    this.index = TextIndex.build(this.container);
    this.sections = sectionRanges(briefing);
    this.reanchor();
  }

  private reanchor(): void {
    this.placed.clear();
    for (const record of this.records) this.place(record);
    this.repaint();
  }

  private place(record: NoteRecord): void {
    const result = anchor(this.index.text, this.sections, { selectors: record.selectors, section: record.section });
    this.placed.set(record.id, { record, result, at: result.status === 'anchored' ? result.start : Number.MAX_SAFE_INTEGER });
  }

  private repaint(): void {
    for (const colour of HIGHLIGHT_COLOURS) {
      const ranges: Range[] = [];
      for (const p of this.placed.values()) {
        if (p.record.color !== colour || p.result.status !== 'anchored') continue;
        const r = this.rangeOf(p);
        if (r) ranges.push(r);
      }
      if (ranges.length) this.painter.paint(noteHighlight(colour), ranges, { background: COLOUR_VALUES[colour], color: '#111' }, 3);
      else this.painter.clear(noteHighlight(colour));
    }
    const snap = this.snapshot();
    for (const l of this.listeners) l(snap);
  }

  rangeOf(p: PlacedNote): Range | null {
    if (p.result.status !== 'anchored') return null;
    try {
      return this.index.rangeFromSpan({ start: p.result.start, end: p.result.end });
    } catch {
      return null;
    }
  }

  /** The selection as a highlight-to-be, or null when it is not inside the article. */
  spanOfSelection(range: Range): { start: number; end: number } | null {
    if (!this.container.contains(range.commonAncestorContainer)) return null;
    const span = this.index.spanFromRange(range);
    return span ? trimSpan(this.index.text, span) : null;
  }

  async create(range: Range, colour: HighlightColour): Promise<NoteRecord | null> {
    const span = this.spanOfSelection(range);
    if (!span) return null;
    const desc = describe(this.index.text, this.sections, span);
    const now = Date.now();
    const record: NoteRecord = {
      id: newId(),
      briefingKey: this.briefingKey,
      url: this.pageUrl(),
      selectors: desc.selectors,
      section: desc.section,
      quote: this.index.text.slice(span.start, span.end),
      color: colour,
      note: '',
      tags: [],
      created: now,
      updated: now,
      language: this.language,
    };
    await this.client.put(record);
    this.records.push(record);
    this.place(record);
    this.repaint();
    return record;
  }

  async update(id: string, patch: Partial<Pick<NoteRecord, 'note' | 'tags' | 'color'>>): Promise<void> {
    const i = this.records.findIndex((r) => r.id === id);
    if (i < 0) return;
    const record = { ...this.records[i], ...patch, updated: Date.now() };
    await this.client.put(record);
    this.records[i] = record;
    this.place(record);
    this.repaint();
  }

  async remove(id: string): Promise<NoteRecord | null> {
    const removed = (await this.client.remove(id)) ?? this.records.find((r) => r.id === id) ?? null;
    this.records = this.records.filter((r) => r.id !== id);
    this.placed.delete(id);
    this.repaint();
    return removed;
  }

  async restore(record: NoteRecord): Promise<void> {
    await this.client.restore(record);
    this.records = [...this.records.filter((r) => r.id !== record.id), record];
    this.place(record);
    this.repaint();
  }

  get(id: string): PlacedNote | undefined {
    return this.placed.get(id);
  }

  /** The highlight under a viewport point, topmost (latest) first. */
  hitTest(x: number, y: number): string | null {
    const hits = [...this.placed.values()].filter((p) => p.result.status === 'anchored').sort((a, b) => b.record.created - a.record.created);
    for (const p of hits) {
      const r = this.rangeOf(p);
      if (!r) continue;
      for (const rect of Array.from(r.getClientRects())) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return p.record.id;
      }
    }
    return null;
  }

  /** Marks one highlight as the one being looked at (outline), or none. */
  setActive(id: string | null): void {
    const p = id ? this.placed.get(id) : undefined;
    const r = p ? this.rangeOf(p) : null;
    if (r) this.painter.paint(ACTIVE, [r], { textDecoration: 'underline 3px #c0392b' }, 4);
    else this.painter.clear(ACTIVE);
  }
}
