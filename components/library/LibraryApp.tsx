/**
 * The notes library page: every highlight across briefings (search, filters, a windowed list
 * grouped by briefing), the briefing index by entity, and export / import.
 *
 * Talks to nothing but its props: `backend` for the database, `openUrl` to open a tab,
 * `download` to save a file (the entrypoint wires them to the browser). Every text from the
 * database (quotes, notes, tags, titles) is rendered as a Preact text node, never as HTML.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ApplyResult, LibraryBackend, Preview } from '../../lib/library/apply';
import { entityLabel, entityMatches, parseEntityKey } from '../../lib/library/labels';
import { briefingLink, highlightLink } from '../../lib/library/links';
import { toMarkdown } from '../../lib/library/markdown';
import {
  LibraryIndex,
  NO_FILTERS,
  briefingsMentioning,
  entityTotals,
  type BriefingGroup,
  type LibraryData,
  type LibraryFilters,
} from '../../lib/library/search';
import { MAX_IMPORT_CHARS, briefingsOf, exportJson, planWrites, type ImportPlan } from '../../lib/library/w3c';
import { HIGHLIGHT_COLORS, type BriefingRecord, type HighlightColor, type HighlightRecord } from '../../lib/store/schema';
import type { LibraryStrings } from './strings';
import { VirtualList, type RowProps } from './VirtualList';

export interface DownloadFile {
  name: string;
  type: string;
  text: string;
}

export interface LibraryAppProps {
  strings: LibraryStrings;
  backend: LibraryBackend;
  /** Opens an address in a new tab. */
  openUrl: (url: string) => void;
  /** Saves a file to the reader's downloads. */
  download: (file: DownloadFile) => void;
  /** Viewport height the list assumes before it can measure one (tests). */
  listHeight?: number;
  /** Clock for export file names and stamps (tests). */
  now?: () => number;
}

type View = 'highlights' | 'briefings' | 'transfer';

/** Row heights of the windowed list (px); the stylesheet clamps row content to fit them. */
export const GROUP_ROW_HEIGHT = 76;
export const ITEM_ROW_HEIGHT = 112;

const short = (s: string, n = 120) => (s.length > n ? `${s.slice(0, n)}…` : s);

function formatDate(iso: string | null, lang: string): string {
  if (!iso) return '';
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  } catch {
    return iso;
  }
}

/** Opens in a tab through `openUrl`, but lets modified clicks (new window, copy) do their own thing. */
function linkClick(openUrl: (url: string) => void, url: string) {
  return (e: MouseEvent) => {
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    openUrl(url);
  };
}

export function LibraryApp(props: LibraryAppProps) {
  const { strings: s, backend } = props;
  const [data, setData] = useState<LibraryData | null>(null);
  /** False while `data` holds only the first screen's highlights (see `readFirstScreen`). */
  const [complete, setComplete] = useState(false);
  const [totalCount, setTotalCount] = useState(0);
  const [loadError, setLoadError] = useState('');
  const [view, setView] = useState<View>('highlights');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const busy = useRef(false);

  const fail = (e: unknown) => setLoadError(e instanceof Error ? e.message : String(e));
  const signature = useRef<string | null>(null);
  /** Taken before each read, so that a change made during the read is seen next time. */
  const remember = () => backend.signature?.().then((sig) => (signature.current = sig), () => (signature.current = null));
  const load = useCallback(() => {
    void remember();
    backend.load().then((d) => {
      setData(d);
      setComplete(true);
      setTotalCount(d.highlights.length);
      setLoadError('');
    }, fail);
  }, [backend]);

  // Start reading the database during the first render rather than in an effect, which would
  // wait for the next frame. With many highlights, the newest briefings' come first, then all.
  const started = useRef(false);
  if (!started.current) {
    started.current = true;
    if (backend.loadFirst) {
      void remember();
      backend.loadFirst().then((f) => {
        setData(f.snapshot);
        setTotalCount(f.totalHighlights);
        setComplete(f.complete);
        if (!f.complete) load();
      }, load);
    } else load();
  }
  useEffect(() => {
    // Notes may have been added in a briefing tab meanwhile: reload when the page is shown again.
    const onVisible = () => {
      if (document.visibilityState !== 'visible' || busy.current) return;
      if (!backend.signature || signature.current === null) return load();
      const known = signature.current;
      backend.signature().then((sig) => {
        if (sig !== known) load();
      }, load);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [load, backend]);

  const index = useMemo(() => (data ? new LibraryIndex(data) : null), [data]);
  useEffect(() => {
    if (!index) return;
    // Build the full-text index after the first screen is up, in chunks.
    const t = setTimeout(() => void index.buildIndex(), 50);
    return () => {
      clearTimeout(t);
      index.cancelBuild();
    };
  }, [index]);
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
  const onTabKey = (e: KeyboardEvent) => {
    const i = tabs.findIndex(([v]) => v === view);
    const next = e.key === 'ArrowRight' ? (i + 1) % tabs.length : e.key === 'ArrowLeft' ? (i + tabs.length - 1) % tabs.length : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    setView(tabs[next]![0]);
    ((e.currentTarget as HTMLElement | null)?.parentElement?.querySelectorAll<HTMLElement>('[role="tab"]')[next])?.focus();
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
        {loadError && (
          <p role="alert" class="bl-error">
            {s.loadFailed(loadError)}
          </p>
        )}
        {!data && !loadError && (
          <p role="status" class="bl-meta">
            {s.loading}
          </p>
        )}
        {data && index && result && (
          <>
            <section role="tabpanel" id="bl-panel-highlights" aria-labelledby="bl-tab-highlights" hidden={view !== 'highlights'} class="bl-panel bl-panel-list">
              <HighlightsView
                strings={s}
                index={index}
                result={result}
                complete={complete}
                totalCount={totalCount}
                query={query}
                setQuery={setQuery}
                filters={filters}
                setFilters={setFilters}
                openUrl={props.openUrl}
                listHeight={props.listHeight}
              />
            </section>
            <section role="tabpanel" id="bl-panel-briefings" aria-labelledby="bl-tab-briefings" hidden={view !== 'briefings'} class="bl-panel">
              {visited.current.has('briefings') && <BriefingsView strings={s} data={data} index={index} openUrl={props.openUrl} showBriefing={showBriefing} />}
            </section>
            <section role="tabpanel" id="bl-panel-transfer" aria-labelledby="bl-tab-transfer" hidden={view !== 'transfer'} class="bl-panel">
              {visited.current.has('transfer') && (
                <>
                  <ExportView strings={s} data={data} index={index} result={result} filters={filters} complete={complete} download={props.download} now={props.now} />
                  <ImportView strings={s} backend={backend} busy={busy} onImported={load} />
                </>
              )}
            </section>
          </>
        )}
      </main>
    </div>
  );
}

// ---- highlights ---------------------------------------------------------------------------

type Row = { group: BriefingGroup; h: HighlightRecord | null };

interface HighlightsViewProps {
  strings: LibraryStrings;
  index: LibraryIndex;
  result: { groups: BriefingGroup[]; total: number };
  complete: boolean;
  totalCount: number;
  query: string;
  setQuery: (q: string) => void;
  filters: LibraryFilters;
  setFilters: (f: LibraryFilters) => void;
  openUrl: (url: string) => void;
  listHeight?: number;
}

function HighlightsView({ strings: s, index, result, complete, totalCount, query, setQuery, filters, setFilters, openUrl, listHeight }: HighlightsViewProps) {
  const rows = useMemo(() => {
    const out: Row[] = [];
    for (const g of result.groups) {
      out.push({ group: g, h: null });
      for (const h of g.highlights) out.push({ group: g, h });
    }
    return out;
  }, [result]);
  const heightOf = useCallback((i: number) => (rows[i]!.h ? ITEM_ROW_HEIGHT : GROUP_ROW_HEIGHT), [rows]);
  const keyOf = useCallback((i: number) => (rows[i]!.h ? `h:${rows[i]!.h!.id}` : `g:${rows[i]!.group.key}`), [rows]);
  const tags = useMemo(() => index.tagCounts(), [index]);
  const speakers = useMemo(() => index.speakers(), [index]);
  const set = <K extends keyof LibraryFilters>(k: K, v: LibraryFilters[K]) => setFilters({ ...filters, [k]: v });
  const filtered = query !== '' || JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  // A new search or filter starts the list at the top; new data (a reload) keeps the place.
  const resetKey = `${query}\u0000${JSON.stringify(filters)}`;

  const renderRow = (i: number, primary: RowProps) => {
    const { group: g, h } = rows[i]!;
    if (!h) {
      const title = g.title ?? s.untitledBriefing;
      const meta = [g.speaker, formatDate(g.date, s.lang), s.groupMeta(g.highlights.length)].filter(Boolean).join(' · ');
      return (
        <div class="bl-group">
          <h2 class="bl-group-title">
            <button type="button" class="bl-group-open" onClick={() => openUrl(briefingLink(g.url) ?? g.url)} {...primary}>
              <span class="bl-visually-hidden">{s.openBriefingPrefix}</span>
              {title}
            </button>
          </h2>
          <p class="bl-group-meta">{meta}</p>
        </div>
      );
    }
    return (
      <div class={`bl-item bl-color-${h.color}`}>
        <span class="bl-swatch" aria-hidden="true" />
        <div class="bl-item-body">
          <button type="button" class="bl-item-open" onClick={() => openUrl(highlightLink(h))} {...primary}>
            <span class="bl-visually-hidden">{s.openHighlightPrefix}</span>
            {h.quote}
          </button>
          {h.note && (
            <p class="bl-item-note">
              <span class="bl-visually-hidden">{s.noteLabel}: </span>
              {h.note}
            </p>
          )}
          <p class="bl-item-meta">
            <span class="bl-visually-hidden">{s.colour}: {s.colourName[h.color]}. </span>
            <span>{h.section ? h.section.title ?? '' : s.noSection}</span>
            {h.tags.length > 0 && (
              <span class="bl-item-tags">
                <span class="bl-visually-hidden"> {s.tagsLabel}: </span>
                {h.tags.map((t, k) => (
                  <span key={k} class="bl-tag">
                    {t}
                  </span>
                ))}
              </span>
            )}
          </p>
        </div>
      </div>
    );
  };

  const focusList = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'Enter') return;
    e.preventDefault();
    document.querySelector<HTMLElement>('#bl-panel-highlights [data-primary][tabindex="0"]')?.focus();
  };

  return (
    <>
      <form role="search" aria-label={s.searchRegion} class="bl-search" onSubmit={(e) => e.preventDefault()}>
        <div class="bl-field bl-field-wide">
          <label for="bl-q">{s.searchLabel}</label>
          <input
            id="bl-q"
            type="search"
            value={query}
            placeholder={s.searchPlaceholder}
            aria-describedby="bl-q-help"
            autocomplete="off"
            disabled={!complete}
            onInput={(e) => setQuery(e.currentTarget.value)}
            onKeyDown={focusList}
          />
          <span id="bl-q-help" class="bl-help">
            {s.searchHelp}
          </span>
        </div>
        <fieldset class="bl-filters" disabled={!complete}>
          <legend>{s.filters}</legend>
          <div class="bl-field">
            <label for="bl-f-tag">{s.tag}</label>
            <select id="bl-f-tag" value={filters.tags[0] ?? ''} onChange={(e) => set('tags', e.currentTarget.value ? [e.currentTarget.value] : [])}>
              <option value="">{s.anyTag}</option>
              {tags.map((t) => (
                <option key={t.tag} value={t.tag}>
                  {`${t.tag} (${t.count})`}
                </option>
              ))}
            </select>
          </div>
          <fieldset class="bl-colours">
            <legend>{s.colour}</legend>
            {HIGHLIGHT_COLORS.map((c) => (
              <label key={c} class={`bl-colour bl-color-${c}`}>
                <input
                  type="checkbox"
                  checked={filters.colors.includes(c)}
                  onChange={(e) => set('colors', e.currentTarget.checked ? [...filters.colors, c] : filters.colors.filter((x: HighlightColor) => x !== c))}
                />
                <span class="bl-swatch" aria-hidden="true" />
                {s.colourName[c]}
              </label>
            ))}
          </fieldset>
          <div class="bl-field">
            <label for="bl-f-speaker">{s.speaker}</label>
            <select id="bl-f-speaker" value={filters.speaker ?? ''} onChange={(e) => set('speaker', e.currentTarget.value || null)}>
              <option value="">{s.anySpeaker}</option>
              {speakers.map((sp) => (
                <option key={sp} value={sp}>
                  {sp}
                </option>
              ))}
            </select>
          </div>
          <div class="bl-field">
            <label for="bl-f-from">{s.dateFrom}</label>
            <input id="bl-f-from" type="date" value={filters.dateFrom ?? ''} onChange={(e) => set('dateFrom', e.currentTarget.value || null)} />
          </div>
          <div class="bl-field">
            <label for="bl-f-to">{s.dateTo}</label>
            <input id="bl-f-to" type="date" value={filters.dateTo ?? ''} onChange={(e) => set('dateTo', e.currentTarget.value || null)} />
          </div>
          <div class="bl-field bl-field-wide">
            <label for="bl-f-briefing">{s.briefing}</label>
            <select id="bl-f-briefing" value={filters.briefingKey ?? ''} onChange={(e) => set('briefingKey', e.currentTarget.value || null)}>
              <option value="">{s.allBriefings}</option>
              {index.groups.map((g) => (
                <option key={g.key} value={g.key}>
                  {[g.date, g.title ?? s.untitledBriefing].filter(Boolean).join(' — ')}
                </option>
              ))}
            </select>
          </div>
          <button type="button" class="bl-button-secondary" disabled={!filtered} onClick={() => { setQuery(''); setFilters(NO_FILTERS); }}>
            {s.clearFilters}
          </button>
        </fieldset>
      </form>
      <p role="status" class="bl-status" id="bl-results">
        {!complete ? s.loadingRest(totalCount) : index.total === 0 ? s.emptyLibrary : s.results(result.total, result.groups.length)}
      </p>
      <p id="bl-list-help" class="bl-visually-hidden">
        {s.listHelp}
      </p>
      {rows.length > 0 && <VirtualList
        count={rows.length}
        heightOf={heightOf}
        keyOf={keyOf}
        renderRow={renderRow}
        label={s.listLabel}
        describedBy="bl-list-help"
        resetKey={resetKey}
        defaultHeight={listHeight}
      />}
    </>
  );
}

// ---- briefing index -------------------------------------------------------------------------

const ENTITY_TYPES = ['all', 'person', 'place', 'organization', 'date'] as const;
const MAX_ENTITY_BUTTONS = 100;

function BriefingsView({ strings: s, data, index, openUrl, showBriefing }: { strings: LibraryStrings; data: LibraryData; index: LibraryIndex; openUrl: (url: string) => void; showBriefing: (key: string) => void }) {
  const [q, setQ] = useState('');
  const [type, setType] = useState<(typeof ENTITY_TYPES)[number]>('all');
  const [chosen, setChosen] = useState<string | null>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const totals = useMemo(() => entityTotals(data.briefings), [data]);
  const counts = useMemo(() => new Map(index.groups.map((g) => [g.key, g.highlights.length])), [index]);
  const matches = useMemo(
    () => totals.filter((t) => (type === 'all' || parseEntityKey(t.key).kind === type) && (entityMatches(t.key, q) || entityMatches(entityLabel(t.key), q))),
    [totals, q, type],
  );
  const mentioning = useMemo(() => (chosen ? briefingsMentioning(data.briefings, chosen) : []), [data, chosen]);
  const choose = (key: string) => {
    setChosen(key);
    setTimeout(() => resultsHeading.current?.focus(), 0);
  };

  if (totals.length === 0) return <p class="bl-meta">{s.noEntities}</p>;
  return (
    <div class="bl-entities">
      <form role="search" aria-label={s.entityRegion} class="bl-search" onSubmit={(e) => { e.preventDefault(); if (matches[0]) choose(matches[0].key); }}>
        <div class="bl-field bl-field-wide">
          <label for="bl-e-q">{s.entityLabel}</label>
          <input id="bl-e-q" type="search" value={q} placeholder={s.entityPlaceholder} autocomplete="off" onInput={(e) => setQ(e.currentTarget.value)} />
        </div>
        <div class="bl-field">
          <label for="bl-e-type">{s.entityType}</label>
          <select id="bl-e-type" value={type} onChange={(e) => setType(e.currentTarget.value as (typeof ENTITY_TYPES)[number])}>
            {ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {s.entityTypes[t]}
              </option>
            ))}
          </select>
        </div>
      </form>
      <div class="bl-entity-columns">
        <section aria-labelledby="bl-e-list-h" class="bl-entity-list">
          <h2 id="bl-e-list-h" class="bl-h2">{s.entitiesHeading(matches.length, totals.length)}</h2>
          {matches.length === 0 && <p class="bl-meta">{s.noEntityMatch}</p>}
          <ul class="bl-plain-list">
            {matches.slice(0, MAX_ENTITY_BUTTONS).map((t) => {
              const label = entityLabel(t.key);
              const kind = parseEntityKey(t.key).kind;
              return (
                <li key={t.key}>
                  <button type="button" class="bl-entity" aria-pressed={chosen === t.key} onClick={() => choose(t.key)}>
                    <span class="bl-entity-label">
                      <span class="bl-visually-hidden">{s.chooseEntityPrefix}</span>
                      {label}
                    </span>
                    <span class="bl-entity-kind">
                      <span class="bl-visually-hidden">, </span>
                      {s.entityKind[kind]}
                    </span>
                    <span class="bl-entity-stats">
                      <span class="bl-visually-hidden">, </span>
                      {s.entityStats(t.briefings, t.mentions)}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
          {matches.length > MAX_ENTITY_BUTTONS && <p class="bl-meta">{s.moreEntities(matches.length - MAX_ENTITY_BUTTONS)}</p>}
        </section>
        <section aria-labelledby="bl-e-res-h" class="bl-entity-results" hidden={!chosen}>
          <h2 id="bl-e-res-h" class="bl-h2" tabIndex={-1} ref={resultsHeading}>
            {chosen ? s.mentioningHeading(entityLabel(chosen), mentioning.length) : ''}
          </h2>
          <ul class="bl-plain-list bl-mentions">
            {mentioning.map(({ briefing: b, count }) => (
              <BriefingMentionItem key={b.key} strings={s} b={b} count={count} highlights={counts.get(b.key) ?? 0} openUrl={openUrl} showBriefing={showBriefing} />
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}

function BriefingMentionItem({ strings: s, b, count, highlights, openUrl, showBriefing }: { strings: LibraryStrings; b: BriefingRecord; count: number; highlights: number; openUrl: (url: string) => void; showBriefing: (key: string) => void }) {
  const href = briefingLink(b.url);
  const title = b.title ?? s.untitledBriefing;
  return (
    <li class="bl-mention">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" class="bl-mention-title" onClick={linkClick(openUrl, href)}>
          {title}
        </a>
      ) : (
        <span class="bl-mention-title">{title}</span>
      )}
      <p class="bl-meta">{[b.speaker, formatDate(b.date, s.lang), s.mentions(count)].filter(Boolean).join(' · ')}</p>
      {highlights > 0 ? (
        <button type="button" class="bl-link-button" onClick={() => showBriefing(b.key)}>
          {s.showHighlights(highlights)}
        </button>
      ) : (
        <p class="bl-meta">{s.noHighlightsHere}</p>
      )}
    </li>
  );
}

// ---- export -----------------------------------------------------------------------------------

type Scope = 'all' | 'results' | 'briefing';
type Format = 'json' | 'markdown';

function stamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function ExportView({ strings: s, data, index, result, filters, complete, download, now }: { strings: LibraryStrings; data: LibraryData; index: LibraryIndex; result: { groups: BriefingGroup[]; total: number }; filters: LibraryFilters; complete: boolean; download: (f: DownloadFile) => void; now?: () => number }) {
  const [scope, setScope] = useState<Scope>('all');
  const [format, setFormat] = useState<Format>('json');
  const [briefingKey, setBriefingKey] = useState<string>('');
  const [message, setMessage] = useState('');
  const chosenKey = briefingKey || filters.briefingKey || index.groups[0]?.key || '';

  const doExport = () => {
    const t = now?.() ?? Date.now();
    let groups: BriefingGroup[];
    let briefings: BriefingRecord[] | null = null;
    let slug: string;
    if (scope === 'all') {
      groups = index.groups;
      briefings = data.briefings; // the whole index, briefings without highlights included
      slug = 'all';
    } else if (scope === 'results') {
      groups = result.groups;
      slug = 'search';
    } else {
      groups = index.groups.filter((g) => g.key === chosenKey);
      slug = chosenKey.replace(/[^a-z0-9]+/gi, '-');
    }
    const highlights = groups.flatMap((g) => g.highlights);
    if (highlights.length === 0 && scope !== 'all') {
      setMessage(s.exportNothing);
      return;
    }
    const name = `briefing-lens-${slug}-${stamp(t)}.${format === 'json' ? 'json' : 'md'}`;
    const text =
      format === 'json'
        ? exportJson(highlights, briefings ?? briefingsOf(highlights, data.briefings), { now: t })
        : toMarkdown(groups, { labels: s.markdown });
    download({ name, type: format === 'json' ? 'application/json' : 'text/markdown', text });
    setMessage(s.exported(highlights.length, name));
  };

  return (
    <section aria-labelledby="bl-export-h" class="bl-transfer">
      <h2 id="bl-export-h" class="bl-h2">{s.exportHeading}</h2>
      <fieldset>
        <legend>{s.exportWhat}</legend>
        <label class="bl-radio">
          <input type="radio" name="bl-scope" checked={scope === 'all'} onChange={() => setScope('all')} />
          {s.exportAll(index.total)}
        </label>
        <label class="bl-radio">
          <input type="radio" name="bl-scope" checked={scope === 'results'} onChange={() => setScope('results')} />
          {s.exportResults(result.total)}
        </label>
        <label class="bl-radio">
          <input type="radio" name="bl-scope" checked={scope === 'briefing'} onChange={() => setScope('briefing')} disabled={index.groups.length === 0} />
          {s.exportBriefing}
        </label>
        {scope === 'briefing' && (
          <div class="bl-field bl-field-wide">
            <label for="bl-x-briefing">{s.exportWhichBriefing}</label>
            <select id="bl-x-briefing" value={chosenKey} onChange={(e) => setBriefingKey(e.currentTarget.value)}>
              {index.groups.map((g) => (
                <option key={g.key} value={g.key}>
                  {`${[g.date, g.title ?? s.untitledBriefing].filter(Boolean).join(' — ')} (${g.highlights.length})`}
                </option>
              ))}
            </select>
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>{s.exportFormat}</legend>
        <label class="bl-radio">
          <input type="radio" name="bl-format" checked={format === 'json'} onChange={() => setFormat('json')} />
          {s.formatJson}
        </label>
        <label class="bl-radio">
          <input type="radio" name="bl-format" checked={format === 'markdown'} onChange={() => setFormat('markdown')} />
          {s.formatMarkdown}
        </label>
      </fieldset>
      <button type="button" class="bl-button" disabled={!complete} onClick={doExport}>
        {s.exportButton}
      </button>
      <p role="status" class="bl-status">
        {message}
      </p>
    </section>
  );
}

// ---- import -----------------------------------------------------------------------------------

type ImportState =
  | { phase: 'idle'; message: string }
  | { phase: 'reading' }
  | { phase: 'error'; message: string }
  | { phase: 'preview'; name: string; plan: ImportPlan }
  | { phase: 'applying'; name: string; plan: ImportPlan };

const MAX_REJECTED_SHOWN = 200;

function ImportView({ strings: s, backend, busy, onImported }: { strings: LibraryStrings; backend: LibraryBackend; busy: { current: boolean }; onImported: () => void }) {
  const [state, setState] = useState<ImportState>({ phase: 'idle', message: '' });
  const fileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    busy.current = state.phase === 'reading' || state.phase === 'applying';
    if (state.phase === 'preview') previewHeading.current?.focus();
  }, [state]);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    // UTF-8 takes at most 4 bytes a character: a larger file is over the limit for sure; do not read it.
    if (file.size > MAX_IMPORT_CHARS * 4) {
      setState({ phase: 'error', message: s.importError('too-big', `${(file.size / 1024 / 1024).toFixed(1)} MB`) });
      return;
    }
    setState({ phase: 'reading' });
    let preview: Preview;
    try {
      preview = await backend.preview(await file.text());
    } catch (e) {
      setState({ phase: 'error', message: s.applyFailed(e instanceof Error ? e.message : String(e)) });
      return;
    }
    if (!preview.ok) setState({ phase: 'error', message: s.importError(preview.error.code, preview.error.detail) });
    else setState({ phase: 'preview', name: file.name, plan: preview.plan });
  };

  const reset = (message: string) => {
    if (fileInput.current) fileInput.current.value = '';
    setState({ phase: 'idle', message });
  };

  const apply = async (name: string, plan: ImportPlan) => {
    setState({ phase: 'applying', name, plan });
    let r: ApplyResult;
    try {
      r = await backend.apply(plan);
    } catch (e) {
      setState({ phase: 'error', message: s.applyFailed(e instanceof Error ? e.message : String(e)) });
      return;
    }
    reset(s.applied(r.highlightsWritten, r.briefingsWritten));
    onImported();
  };

  return (
    <section aria-labelledby="bl-import-h" class="bl-transfer">
      <h2 id="bl-import-h" class="bl-h2">{s.importHeading}</h2>
      <div class="bl-field bl-field-wide">
        <label for="bl-import-file">{s.importLabel}</label>
        <input
          id="bl-import-file"
          ref={fileInput}
          type="file"
          accept="application/json,application/ld+json,.json,.jsonld"
          aria-describedby="bl-import-help"
          disabled={state.phase === 'reading' || state.phase === 'applying'}
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
        />
        <span id="bl-import-help" class="bl-help">
          {s.importHelp}
        </span>
      </div>
      {state.phase === 'reading' && (
        <p role="status" class="bl-status">
          {s.importReading}
        </p>
      )}
      {state.phase === 'error' && (
        <p role="alert" class="bl-error">
          {state.message}
        </p>
      )}
      {state.phase === 'idle' && (
        <p role="status" class="bl-status">
          {state.message}
        </p>
      )}
      {(state.phase === 'preview' || state.phase === 'applying') && (
        <ImportPreview
          strings={s}
          name={state.name}
          plan={state.plan}
          applying={state.phase === 'applying'}
          headingRef={previewHeading}
          onApply={() => void apply(state.name, state.plan)}
          onCancel={() => reset(s.cancelled)}
        />
      )}
    </section>
  );
}

function ImportPreview({ strings: s, name, plan, applying, headingRef, onApply, onCancel }: { strings: LibraryStrings; name: string; plan: ImportPlan; applying: boolean; headingRef: { current: HTMLHeadingElement | null }; onApply: () => void; onCancel: () => void }) {
  const writes = planWrites(plan);
  const rejectedH = plan.rejected.filter((r) => r.kind === 'annotation').length;
  const rejectedB = plan.rejected.length - rejectedH;
  const row = (label: string, b: ImportPlan['highlights'] | ImportPlan['briefings'], rejected: number) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{b.new.length}</td>
      <td>{b.updated.length}</td>
      <td>{b.unchanged.length}</td>
      <td>{b.older.length}</td>
      <td>{rejected}</td>
    </tr>
  );
  return (
    <div class="bl-preview" aria-labelledby="bl-preview-h" role="region">
      <h3 id="bl-preview-h" class="bl-h3" tabIndex={-1} ref={headingRef}>
        {s.previewHeading(name)}
      </h3>
      <p>{s.previewAnnotations(plan.annotationCount)}</p>
      <table class="bl-preview-table">
        <thead>
          <tr>
            <td />
            <th scope="col">{s.bucketNew}</th>
            <th scope="col">{s.bucketUpdated}</th>
            <th scope="col">{s.bucketUnchanged}</th>
            <th scope="col">{s.bucketOlder}</th>
            <th scope="col">{s.bucketRejected}</th>
          </tr>
        </thead>
        <tbody>
          {row(s.highlightsLabel, plan.highlights, rejectedH)}
          {row(s.briefingsLabel, plan.briefings, rejectedB)}
        </tbody>
      </table>
      {plan.rejected.length > 0 && (
        <>
          <h4 class="bl-h4">{s.rejectedHeading(plan.rejected.length)}</h4>
          <ul class="bl-rejected">
            {plan.rejected.slice(0, MAX_REJECTED_SHOWN).map((r) => (
              <li key={`${r.kind}:${r.index}`}>
                <strong>{s.rejectedItem(r.kind, r.index)}</strong>
                {r.id ? ` (${short(r.id, 80)})` : ''}: {s.rejectReason(r.code, r.detail)}
              </li>
            ))}
          </ul>
          {plan.rejected.length > MAX_REJECTED_SHOWN && <p class="bl-meta">{s.rejectedMore(plan.rejected.length - MAX_REJECTED_SHOWN)}</p>}
        </>
      )}
      {writes === 0 && <p class="bl-meta">{s.nothingToApply}</p>}
      <div class="bl-row">
        <button type="button" class="bl-button" disabled={writes === 0 || applying} onClick={onApply}>
          {applying ? s.applying : s.applyImport(writes)}
        </button>
        <button type="button" class="bl-button-secondary" disabled={applying} onClick={onCancel}>
          {s.cancelImport}
        </button>
      </div>
    </div>
  );
}
