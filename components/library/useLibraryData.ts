/**
 * The library's data: read the database (the newest briefings' highlights first, then all),
 * reload when it changed elsewhere (page shown again, or a "highlights changed" announcement
 * from another extension context), and the local copy kept in step with the library's own
 * writes, without a reload.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { LibraryBackend } from '../../lib/library/apply';
import { LibraryIndex, type IndexCarry, type LibraryData } from '../../lib/library/search';
import { onHighlightsChanged } from '../../lib/store/broadcast';
import type { HighlightRecord } from '../../lib/store/schema';

export interface LibraryDataState {
  data: LibraryData | null;
  index: LibraryIndex | null;
  /** False while `data` holds only the first screen's highlights. */
  complete: boolean;
  totalCount: number;
  loadError: string;
  /** Read everything again. */
  reload: () => void;
  /** Set while an import runs: no reload under it. */
  busy: { current: boolean };
  /** Put a record as the library now knows it (after its own write). */
  putLocal: (record: HighlightRecord) => void;
  removeLocal: (id: string) => void;
}

export function useLibraryData(backend: LibraryBackend): LibraryDataState {
  const [data, setData] = useState<LibraryData | null>(null);
  const [complete, setComplete] = useState(false);
  const [totalCount, setTotalCount] = useState(0);
  const [loadError, setLoadError] = useState('');
  const busy = useRef(false);
  const signature = useRef<string | null>(null);
  /** The library's own writes since the last index, for the next one to apply in place. */
  const carry = useRef<{ changed: HighlightRecord[]; removed: string[] } | null>(null);
  const indexRef = useRef<LibraryIndex | null>(null);

  const fail = (e: unknown) => setLoadError(e instanceof Error ? e.message : String(e));
  /** Taken before each read, so that a change made during the read is seen next time. */
  const remember = () =>
    backend.signature?.().then(
      (sig) => (signature.current = sig),
      () => (signature.current = null),
    );
  const reload = useCallback(() => {
    void remember();
    backend.load().then((d) => {
      carry.current = null;
      setData(d);
      setComplete(true);
      setTotalCount(d.highlights.length);
      setLoadError('');
    }, fail);
  }, [backend]);

  // Start reading during the first render rather than in an effect, which would wait a frame.
  const started = useRef(false);
  if (!started.current) {
    started.current = true;
    if (backend.loadFirst) {
      void remember();
      backend.loadFirst().then((f) => {
        setData(f.snapshot);
        setTotalCount(f.totalHighlights);
        setComplete(f.complete);
        if (!f.complete) reload();
      }, reload);
    } else reload();
  }

  useEffect(() => {
    // Notes may have been added in a briefing tab meanwhile: reload when the page is shown again.
    const onVisible = () => {
      if (document.visibilityState !== 'visible' || busy.current) return;
      if (!backend.signature || signature.current === null) return reload();
      const known = signature.current;
      backend.signature().then((sig) => {
        if (sig !== known) reload();
      }, reload);
    };
    document.addEventListener('visibilitychange', onVisible);
    // Another extension context (the sidebar frame, a second library tab) wrote: read again.
    const stop = onHighlightsChanged(() => {
      if (!busy.current) reload();
    });
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      stop();
    };
  }, [reload, backend]);

  const note = (changed: HighlightRecord[], removed: string[]) => {
    const c = (carry.current ??= { changed: [], removed: [] });
    c.changed.push(...changed);
    c.removed.push(...removed);
  };
  const putLocal = useCallback((record: HighlightRecord) => {
    note([record], []);
    setData((d) => {
      if (!d) return d;
      const i = d.highlights.findIndex((h) => h.id === record.id);
      const highlights = i >= 0 ? d.highlights.map((h, k) => (k === i ? record : h)) : [...d.highlights, record];
      return { ...d, highlights };
    });
    void remember();
  }, []);
  const removeLocal = useCallback((id: string) => {
    note([], [id]);
    setData((d) => (d ? { ...d, highlights: d.highlights.filter((h) => h.id !== id) } : d));
    void remember();
  }, []);

  const index = useMemo(() => {
    if (!data) return null;
    const c = carry.current;
    carry.current = null;
    const from = indexRef.current;
    const next = new LibraryIndex(data, c && from ? ({ from, ...c } satisfies IndexCarry) : undefined);
    indexRef.current = next;
    return next;
  }, [data]);
  useEffect(() => {
    if (!index) return;
    // Build the full-text index after the first screen is up, in chunks.
    const t = setTimeout(() => void index.buildIndex(), 50);
    return () => {
      clearTimeout(t);
      index.cancelBuild();
    };
  }, [index]);

  return { data, index, complete, totalCount, loadError, reload, busy, putLocal, removeLocal };
}
