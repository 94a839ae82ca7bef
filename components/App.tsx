/**
 * The sidebar shell: a docked, collapsible, resizable complementary landmark with three views
 * (contents, entities, notes). A head that stays put (bar, toast, first-run hint, header card,
 * tabs) over a body that scrolls. State worth keeping (open, width, view, the hint dismissed,
 * the header folded) goes through `settings`.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { clampWidth, type SettingsStore, type SidebarSettings } from '../lib/page/settings';
import { ArchiveControls } from './archive/ArchiveControls';
import { ChangedStatus } from './archive/ChangedStatus';
import { ContentsPanel, type ContentsHandle } from './contents/ContentsPanel';
import { EntitiesPanel, type SectionFilter } from './entities/EntitiesPanel';
import { HeaderCard } from './HeaderCard';
import type { Strings } from './i18n';
import type { SidebarServices } from '../lib/sidebar/services';
import { ResizeHandle } from './ResizeHandle';
import { Shortcuts } from './Shortcuts';
import { Toast, useToast } from './Toast';

export const COLLAPSED_WIDTH = 40;

export interface AppProps {
  services: SidebarServices;
  strings: Strings;
  initial: SidebarSettings;
  settings: SettingsStore;
  /** The notes view (given a way to bring itself forward); absent, the tab is not offered. */
  notesView?: (showNotes: () => void) => ComponentChildren;
}

type Tab = SidebarSettings['tab'];

export function App({ services, strings, initial, settings, notesView }: AppProps) {
  const [open, setOpen] = useState(initial.open);
  const [width, setWidth] = useState(initial.width);
  const [toast, notify, dismissToast] = useToast();
  const [folded, setFolded] = useState(initial.headerFolded);
  const [hint, setHint] = useState(!initial.hintDismissed);
  const [keysOpen, setKeysOpen] = useState(false);
  const [noteCount, setNoteCount] = useState(0);
  useEffect(() => services.notes?.subscribe((s) => setNoteCount(s.anchored.length + s.orphans.length)), []);
  const tabs: { id: Tab; label: string; view: ComponentChildren | undefined }[] = [
    { id: 'contents', label: strings.tabContents, view: true },
    { id: 'entities', label: strings.tabEntities, view: true },
    {
      id: 'notes',
      label: strings.tabNotes,
      view: notesView?.(() => {
        setOpen(true);
        chooseTab('notes');
      }),
    },
  ].filter((t) => t.view) as { id: Tab; label: string; view: ComponentChildren }[];
  const chooseTab = (t: Tab) => {
    setTab(t);
    void settings.save({ tab: t });
  };
  const [tab, setTab] = useState<Tab>(tabs.some((t) => t.id === initial.tab) ? initial.tab : 'contents');
  const asideRef = useRef<HTMLElement>(null);
  const contents = useRef<ContentsHandle>(null);
  const [filter, setFilter] = useState<SectionFilter | null>(null);

  // j / k and ? anywhere in the sidebar except where the reader types.
  const onAsideKey = (e: KeyboardEvent) => {
    const el = e.target as HTMLElement;
    if (e.altKey || e.ctrlKey || e.metaKey || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable) return;
    if (e.key === '?') {
      e.preventDefault();
      setKeysOpen((o) => !o);
    } else if (e.key === 'j' || e.key === 'k') {
      e.preventDefault();
      contents.current?.step(e.key === 'j' ? 1 : -1);
    }
  };

  useEffect(() => services.shell.dock(open, open ? width : COLLAPSED_WIDTH), [open, width]);

  const toggle = useCallback((next?: boolean) => {
    setOpen((o) => {
      const v = next ?? !o;
      void settings.save({ open: v });
      return v;
    });
  }, []);

  useEffect(
    () =>
      services.nav.onCommand((c) => {
        if (c === 'toggle-sidebar') toggle();
      }),
    [],
  );

  const onTabKey = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === tab);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const t = tabs[(next + tabs.length) % tabs.length];
    chooseTab(t.id);
    asideRef.current?.querySelector<HTMLElement>(`#bl-tab-${t.id}`)?.focus();
  };

  // A highlight or note the reader asks for on the page while the strip is showing opens the
  // sidebar; the notes view, mounted then, takes the request (services keep it until then).
  useEffect(() => services.watchNotesRequests(() => toggle(true)), []);

  const fold = (v: boolean) => {
    setFolded(v);
    void settings.save({ headerFolded: v });
  };
  const dismissHint = () => {
    setHint(false);
    void settings.save({ hintDismissed: true });
  };

  if (!open) {
    // The strip says what it is (the name, written vertically) and how many highlights this page has.
    return (
      <aside class="bl-sidebar bl-collapsed" role="complementary" aria-label={strings.appName} style={{ width: `${COLLAPSED_WIDTH}px` }}>
        <button
          type="button"
          class="bl-expand"
          aria-expanded="false"
          aria-label={strings.expand}
          aria-describedby={services.notes ? 'bl-strip-count' : undefined}
          title={strings.expand}
          onClick={() => toggle(true)}
        >
          <span class="bl-expand-arrow" aria-hidden="true">
            ‹
          </span>
        </button>
        {/* Shown over the strip, clicks pass through to the button (its name stays "Open Briefing Lens"). */}
        <span class="bl-strip" aria-hidden="true">
          <span class="bl-strip-label">{strings.appName}</span>
          {services.notes && <span class="bl-strip-count">{noteCount}</span>}
        </span>
        {services.notes && (
          <span id="bl-strip-count" class="bl-visually-hidden">
            {strings.noteCount(noteCount)}
          </span>
        )}
      </aside>
    );
  }

  return (
    <aside
      ref={asideRef}
      class="bl-sidebar"
      role="complementary"
      aria-label={strings.appName}
      style={{ width: `${width}px` }}
      onKeyDown={onAsideKey}
    >
      <ResizeHandle
        width={width}
        label={strings.resize}
        onResize={(w) => setWidth(clampWidth(w))}
        onCommit={(w) => {
          setWidth(clampWidth(w));
          void settings.save({ width: clampWidth(w) });
        }}
        startDrag={(grab, cb) => services.shell.startResize(grab, cb)}
      />
      <div class="bl-head">
        <div class="bl-topbar">
          <span class="bl-brand">{strings.appName}</span>
          <span class="bl-topbar-tools">
            <button
              type="button"
              class="bl-icon-button bl-keys-button"
              aria-expanded={keysOpen}
              aria-label={strings.shortcuts}
              title={`${strings.shortcuts} (?)`}
              onClick={() => setKeysOpen(!keysOpen)}
            >
              <span aria-hidden="true">?</span>
            </button>
            <button
              type="button"
              class="bl-icon-button"
              aria-expanded="true"
              aria-label={strings.collapse}
              title={strings.collapse}
              onClick={() => toggle(false)}
            >
              <span aria-hidden="true">›</span>
            </button>
          </span>
        </div>
        <Toast toast={toast} dismissLabel={strings.dismiss} onDismiss={dismissToast} />
        {hint && (
          <p class="bl-hint">
            <span>{strings.hint}</span>
            <button type="button" class="bl-mini" aria-label={strings.dismissHint} title={strings.dismissHint} onClick={dismissHint}>
              <span aria-hidden="true">×</span>
            </button>
          </p>
        )}
        <HeaderCard header={services.briefing.header} kind={services.briefing.kind} strings={strings} folded={folded} onFold={fold} />
        {services.archive && (
          <ChangedStatus
            archive={services.archive}
            strings={strings}
            sectionIndex={(id) => services.briefing.sections.findIndex((s) => s.id === id)}
            onJump={(i) => services.nav.jump(i, { focus: true })}
          />
        )}
        {tabs.length > 1 && (
          <div class="bl-tabs" role="tablist" aria-label={strings.tabs} onKeyDown={onTabKey}>
            {tabs.map((t) => (
              <button
                key={t.id}
                id={`bl-tab-${t.id}`}
                type="button"
                role="tab"
                class="bl-tab"
                aria-selected={tab === t.id}
                aria-controls={`bl-panel-${t.id}`}
                tabIndex={tab === t.id ? 0 : -1}
                onClick={() => chooseTab(t.id)}
              >
                {t.label}
              </button>
            ))}
          </div>
        )}
      </div>
      <div class="bl-body">
        {tabs.map((t) => (
          // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the label is set only with the tabpanel role, when there are tabs
          <div
            key={t.id}
            id={`bl-panel-${t.id}`}
            class="bl-panel"
            role={tabs.length > 1 ? 'tabpanel' : undefined}
            aria-labelledby={tabs.length > 1 ? `bl-tab-${t.id}` : undefined}
            hidden={tab !== t.id}
          >
            {t.id === 'contents' ? (
              <ContentsPanel
                services={services}
                strings={strings}
                handle={contents}
                filter={filter}
                onClearFilter={() => setFilter(null)}
                notify={notify}
              />
            ) : t.id === 'entities' ? (
              <EntitiesPanel services={services} strings={strings} initial={initial} settings={settings} onFilter={setFilter} />
            ) : (
              t.view
            )}
          </div>
        ))}
        <footer class="bl-footer">
          {services.archive && <ArchiveControls archive={services.archive} strings={strings} settings={settings} notify={notify} />}
          <button type="button" class="bl-link-button" onClick={() => services.shell.openLibrary()}>
            {strings.openLibrary}
          </button>{' '}
          <button type="button" class="bl-link-button" title={strings.savePageHelp} onClick={() => services.shell.savePage()}>
            {strings.savePage}
          </button>
        </footer>
      </div>
      {keysOpen && <Shortcuts strings={strings} onClose={() => setKeysOpen(false)} />}
    </aside>
  );
}
