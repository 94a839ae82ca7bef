/**
 * The sidebar's side of the archive: keeps the page being read (when the reader lets it), holds
 * what came of it for the views, forgets the transcript on request. Lives as long as the sidebar
 * frame, not a view: the views are re-mounted when the page sends a fresh model, and neither a
 * "Changed since…" nor a "forget" may be lost then.
 */
import type { KeptTranscript } from '../archive/transcript';
import type { BackgroundClient } from '../messages/client';
import type { ArchiveStatus } from './archive-status';

export interface ArchiveState {
  /** The reader's setting "Keep transcripts in my archive". */
  enabled: boolean;
  /** This transcript was forgotten on this visit: it is not kept again until the next one. */
  forgotten: boolean;
  status: ArchiveStatus;
}

export interface ArchiveService {
  state(): ArchiveState;
  /** Calls `cb` now and on every change; returns the stop function. */
  subscribe(cb: (s: ArchiveState) => void): () => void;
  /**
   * The page being read, as a transcript to keep once it can be built (after the entity index).
   * Kept now if keeping is on and the transcript was not forgotten on this visit; otherwise
   * remembered, so that switching keeping on keeps it.
   */
  keep(key: string, transcript: () => Promise<KeptTranscript>): Promise<void>;
  /** Deletes every kept version of the current transcript; resolves with how many went. */
  forget(): Promise<number>;
  setEnabled(on: boolean): Promise<void>;
}

export function createArchiveService(client: Pick<BackgroundClient, 'archive'>, enabled: boolean): ArchiveService {
  let state: ArchiveState = { enabled, forgotten: false, status: { kind: 'idle' } };
  let current: { key: string; transcript: () => Promise<KeptTranscript> } | null = null;
  const forgottenKeys = new Set<string>();
  const subs = new Set<(s: ArchiveState) => void>();
  // Keeps run one after the other, so their outcomes are read in order: a "changed" answer is
  // never overtaken by the "unchanged" of the same text kept again a moment later. A forget or
  // switching keeping off bumps `cancelled`: what was queued before it neither sends nor reports.
  let queue: Promise<void> = Promise.resolve();
  let cancelled = 0;
  const set = (patch: Partial<ArchiveState>) => {
    if (Object.entries(patch).every(([k, v]) => state[k as keyof ArchiveState] === v)) return;
    state = { ...state, ...patch };
    for (const cb of [...subs]) cb(state);
  };

  function run(): Promise<void> {
    const target = current;
    if (!target || !state.enabled || forgottenKeys.has(target.key)) return queue;
    const mine = cancelled;
    const live = () => mine === cancelled && current?.key === target.key;
    if (state.status.kind !== 'changed') set({ status: { kind: 'pending' } });
    queue = queue.then(async () => {
      try {
        // Building it waits for the entity index: keeping may have been switched off, or the
        // transcript forgotten, meanwhile.
        const transcript = await target.transcript();
        if (!live()) return;
        const outcome = await client.archive.keep(transcript);
        // The word diff (and its library) loads only now: the sidebar's first paint does not wait for it.
        const { nextStatus } = await import('./archive-status');
        if (live()) set({ status: nextStatus(state.status, outcome) });
      } catch (e) {
        if (live()) set({ status: { kind: 'failed', reason: e instanceof Error ? e.message : String(e) } });
      }
    });
    return queue;
  }

  return {
    state: () => state,
    subscribe(cb) {
      subs.add(cb);
      cb(state);
      return () => void subs.delete(cb);
    },
    keep(key, transcript) {
      if (current && current.key !== key) set({ status: { kind: 'idle' } }); // another transcript (the page navigated)
      current = { key, transcript };
      set({ forgotten: forgottenKeys.has(key) });
      return run();
    },
    async forget() {
      if (!current) return 0;
      const key = current.key;
      // Stop keeping first: a keep in flight must not add a version back after the forget.
      forgottenKeys.add(key);
      cancelled++;
      const removed = await client.archive.forget(key);
      if (current?.key === key) set({ forgotten: true, status: { kind: 'idle' } });
      return removed;
    },
    async setEnabled(on) {
      set({ enabled: on });
      if (on) await run();
      else {
        cancelled++;
        if (state.status.kind === 'pending') set({ status: { kind: 'idle' } });
      }
    },
  };
}
