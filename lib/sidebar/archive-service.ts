/**
 * The sidebar's side of the archive: keeps the page being read (when the reader lets it), holds
 * what came of it for the views, forgets the transcript on request. Lives as long as the sidebar
 * frame, not a view: the views are re-mounted when the page sends a fresh model, and neither a
 * "Changed since…" nor a "forget" may be lost then.
 */
import type { KeptTranscript } from '../archive/transcript';
import type { BackgroundClient } from '../messages/client';
import { nextStatus, type ArchiveStatus } from './archive-status';

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
  // Each keep gets a number: an answer that arrives after a newer keep (or a forget) is dropped.
  let generation = 0;
  const set = (patch: Partial<ArchiveState>) => {
    if (Object.entries(patch).every(([k, v]) => state[k as keyof ArchiveState] === v)) return;
    state = { ...state, ...patch };
    for (const cb of [...subs]) cb(state);
  };

  async function run(): Promise<void> {
    if (!current || !state.enabled || forgottenKeys.has(current.key)) return;
    const mine = ++generation;
    const before = state.status;
    set({ status: before.kind === 'changed' ? before : { kind: 'pending' } });
    try {
      const transcript = await current.transcript();
      // Building it waits for the entity index: keeping may have been switched off, or the
      // transcript forgotten, meanwhile.
      if (mine !== generation) return;
      const outcome = await client.archive.keep(transcript);
      if (mine === generation) set({ status: nextStatus(before, outcome) });
    } catch (e) {
      if (mine === generation) set({ status: { kind: 'failed', reason: e instanceof Error ? e.message : String(e) } });
    }
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
      generation++;
      const removed = await client.archive.forget(key);
      if (current?.key === key) set({ forgotten: true, status: { kind: 'idle' } });
      return removed;
    },
    async setEnabled(on) {
      set({ enabled: on });
      if (on) await run();
      else {
        generation++;
        if (state.status.kind === 'pending') set({ status: { kind: 'idle' } });
      }
    },
  };
}
