/**
 * The library's Archive tab: full-text search across every section of every kept transcript
 * (first results at once from the most recently kept, while the whole archive is indexed off the
 * page's thread), "Read here", changed transcripts with a version picker, an entity's timeline,
 * and export for research. `top` is rendered above the search box (the backfill panel).
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { scanSearch, type ArchiveFilters, type ArchiveHit } from '../../../lib/archive/search';
import {
  archiveEntities,
  archiveSpeakers,
  highlightsBySection,
  sectionLabel,
  versionId,
  type ArchiveSource,
} from '../../../lib/library/archive-data';
import type { ExportFile } from '../../../lib/library/archive-export';
import type { WorkerFactory } from '../../../lib/library/archive-index-client';
import type { HighlightRecord, TranscriptVersionRecord } from '../../../lib/store/schema';
import type { ArchiveStrings } from '../archive-strings';
import { ArchiveExport, type SelectedVersion } from './ArchiveExport';
import { ArchiveFiltersForm, NO_ARCHIVE_FILTERS } from './ArchiveFiltersForm';
import { ArchiveHitList } from './ArchiveHit';
import { EntityTimeline } from './EntityTimeline';
import { ReadHere } from './ReadHere';
import { useArchive } from './useArchive';
import { VersionsView } from './VersionsView';

export interface ArchiveViewProps {
  strings: ArchiveStrings;
  source: ArchiveSource;
  /** The library's highlights (shown in the hits of their sections). */
  highlights: readonly HighlightRecord[];
  openUrl: (url: string) => void;
  download: (f: ExportFile) => void;
  now?: () => number;
  /** Rendered above the search box. */
  top?: ComponentChildren;
  /** How the index Worker is started; null: build on the page in slices (tests). */
  makeWorker?: WorkerFactory | null;
}

/** Hits listed at most (the status says how many matched in all). */
export const HIT_LIMIT = 100;
/** Hits of the first results, before the whole archive is read. */
const FIRST_LIMIT = 20;

interface Reading {
  record: TranscriptVersionRecord;
  sectionIndex: number;
  /** The id of the control that opened it: focus goes back there ("Back to the results"). */
  returnTo: string;
}

export function ArchiveView(props: ArchiveViewProps) {
  const { strings: s, source } = props;
  const a = useArchive(source, props.makeWorker);
  const now = props.now ?? Date.now;
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Required<ArchiveFilters>>(NO_ARCHIVE_FILTERS);
  const [reading, setReading] = useState<Reading | null>(null);
  const [selected, setSelected] = useState<Map<string, SelectedVersion>>(new Map());
  const joined = useMemo(() => highlightsBySection(props.highlights), [props.highlights]);
  const known = useMemo(() => a.list ?? a.recent ?? [], [a.list, a.recent]);
  const entities = useMemo(() => archiveEntities(known, s.lang), [known, s.lang]);
  const speakers = useMemo(() => archiveSpeakers(known), [known]);

  // Hits name untitled sections by their question or first words, read from the kept record.
  const records = useMemo(
    () => new Map((a.index?.transcripts ?? known).map((t) => [versionId({ key: t.key, version: t.version ?? 0 }), t])),
    [a.index, known],
  );
  const fallbackTitle = (hit: ArchiveHit): string | null => {
    const sec = hit.sectionTitle ? null : records.get(versionId({ key: hit.key, version: hit.version ?? 0 }))?.sections[hit.sectionIndex];
    return sec ? sectionLabel(sec) : null;
  };

  const result = useMemo(() => {
    if (a.index) return { ...a.index.search(query, filters, HIT_LIMIT), complete: true, transcripts: a.index.transcripts.length };
    const base = a.list ?? a.recent;
    if (!base) return null;
    return { ...scanSearch(base, query, filters, { limit: a.list ? HIT_LIMIT : FIRST_LIMIT }), complete: false, transcripts: base.length };
  }, [a.index, a.list, a.recent, query, filters]);

  const readHere = (hit: Pick<ArchiveHit, 'key' | 'version' | 'sectionIndex'>) => {
    if (hit.version === null) return;
    const returnTo = document.activeElement?.id ?? '';
    source.version(hit.key, hit.version).then(
      (record) => record && setReading({ record, sectionIndex: hit.sectionIndex, returnTo }),
      () => undefined,
    );
  };
  const select = (hit: ArchiveHit, on: boolean) => {
    if (hit.version === null) return;
    const next = new Map(selected);
    const id = versionId({ key: hit.key, version: hit.version });
    if (on) next.set(id, { key: hit.key, version: hit.version });
    else next.delete(id);
    setSelected(next);
  };

  if (a.error) {
    return (
      <p role="alert" class="bl-error">
        {s.loadFailed(a.error)}
      </p>
    );
  }

  return (
    <div class="bl-archive">
      {props.top}
      <ArchiveFiltersForm
        strings={s}
        query={query}
        setQuery={setQuery}
        filters={filters}
        setFilters={setFilters}
        entities={entities}
        speakers={speakers}
      />
      <p role="status" class="bl-status" id="bl-ar-results">
        {!result
          ? s.loading
          : result.transcripts === 0
            ? s.empty
            : result.complete
              ? s.results(result.hits.length, result.total, result.transcripts)
              : s.indexing}
      </p>
      {reading ? (
        <ReadHere
          strings={s}
          record={reading.record}
          sectionIndex={reading.sectionIndex}
          setSectionIndex={(i) => setReading({ ...reading, sectionIndex: i })}
          onBack={() => {
            setReading(null);
            // The hit list is drawn again first; then its button (or the search box) gets the focus back.
            setTimeout(() => (document.getElementById(reading.returnTo) ?? document.getElementById('bl-ar-q'))?.focus(), 0);
          }}
          openUrl={props.openUrl}
          highlights={joined}
          download={props.download}
          now={now}
        />
      ) : (
        result &&
        result.hits.length > 0 && (
          <ArchiveHitList
            strings={s}
            hits={result.hits}
            idPrefix="bl-ar-hit"
            label={s.hitsLabel}
            highlights={joined}
            fallbackTitle={fallbackTitle}
            isSelected={(hit) => hit.version !== null && selected.has(versionId({ key: hit.key, version: hit.version }))}
            onSelect={select}
            openUrl={props.openUrl}
            onReadHere={readHere}
          />
        )
      )}
      <VersionsView strings={s} source={source} changedKeys={a.changedKeys} list={a.list} generation={a.generation} />
      {a.list && a.list.length > 0 && (
        <EntityTimeline strings={s} list={a.list} highlights={joined} openUrl={props.openUrl} onReadHere={readHere} />
      )}
      <ArchiveExport
        strings={s}
        source={source}
        list={a.list}
        selected={[...selected.values()]}
        clearSelection={() => setSelected(new Map())}
        download={props.download}
        now={now}
      />
    </div>
  );
}
