/**
 * The reader's highlights and notes, as the sidebar frame holds them: whole records from the
 * background, anchored here in the article's text (see placement.ts), and handed to the page
 * half as spans to paint — without their notes.
 * Writes go to the background with the version they started from; when another tab or the
 * library changes this briefing's highlights, the copy here is reloaded.
 */
import type { Briefing } from '../briefing/model';
import type { BackgroundClient } from '../messages/client';
import type { Draft } from '../messages/frame-messages';
import type { NotePatch } from '../store/records';
import type { HighlightColor, HighlightRecord } from '../store/schema';
import { onHighlightsChanged } from '../store/broadcast';
import type { PagePort } from './page-port';
import { Placer, type Placement } from './placement';

export interface PlacedNote {
  record: HighlightRecord;
  anchored: boolean;
  /** Offset in the article (page order). */
  at: number;
  section: number | null;
}

export interface NotesSnapshot {
  anchored: PlacedNote[];
  orphans: PlacedNote[];
  /** Placements not reported yet (the page is still anchoring). */
  pending: boolean;
  error: string | null;
}

export interface NotesService {
  subscribe(fn: (s: NotesSnapshot) => void): () => void;
  record(id: string): HighlightRecord | null;
  create(draft: Draft, color: HighlightColor): Promise<HighlightRecord>;
  /** Changes made in an editor opened on version `baseVersion`: refused when that is stale. */
  update(id: string, baseVersion: number, patch: NotePatch): Promise<HighlightRecord>;
  remove(id: string): Promise<HighlightRecord | null>;
  restore(record: HighlightRecord): Promise<void>;
  show(id: string): void;
  setActive(id: string | null): void;
  /** "Don't paint my highlights on the page": they stay listed here. */
  setPainting(on: boolean): void;
  /** The article (or its text) changed: anchor everything again. */
  setArticle(text: string, briefing: Pick<Briefing, 'sections' | 'blocks' | 'header'>): void;
  dispose(): void;
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `h-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export interface ArticleText {
  text: string;
  briefing: Pick<Briefing, 'sections' | 'blocks' | 'header'>;
}

export function createNotesService(
  client: BackgroundClient,
  port: PagePort,
  briefingKey: string,
  painting: boolean,
  article: ArticleText,
): NotesService {
  const records = new Map<string, HighlightRecord>();
  let placements = new Map<string, Placement>();
  const placer = new Placer();
  placer.setArticle(article.text, article.briefing);
  let pending = true;
  let error: string | null = null;
  let paint = painting;
  const listeners = new Set<(s: NotesSnapshot) => void>();

  const snapshot = (): NotesSnapshot => {
    const all = [...records.values()].map((record) => {
      const p = placements.get(record.id);
      return { record, anchored: p?.anchored ?? false, at: p?.anchored ? p.start : Number.MAX_SAFE_INTEGER, section: p?.section ?? null };
    });
    return {
      anchored: all.filter((n) => n.anchored).sort((a, b) => a.at - b.at),
      orphans: pending
        ? []
        : all.filter((n) => !n.anchored && placements.has(n.record.id)).sort((a, b) => a.record.created - b.record.created),
      pending,
      error,
    };
  };
  const notify = () => {
    const s = snapshot();
    for (const l of listeners) l(s);
  };
  const sendSpans = () => {
    const spans = [];
    if (paint) {
      for (const p of placements.values()) {
        const r = records.get(p.id);
        if (r && p.anchored)
          spans.push({ id: r.id, start: p.start, end: p.end, color: r.color, hasNote: r.note.trim() !== '', created: r.created });
      }
    }
    port.send({ type: 'notes/paint', spans });
  };
  /** Anchor every record again (the set or the article changed), then paint and list. */
  const place = async () => {
    const placed = await placer.place([...records.values()]);
    if (!placed) return; // a newer run took over
    placements = new Map(placed.map((p) => [p.id, p]));
    pending = false;
    sendSpans();
    notify();
  };

  const load = async () => {
    try {
      const list = await client.highlights.list(briefingKey);
      records.clear();
      for (const r of list) records.set(r.id, r);
      error = null;
      await place();
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    notify();
  };

  const stopBroadcast = onHighlightsChanged((m) => {
    if (m.briefingKey === briefingKey) void load();
  });
  void load();

  const keep = (r: HighlightRecord) => {
    records.set(r.id, r);
    void place();
    return r;
  };

  return {
    subscribe(fn) {
      listeners.add(fn);
      fn(snapshot());
      return () => listeners.delete(fn);
    },
    record: (id) => records.get(id) ?? null,
    async create(draft, color) {
      const now = Date.now();
      const record: HighlightRecord = {
        id: newId(),
        briefingKey,
        url: draft.url,
        selectors: draft.selectors,
        section: draft.section,
        quote: draft.quote,
        color,
        note: '',
        tags: [],
        created: now,
        updated: now,
        language: draft.language,
      };
      return keep(await client.highlights.create(record));
    },
    async update(id, baseVersion, patch) {
      try {
        return keep(await client.highlights.update(id, baseVersion, patch));
      } catch (e) {
        void load(); // show what is stored now; the caller keeps the reader's text
        throw e;
      }
    },
    async remove(id) {
      const removed = await client.highlights.remove(id);
      records.delete(id);
      placements.delete(id);
      sendSpans();
      notify();
      return removed;
    },
    async restore(record) {
      keep(await client.highlights.restore(record));
    },
    show: (id) => port.send({ type: 'notes/show', id }),
    setActive: (id) => port.send({ type: 'notes/active', id }),
    setPainting(on) {
      paint = on;
      sendSpans();
    },
    setArticle(text, briefing) {
      placer.setArticle(text, briefing);
      void place();
    },
    dispose() {
      stopBroadcast();
    },
  };
}
