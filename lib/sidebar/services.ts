/**
 * What the sidebar's components may ask for, in narrow groups: the briefing model (no DOM),
 * navigation, search painting, entities, notes, and the shell (docking, clipboard, library). Built
 * in the sidebar frame over the page port and the background client; components never touch a
 * browser API, which keeps them testable with a fake of this interface.
 */
import type { Briefing } from '../briefing/model';
import { sourceSpan, type SourceSpan } from '../briefing/offsets';
import type { SearchHit } from '../briefing/search';
import type { BackgroundClient } from '../messages/client';
import type { ArchiveService } from './archive-service';
import type { Draft } from '../messages/frame-messages';
import type { PageCommand } from '../messages/tab-messages';
import type { HighlightColor } from '../store/schema';
import { buildEntityIndex, entityBlocks, type EntityIndex } from './entity-index';
import type { DraftStore } from './drafts';
import type { NotesService } from './notes-service';
import type { PagePort } from './page-port';

export type NotesRequest =
  | { kind: 'new'; draft: Draft; color: HighlightColor; open: 'none' | 'note' | 'tags' }
  | { kind: 'open'; id: string };

export interface SidebarServices {
  briefing: Briefing<null>;
  /** The page address without our fragment. */
  pageUrl: string;
  nav: {
    jump(section: number, opts?: { focus?: boolean }): void;
    onSection(cb: (index: number) => void): () => void;
    onCommand(cb: (c: PageCommand) => void): () => void;
  };
  search: { paint(hits: SearchHit[], active: number | null): void };
  entities: {
    canPaint: boolean;
    index(): Promise<EntityIndex>;
    show(on: boolean, types: Record<string, boolean>): void;
    walk(mention: number): void;
  };
  /** Absent when the page has no briefing key (not an https article address). */
  notes: NotesService | null;
  /** Unsaved note drafts, in the extension's own storage (never the page's, never sent to it). */
  drafts: DraftStore;
  /** The transcript archive (keep, "Changed since…", forget); absent without a briefing key. */
  archive?: ArchiveService | null;
  /**
   * The page half asked for a highlight or a note (the reader's click on the page). A request
   * that comes while nothing listens (the notes view is not mounted: the sidebar is collapsed)
   * waits for the first listener, so it is never lost.
   */
  onNotesRequest(cb: (r: NotesRequest) => void): () => void;
  /** Sees every request as it comes, without taking it (the shell opens itself for it). */
  watchNotesRequests(cb: (r: NotesRequest) => void): () => void;
  shell: {
    dock(open: boolean, width: number): void;
    /** A drag of the sidebar's edge begins; `cb` gets the width as the pointer moves. */
    startResize(grab: number, cb: (width: number, done: boolean) => void): void;
    copy(text: string): Promise<boolean>;
    savePage(): void;
    openLibrary(highlightId?: string): void;
    focusPage(): void;
  };
}

export interface ServiceDeps {
  port: PagePort;
  client: BackgroundClient;
  briefing: Briefing<null>;
  pageUrl: string;
  canPaint: boolean;
  notes: NotesService | null;
  drafts: DraftStore;
  archive?: ArchiveService | null;
  copy: (text: string) => Promise<boolean>;
}

export function createServices({
  port,
  client,
  briefing,
  pageUrl,
  canPaint,
  notes,
  drafts,
  archive = null,
  copy,
}: ServiceDeps): SidebarServices {
  const on =
    <T>(pick: (m: Parameters<Parameters<PagePort['listen']>[0]>[0]) => T | undefined) =>
    (cb: (v: T) => void) =>
      port.listen((m) => {
        const v = pick(m);
        if (v !== undefined) cb(v);
      });
  let index: Promise<EntityIndex> | null = null;
  const requests = requestQueue();
  port.listen((m) => {
    if (m.type === 'notes/new') requests.push({ kind: 'new', draft: m.draft, color: m.color, open: m.open });
    else if (m.type === 'notes/open') requests.push({ kind: 'open', id: m.id });
  });
  // The section being read is reported on changes only: keep the last one for late subscribers
  // (a view mounted after the page first reported it).
  let lastSection = -1;
  port.listen((m) => {
    if (m.type === 'section') lastSection = m.index;
  });
  return {
    briefing,
    pageUrl,
    nav: {
      jump: (section, opts = {}) => port.send({ type: 'jump', section, focus: opts.focus ?? false }),
      onSection(cb) {
        if (lastSection >= 0) cb(lastSection);
        return on((m) => (m.type === 'section' ? m.index : undefined))(cb);
      },
      onCommand: on((m) => (m.type === 'command' ? m.command : undefined)),
    },
    search: {
      paint: (hits, active) => port.send({ type: 'search', hits: hits.map((h) => inArticle(briefing, h)), active }),
    },
    entities: {
      canPaint,
      index() {
        index ??= (async () => {
          const blocks = entityBlocks(briefing);
          const found = await client.entities.find(
            blocks.map((i) => briefing.blocks[i].text),
            briefing.header.language,
          );
          const built = buildEntityIndex(briefing, blocks, found);
          const shown = built.mentions.filter((m): m is typeof m & { type: ShownType } => m.type !== 'number');
          port.send({ type: 'entities/mentions', mentions: shown.map((m) => ({ ...inArticle(briefing, m), type: m.type })) });
          return built;
        })();
        return index;
      },
      show: (on, types) => port.send({ type: 'entities/show', on, types }),
      walk: (mention) => port.send({ type: 'entities/walk', mention }),
    },
    notes,
    drafts,
    archive,
    onNotesRequest: requests.take,
    watchNotesRequests: requests.watch,
    shell: {
      dock: (open, width) => port.send({ type: 'dock', open, width }),
      startResize(grab, cb) {
        const stop = port.listen((m) => {
          if (m.type !== 'resize') return;
          cb(m.width, m.done);
          if (m.done) stop();
        });
        port.send({ type: 'resize-start', grab: Math.max(0, Math.min(100, grab)) });
      },
      copy,
      savePage: () => port.send({ type: 'save-page' }),
      openLibrary: (highlightId) => void client.openLibrary(highlightId).catch(() => undefined),
      focusPage: () => port.send({ type: 'focus-page' }),
    },
  };
}

/** Requests kept until someone takes them; watchers see each as it comes. */
export function requestQueue<T = NotesRequest>() {
  const pending: T[] = [];
  const takers = new Set<(r: T) => void>();
  const watchers = new Set<(r: T) => void>();
  return {
    push(r: T): void {
      for (const w of [...watchers]) w(r);
      if (takers.size === 0) pending.push(r);
      else for (const t of [...takers]) t(r);
    },
    take(cb: (r: T) => void): () => void {
      takers.add(cb);
      for (const r of pending.splice(0)) cb(r);
      return () => takers.delete(cb);
    },
    watch(cb: (r: T) => void): () => void {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
  };
}

type ShownType = 'person' | 'place' | 'organization' | 'date';

/**
 * A span of a block's text as a span of the article text, which the page paints in. A block with
 * no place in the article gets an empty span (painted as nothing), so mention numbers still line up.
 */
function inArticle(briefing: Briefing<null>, h: { block: number; start: number; end: number }): SourceSpan {
  const block = briefing.blocks[h.block];
  return (block && sourceSpan(block, h.start, h.end)) ?? { start: 0, end: 0 };
}
