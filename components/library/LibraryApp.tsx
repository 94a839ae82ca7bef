/**
 * The notes library page: every highlight across briefings (search, filters, sort, a windowed
 * list grouped by briefing, each highlight editable in place), the briefings read and who or what
 * they mention, and export / import. This file is the shell: tabs and the views under them.
 *
 * Talks to nothing but its props: `backend` for the database, `openUrl` to open a tab,
 * `download` to save a file, `copyText` for the clipboard (the entrypoint wires them to the
 * browser). Every text from the database is rendered as a Preact text node, never as HTML.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LibraryBackend } from '../../lib/library/apply';
import type { ArchiveSource } from '../../lib/library/archive-data';
import { archiveStringsFor } from './archive-strings';
import { ArchiveView } from './archive/ArchiveView';
import { NO_FILTERS, type LibraryFilters } from '../../lib/library/search';
import { BriefingsView } from './BriefingsView';
import { ExportView, type DownloadFile } from './ExportView';
import { HighlightsView } from './HighlightsView';
import { ImportView } from './ImportView';
import type { LibraryStrings } from './strings';
import { useLibraryData } from './useLibraryData';

export type { DownloadFile };

export interface LibraryAppProps {
  strings: LibraryStrings;
  backend: LibraryBackend;
  /** Opens an address in a new tab. */
  openUrl: (url: string) => void;
  /** Saves a file to the reader's downloads. */
  download: (file: DownloadFile) => void;
  /** Writes text to the clipboard (default: `navigator.clipboard`). */
  copyText?: (text: string) => Promise<void>;
  /** Viewport height the list assumes before it can measure one (tests). */
  listHeight?: number;
  /** Clock for export file names and stamps (tests). */
  now?: () => number;
  /** The kept transcripts: with it, an "Archive" tab (`#archive`). */
  archive?: ArchiveSource;
  /** Shown above the Archive tab's search box. */
  archiveTop?: ComponentChildren;
}

type View = 'highlights' | 'briefings' | 'transfer' | 'archive';

/** The view a `#archive` address opens (the other views have no address of their own yet). */
const viewOfHash = (): View | null => (typeof location !== 'undefined' && location.hash === '#archive' ? 'archive' : null);

const clipboard = (text: string) => navigator.clipboard.writeText(text);

export function LibraryApp(props: LibraryAppProps) {
  const { strings: s, backend } = props;
  const lib = useLibraryData(backend);
  const { data, index } = lib;
  const [view, setViewState] = useState<View>(() => (props.archive && viewOfHash()) || 'highlights');
  const setView = (v: View) => {
    setViewState(v);
    // The Archive tab has an address; leaving it drops it (without a history entry per tab).
    if (props.archive && typeof history !== 'undefined')
      history.replaceState(null, '', v === 'archive' ? '#archive' : location.pathname + location.search);
  };
  // Asked for again while open (the popup's "add to the archive" focuses this tab at #archive).
  useEffect(() => {
    if (!props.archive) return;
    const onHash = () => viewOfHash() && setViewState('archive');
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [props.archive]);
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const result = useMemo(() => (index ? index.query(query, filters) : null), [index, query, filters]);

  const showBriefing = (key: string) => {
    setQuery('');
    setFilters({ ...NO_FILTERS, briefingKey: key });
    setView('highlights');
  };

  // A tab's content is mounted when first shown (and kept): the first screen renders only the list.
  const visited = useRef(new Set<View>());
  visited.current.add(view);

  const tabs: [View, string][] = [
    ['highlights', s.tabHighlights],
    ['briefings', s.tabBriefings],
    ['transfer', s.tabTransfer],
  ];
  const as = archiveStringsFor(s.lang);
  if (props.archive) tabs.push(['archive', as.tab]);
  const onTabKey = (e: KeyboardEvent) => {
    const i = tabs.findIndex(([v]) => v === view);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (i + tabs.length - 1) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? tabs.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    setView(tabs[next]![0]);
    (e.currentTarget as HTMLElement | null)?.parentElement?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };

  // What the highlights and export views both show: the strings, the index, the current result.
  const viewProps = index && result ? { strings: s, index, result, filters, complete: lib.complete } : null;
  const listProps = {
    backend,
    totalCount: lib.totalCount,
    query,
    setQuery,
    setFilters,
    openUrl: props.openUrl,
    putLocal: lib.putLocal,
    removeLocal: lib.removeLocal,
    copyText: props.copyText ?? clipboard,
    listHeight: props.listHeight,
  };

  return (
    <div class="bl-library" lang={s.lang}>
      <header class="bl-lib-header">
        <h1 class="bl-lib-title">
          {s.heading} <span class="bl-lib-app">{s.appName}</span>
        </h1>
        <div role="tablist" aria-label={s.views} class="bl-tabs">
          {tabs.map(([v, label]) => (
            <button
              key={v}
              type="button"
              role="tab"
              id={`bl-tab-${v}`}
              aria-selected={view === v}
              aria-controls={`bl-panel-${v}`}
              tabIndex={view === v ? 0 : -1}
              class="bl-tab"
              onClick={() => setView(v)}
              onKeyDown={onTabKey}
            >
              {label}
            </button>
          ))}
        </div>
      </header>
      <main class="bl-lib-main">
        {lib.loadError && (
          <p role="alert" class="bl-error">
            {s.loadFailed(lib.loadError)}
          </p>
        )}
        {!data && !lib.loadError && (
          <p role="status" class="bl-meta">
            {s.loading}
          </p>
        )}
        {data && viewProps && (
          <>
            <TabPanel id="highlights" shown={view} list>
              <HighlightsView {...viewProps} {...listProps} />
            </TabPanel>
            <TabPanel id="briefings" shown={view}>
              {visited.current.has('briefings') && (
                <BriefingsView strings={s} data={data} index={viewProps.index} openUrl={props.openUrl} showBriefing={showBriefing} />
              )}
            </TabPanel>
            <TabPanel id="transfer" shown={view}>
              {visited.current.has('transfer') && (
                <div class="bl-transfer-columns">
                  <ExportView {...viewProps} data={data} download={props.download} now={props.now} />
                  <ImportView strings={s} backend={backend} busy={lib.busy} onImported={lib.reload} />
                </div>
              )}
            </TabPanel>
          </>
        )}
        {props.archive && (
          <TabPanel id="archive" shown={view}>
            {visited.current.has('archive') && (
              <ArchiveView
                strings={as}
                source={props.archive}
                highlights={data?.highlights ?? []}
                openUrl={props.openUrl}
                download={props.download}
                now={props.now}
                top={props.archiveTop}
              />
            )}
          </TabPanel>
        )}
      </main>
    </div>
  );
}

/** One view's tab panel (`bl-panel-<id>`, labelled by its tab), hidden unless it is the one shown. */
function TabPanel({ id, shown, list, children }: { id: string; shown: string; list?: boolean; children: ComponentChildren }) {
  return (
    <section
      role="tabpanel"
      id={`bl-panel-${id}`}
      aria-labelledby={`bl-tab-${id}`}
      hidden={shown !== id}
      class={list ? 'bl-panel bl-panel-list' : 'bl-panel'}
    >
      {children}
    </section>
  );
}
