/**
 * A fake SidebarServices for component tests: the briefing from a fixture page, every call the
 * components make recorded, and the page's events (section, command, deep link, notes requests)
 * emitted by the test. Plus a fake NotesService whose snapshot the test sets, and a settings
 * store that records saves.
 */
import { vi } from 'vitest';
import { findForPage } from '../../../lib/background/entity-service';
import type { Briefing } from '../../../lib/briefing/model';
import type { PageCommand } from '../../../lib/messages/tab-messages';
import { DEFAULT_SETTINGS, type SettingsStore, type SidebarSettings } from '../../../lib/page/settings';
import { buildEntityIndex, entityBlocks, type EntityIndex } from '../../../lib/sidebar/entity-index';
import type { NotesService, NotesSnapshot } from '../../../lib/sidebar/notes-service';
import { requestQueue, type NotesRequest, type SidebarServices } from '../../../lib/sidebar/services';
import type { HighlightRecord } from '../../../lib/store/schema';
import { memoryDrafts } from '../../../lib/store/drafts';

function emitter<T>() {
  const subs = new Set<(v: T) => void>();
  return {
    subscribe: (cb: (v: T) => void) => {
      subs.add(cb);
      return () => void subs.delete(cb);
    },
    emit: (v: T) => subs.forEach((cb) => cb(v)),
    get count() {
      return subs.size;
    },
  };
}

/** The entity index the background would give for `briefing` (the real engine, run here). */
export function realEntityIndex(briefing: Briefing<null>): EntityIndex {
  const blocks = entityBlocks(briefing);
  return buildEntityIndex(
    briefing,
    blocks,
    findForPage(
      blocks.map((b) => briefing.blocks[b].text),
      briefing.header.language,
    ),
  );
}

export function fakeServices(
  briefing: Briefing<null>,
  opts: { notes?: NotesService | null; index?: () => Promise<EntityIndex>; canPaint?: boolean } = {},
) {
  const section = emitter<number>();
  const command = emitter<PageCommand>();
  // Requests wait for a taker, as the real services keep them (lib/sidebar/services.ts).
  const notesRequest = requestQueue<NotesRequest>();
  const services = {
    briefing,
    pageUrl: 'https://mid.ru/en/press_service/spokesman/briefings/1900001/',
    nav: {
      jump: vi.fn((_section: number, _opts?: { focus?: boolean }) => undefined),
      onSection: section.subscribe,
      onCommand: command.subscribe,
    },
    search: { paint: vi.fn((_hits: unknown[], _active: number | null) => undefined) },
    entities: {
      canPaint: opts.canPaint ?? true,
      index: vi.fn(opts.index ?? (async () => realEntityIndex(briefing))),
      show: vi.fn((_on: boolean, _types: Record<string, boolean>) => undefined),
      walk: vi.fn((_mention: number) => undefined),
    },
    notes: opts.notes ?? null,
    drafts: memoryDrafts(),
    onNotesRequest: notesRequest.take,
    watchNotesRequests: notesRequest.watch,
    shell: {
      dock: vi.fn((_open: boolean, _width: number) => undefined),
      startResize: vi.fn(),
      copy: vi.fn(async (_text: string) => true),
      savePage: vi.fn(),
      openLibrary: vi.fn((_id?: string) => undefined),
      focusPage: vi.fn(),
    },
  } satisfies SidebarServices;
  return { services, emit: { section: section.emit, command: command.emit, notesRequest: notesRequest.push } };
}

export function recordingSettings(initial: Partial<SidebarSettings> = {}) {
  const saves: Partial<SidebarSettings>[] = [];
  const settings: SettingsStore = {
    load: async () => ({ ...DEFAULT_SETTINGS, ...initial }),
    save: async (patch) => void saves.push(patch),
  };
  return { settings, saves, initial: { ...DEFAULT_SETTINGS, ...initial } as SidebarSettings };
}

/** A NotesService whose state the test sets; its writes are spies. */
export function fakeNotes(records: HighlightRecord[] = []) {
  const byId = new Map(records.map((r) => [r.id, r]));
  const subs = new Set<(s: NotesSnapshot) => void>();
  let snap: NotesSnapshot = { anchored: [], orphans: [], pending: true, error: null };
  const notes = {
    subscribe(fn: (s: NotesSnapshot) => void) {
      subs.add(fn);
      fn(snap);
      return () => void subs.delete(fn);
    },
    record: (id: string) => byId.get(id) ?? null,
    create: vi.fn(
      async (
        draft: { quote: string; selectors: HighlightRecord['selectors']; section: HighlightRecord['section']; url: string },
        color: HighlightRecord['color'],
      ) => {
        const r: HighlightRecord = {
          id: `new-${byId.size}`,
          briefingKey: 'mid.ru/1900001',
          url: draft.url,
          selectors: draft.selectors,
          section: draft.section,
          quote: draft.quote,
          color,
          note: '',
          tags: [],
          created: 5,
          updated: 5,
        };
        byId.set(r.id, r);
        return r;
      },
    ),
    update: vi.fn(async (id: string, _base: number, patch: Partial<HighlightRecord>) => ({ ...byId.get(id)!, ...patch })),
    remove: vi.fn(async (id: string) => byId.get(id) ?? null),
    restore: vi.fn(async () => undefined),
    show: vi.fn(),
    setActive: vi.fn(),
    setPainting: vi.fn(),
    setArticle: vi.fn(),
    dispose: vi.fn(),
  } satisfies NotesService;
  return {
    notes,
    drafts: memoryDrafts(),
    /** Publish a snapshot: `anchored` and `orphans` by record id. */
    publish(anchored: string[], orphans: string[] = [], error: string | null = null) {
      const placed = (id: string, k: number, ok: boolean) => ({
        record: byId.get(id)!,
        anchored: ok,
        at: ok ? k * 10 : Number.MAX_SAFE_INTEGER,
        section: ok ? 0 : null,
      });
      snap = {
        anchored: anchored.map((id, k) => placed(id, k, true)),
        orphans: orphans.map((id, k) => placed(id, k, false)),
        pending: false,
        error,
      };
      subs.forEach((fn) => fn(snap));
    },
  };
}
