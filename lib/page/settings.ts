/**
 * The reader's sidebar settings, kept in the extension's storage (never the page's): open or
 * collapsed, width, tab, entity toggles, the first-run hint and the header card's fold.
 */

export interface SidebarSettings {
  open: boolean;
  width: number;
  tab: 'contents' | 'entities' | 'notes';
  /** Highlight entities on the page at all (master switch). */
  entitiesOn: boolean;
  /** Per-type toggles, by entity type. */
  entityTypes: Record<string, boolean>;
  /** Paint the reader's highlights on the page (off: listed in the sidebar only). */
  paintHighlights: boolean;
  /** The first-run hint ("select text to highlight") was dismissed. */
  hintDismissed: boolean;
  /** The header card is folded to its title. */
  headerFolded: boolean;
  /** Keep every transcript read in the local archive (versions, for search and quiet edits). */
  keepTranscripts: boolean;
}

export const DEFAULT_SETTINGS: SidebarSettings = {
  open: true,
  width: 360,
  tab: 'contents',
  entitiesOn: true,
  entityTypes: { person: true, place: true, organization: true, date: true },
  paintHighlights: true,
  hintDismissed: false,
  headerFolded: false,
  keepTranscripts: true,
};

export const MIN_WIDTH = 260;
export const MAX_WIDTH = 720;

export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface SettingsStore {
  load(): Promise<SidebarSettings>;
  save(patch: Partial<SidebarSettings>): Promise<void>;
}

const KEY = 'sidebarSettings';

export function clampWidth(w: number): number {
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(Number.isFinite(w) ? w : DEFAULT_SETTINGS.width)));
}

/** Whatever was stored, read defensively: a corrupt value falls back to the defaults. */
export function settingsStore(area: KeyValueArea): SettingsStore {
  let cache: SidebarSettings | null = null;
  return {
    async load() {
      let stored: Partial<SidebarSettings> = {};
      try {
        const v = (await area.get(KEY))[KEY];
        if (v && typeof v === 'object') stored = v as Partial<SidebarSettings>;
      } catch {
        /* storage unavailable: defaults */
      }
      cache = {
        open: typeof stored.open === 'boolean' ? stored.open : DEFAULT_SETTINGS.open,
        width: clampWidth(typeof stored.width === 'number' ? stored.width : DEFAULT_SETTINGS.width),
        tab: stored.tab === 'entities' || stored.tab === 'notes' ? stored.tab : 'contents',
        entitiesOn: typeof stored.entitiesOn === 'boolean' ? stored.entitiesOn : DEFAULT_SETTINGS.entitiesOn,
        entityTypes: { ...DEFAULT_SETTINGS.entityTypes, ...booleansOf(stored.entityTypes) },
        paintHighlights: typeof stored.paintHighlights === 'boolean' ? stored.paintHighlights : DEFAULT_SETTINGS.paintHighlights,
        hintDismissed: typeof stored.hintDismissed === 'boolean' ? stored.hintDismissed : DEFAULT_SETTINGS.hintDismissed,
        headerFolded: typeof stored.headerFolded === 'boolean' ? stored.headerFolded : DEFAULT_SETTINGS.headerFolded,
        keepTranscripts: typeof stored.keepTranscripts === 'boolean' ? stored.keepTranscripts : DEFAULT_SETTINGS.keepTranscripts,
      };
      return cache;
    },
    async save(patch) {
      cache = { ...(cache ?? (await this.load())), ...patch };
      try {
        await area.set({ [KEY]: cache });
      } catch {
        /* a full or unavailable storage must not break reading */
      }
    },
  };
}

/** The true/false entries of a stored map; anything else a corrupt or older store holds is dropped. */
function booleansOf(value: unknown): Record<string, boolean> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, boolean] => typeof e[1] === 'boolean'));
}
