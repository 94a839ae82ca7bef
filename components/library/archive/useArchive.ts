/**
 * The Archive tab's data: the most recently kept transcripts at once (first results), then the
 * newest version of every kept transcript and the word index over them (built off the page's
 * thread), and the keys with more than one version. Reloads when another context announces that
 * the archive changed; until the new index is ready the old one keeps answering.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ArchiveIndex } from '../../../lib/archive/search';
import type { ArchiveSource } from '../../../lib/library/archive-data';
import { buildArchiveIndex, type WorkerFactory } from '../../../lib/library/archive-index-client';
import { onTranscriptsChanged } from '../../../lib/store/archive-broadcast';
import type { TranscriptVersionRecord } from '../../../lib/store/schema';

/** How many of the most recently kept transcripts the first results scan. */
export const RECENT_COUNT = 100;
const REFRESH_DEBOUNCE_MS = 300;

export interface ArchiveState {
  recent: TranscriptVersionRecord[] | null;
  list: TranscriptVersionRecord[] | null;
  index: ArchiveIndex | null;
  changedKeys: string[];
  error: string;
  /** Bumped on every reload (views that fetched something of their own refetch). */
  generation: number;
}

export function useArchive(source: ArchiveSource, makeWorker?: WorkerFactory | null): ArchiveState {
  const [state, setState] = useState<ArchiveState>({ recent: null, list: null, index: null, changedKeys: [], error: '', generation: 0 });
  const gen = useRef(0);

  const sourceRef = useRef(source);
  sourceRef.current = source;

  const load = async (): Promise<void> => {
    const src = sourceRef.current;
    const mine = ++gen.current;
    const current = () => gen.current === mine;
    const fail = (e: unknown) => current() && setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) }));
    try {
      const recent = await src.recent(RECENT_COUNT);
      if (!current()) return;
      setState((s) => ({ ...s, recent, error: '', generation: mine }));
      const [list, changedKeys] = await Promise.all([src.latest(), src.changedKeys()]);
      if (!current()) return;
      setState((s) => ({ ...s, list, changedKeys }));
      const built = await buildArchiveIndex(list, { dbName: src.dbName, makeWorker });
      if (current()) setState((s) => ({ ...s, index: built.index }));
    } catch (e) {
      fail(e);
    }
  };

  // Start reading during the render rather than in an effect, which waits for a frame; again
  // when the source is another one.
  const loadedFor = useRef<ArchiveSource | null>(null);
  if (loadedFor.current !== source) {
    loadedFor.current = source;
    void load();
  }

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = onTranscriptsChanged(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void load(), REFRESH_DEBOUNCE_MS);
    });
    return () => {
      stop();
      clearTimeout(timer);
    };
  }, []);

  // Unmounted: whatever is in flight is dropped.
  useEffect(
    () => () => {
      gen.current++;
    },
    [],
  );

  return state;
}
