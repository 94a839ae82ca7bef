/**
 * What the sidebar may ask of the page. The content script implements it over the live DOM;
 * components never touch the page or the browser APIs themselves, which keeps them testable.
 */
import type { DomBlockRef } from '../adapters/dom';
import type { Briefing } from '../briefing/model';
import type { SearchHit } from '../briefing/search';
import type { EntityIndex, Mention } from './entity-layer';
import type { HighlightColour, NoteRecord, NotesSnapshot } from './notes-layer';

export type PageCommand = 'toggle-sidebar' | 'next-section' | 'prev-section' | 'highlight-selection';

export interface PageApi {
  briefing: Briefing<DomBlockRef>;
  /** The page address without our fragment. */
  pageUrl(): string;
  /** Scroll a section into view; `focus` also moves keyboard focus there. */
  jumpToSection(index: number, opts?: { focus?: boolean }): void;
  /** Paint search hits, the active one distinctly, and bring the active one into view. */
  showSearchHits(hits: SearchHit[], active: number | null): void;
  /** The reader's current text selection inside the article, if any. */
  selectedQuote(): { quote: string; section: number | null } | null;
  copyText(text: string): Promise<boolean>;
  /** Keep `width` px free on the right of the page (0: none). */
  reserveWidth(width: number): void;
  /** Calls back with the index of the section being read, now and as the reader scrolls. */
  watchCurrentSection(cb: (index: number) => void): () => void;
  /** Commands from the toolbar button and keyboard shortcuts. */
  onCommand(cb: (c: PageCommand) => void): () => void;
  /** Download the page's HTML as the browser has it, for a bug report. */
  savePageForReport(): void;
  /** Open the notes library (an extension page) in a tab. */
  openLibrary(): void;
  /** Entities of this briefing. Painting does nothing where the CSS Custom Highlight API is missing. */
  entities: {
    canPaint: boolean;
    index(): Promise<EntityIndex>;
    paint(on: boolean, types: Record<string, boolean>): Promise<void>;
    show(m: Mention): void;
  };
  /** The reader's highlights and notes; absent until storage answers (or when it cannot). */
  notes?: NotesApi;
}

export interface NotesApi {
  subscribe(fn: (s: NotesSnapshot) => void): () => void;
  record(id: string): NoteRecord | null;
  /** Highlights the current selection in the article; null when there is none there. */
  createFromSelection(colour: HighlightColour): Promise<NoteRecord | null>;
  update(id: string, patch: Partial<Pick<NoteRecord, 'note' | 'tags' | 'color'>>): Promise<void>;
  remove(id: string): Promise<NoteRecord | null>;
  restore(record: NoteRecord): Promise<void>;
  /** Scrolls to a highlight and marks it. */
  show(id: string): void;
  setActive(id: string | null): void;
  /** The selection's box when it lies in the article, as it changes. */
  onSelection(cb: (rect: DOMRect | null) => void): () => void;
  /** Clicks on a painted highlight. */
  onHighlightClick(cb: (id: string, rect: DOMRect) => void): () => void;
}
