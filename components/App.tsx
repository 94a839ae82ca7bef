/**
 * The sidebar shell: a docked, collapsible, resizable complementary landmark with three views
 * (contents, entities, notes). State worth keeping (open, width, view) goes through `settings`.
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { clampWidth, type SettingsStore, type SidebarSettings } from '../lib/page/settings';
import { ContentsPanel, type ContentsHandle } from './contents/ContentsPanel';
import { EntitiesPanel, type SectionFilter } from './entities/EntitiesPanel';
import { HeaderCard } from './HeaderCard';
import type { Strings } from './i18n';
import type { SidebarServices } from '../lib/sidebar/services';
import { ResizeHandle } from './ResizeHandle';

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
  const tabs: { id: Tab; label: string; view: ComponentChildren | undefined }[] = [
    { id: 'contents', label: strings.tabContents, view: true },
    { id: 'entities', label: strings.tabEntities, view: true },
    { id: 'notes', label: strings.tabNotes, view: notesView?.(() => {
      setOpen(true);
      chooseTab('notes');
    }) },
  ].filter((t) => t.view) as { id: Tab; label: string; view: ComponentChildren }[];
  const chooseTab = (t: Tab) => {
    setTab(t);
    void settings.save({ tab: t });
  };
  const [tab, setTab] = useState<Tab>(tabs.some((t) => t.id === initial.tab) ? initial.tab : 'contents');
  const asideRef = useRef<HTMLElement>(null);
  const contents = useRef<ContentsHandle>(null);
  const [filter, setFilter] = useState<SectionFilter | null>(null);

  // j / k anywhere in the sidebar except where the reader types.
  const onAsideKey = (e: KeyboardEvent) => {
    const el = e.target as HTMLElement;
    if (e.altKey || e.ctrlKey || e.metaKey || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable) return;
    if (e.key === 'j' || e.key === 'k') {
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

  if (!open) {
    return (
      <aside class="bl-sidebar bl-collapsed" role="complementary" aria-label={strings.appName} style={{ width: `${COLLAPSED_WIDTH}px` }}>
        <button type="button" class="bl-expand" aria-expanded="false" aria-label={strings.expand} title={strings.expand} onClick={() => toggle(true)}>
          <span aria-hidden="true">‹</span>
        </button>
      </aside>
    );
  }

  return (
    <aside ref={asideRef} class="bl-sidebar" role="complementary" aria-label={strings.appName} style={{ width: `${width}px` }} onKeyDown={onAsideKey}>
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
      <div class="bl-topbar">
        <span class="bl-brand">{strings.appName}</span>
        <button type="button" class="bl-icon-button" aria-expanded="true" aria-label={strings.collapse} title={strings.collapse} onClick={() => toggle(false)}>
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <HeaderCard header={services.briefing.header} kind={services.briefing.kind} strings={strings} />
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
      {tabs.map((t) => (
        <div key={t.id} id={`bl-panel-${t.id}`} class="bl-panel" role={tabs.length > 1 ? 'tabpanel' : undefined} aria-labelledby={tabs.length > 1 ? `bl-tab-${t.id}` : undefined} hidden={tab !== t.id}>
          {t.id === 'contents' ? (
            <ContentsPanel services={services} strings={strings} handle={contents} filter={filter} onClearFilter={() => setFilter(null)} />
          ) : t.id === 'entities' ? (
            <EntitiesPanel services={services} strings={strings} initial={initial} settings={settings} onFilter={setFilter} />
          ) : (
            t.view
          )}
        </div>
      ))}
      <footer class="bl-footer">
        <button type="button" class="bl-link-button" onClick={() => services.shell.openLibrary()}>
          {strings.openLibrary}
        </button>{' '}
        <button type="button" class="bl-link-button" title={strings.savePageHelp} onClick={() => services.shell.savePage()}>
          {strings.savePage}
        </button>
      </footer>
    </aside>
  );
}
