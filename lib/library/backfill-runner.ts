/**
 * The library's side of a backfill job: reads the job the background saved, runs it with the
 * core's polite schedule (`createBackfill`), saves it after every change (so `next` survives a
 * reload), and gives the panel one snapshot to show and the buttons to press.
 *
 * One runner at a time across library tabs: the run holds a lock (Web Locks in the page); a tab
 * that cannot get it shows the job as running elsewhere and follows it through the storage.
 */
import { isInterstitial } from '../detect/page';
import { createBackfill, type Backfill, type BackfillDeps, type BackfillState, type FetchedPage } from '../archive/backfill';
import { isOpen, parseJob, type BackfillJob, type BackfillStop, type JobArea } from './backfill-job';

export interface JobView {
  job: BackfillJob | null;
  /** Another library tab runs it: this one shows it, its buttons do nothing. */
  elsewhere: boolean;
}

export interface BackfillController {
  view(): JobView;
  subscribe(listener: () => void): () => void;
  pause(): void;
  /** Start or resume the stored job (after a pause, a stop or a reload). */
  resume(): void;
  cancel(): void;
  /** Forget a finished or cancelled job (the panel goes away). */
  dismiss(): void;
  /** Resolves when the current run (if any) has ended; tests and teardown. */
  idle(): Promise<void>;
  dispose(): void;
}

/** Runs `fn` holding the one backfill lock; `fn(false)` when another tab holds it. */
export type LockRunner = (fn: (held: boolean) => Promise<void>) => Promise<void>;

export const webLock =
  (name = 'briefing-lens-backfill'): LockRunner =>
  (fn) =>
    typeof navigator !== 'undefined' && navigator.locks
      ? navigator.locks.request(name, { ifAvailable: true }, (lock) => fn(lock !== null))
      : fn(true);

export interface RunnerOptions {
  area: JobArea;
  deps: Pick<BackfillDeps, 'fetchPage' | 'keep' | 'now' | 'sleep'>;
  lock?: LockRunner;
  intervalMs?: number;
  /** Start a queued job (and one a reload interrupted) when it is read; default true. */
  autoStart?: boolean;
}

type LastPage = { error: string } | { status: number; interstitial: boolean };

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function createBackfillRunner(opts: RunnerOptions): BackfillController {
  const { area, deps } = opts;
  const lock = opts.lock ?? webLock();
  const autoStart = opts.autoStart ?? true;
  let job: BackfillJob | null = null;
  let elsewhere = false;
  /** The core's run for `job` in this page, kept across pause and resume. */
  let backfill: { id: string; run: Backfill } | null = null;
  let running: Promise<void> | null = null;
  let disposed = false;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const l of listeners) l();
  };
  // Writes in order: the last state written is the last state seen.
  let writes: Promise<void> = Promise.resolve();
  const save = (j: BackfillJob | null) => {
    writes = writes.then(() => area.write(j)).catch(() => undefined);
    return writes;
  };
  const update = (j: BackfillJob | null, persist = true) => {
    job = j;
    if (persist) void save(j);
    notify();
  };

  function coreFor(j: BackfillJob): Backfill {
    if (backfill?.id === j.id) return backfill.run;
    const base = { kept: j.kept, unchanged: j.unchanged, notTranscript: j.notTranscript };
    let last: LastPage | null = null;
    let keepError: string | null = null;
    let fetchedAt = j.lastFetchAt;
    const fetchPage = async (url: string, signal: AbortSignal): Promise<FetchedPage> => {
      last = null;
      keepError = null;
      fetchedAt = deps.now();
      try {
        const page = await deps.fetchPage(url, signal);
        last = { status: page.status, interstitial: isInterstitial(page.doc) };
        return page;
      } catch (e) {
        last = { error: errorText(e) };
        throw e;
      }
    };
    const keep: BackfillDeps['keep'] = async (url, doc) => {
      try {
        return await deps.keep(url, doc);
      } catch (e) {
        keepError = errorText(e);
        throw e;
      }
    };
    const stopOf = (s: BackfillState): BackfillStop => {
      const where = { at: s.next + 1, total: s.total, url: j.urls[s.next] ?? '' };
      const l = last as LastPage | null;
      if (keepError !== null) return { kind: 'keep', ...where, detail: keepError.slice(0, 500) };
      if (!l || 'error' in l) return { kind: 'fetch', ...where, detail: (l?.error ?? '').slice(0, 500) };
      if (l.status < 200 || l.status > 299) return { kind: 'http', ...where, status: l.status };
      return { kind: 'interstitial', ...where };
    };
    const onChange = (s: BackfillState) => {
      if (!job || job.id !== j.id) return;
      update({
        ...job,
        status: s.status === 'idle' ? 'queued' : s.status,
        next: s.next,
        kept: base.kept + s.kept,
        unchanged: base.unchanged + s.unchanged,
        notTranscript: base.notTranscript + s.notTranscript,
        message: s.message,
        stop: s.status === 'stopped' ? stopOf(s) : null,
        lastFetchAt: fetchedAt,
      });
    };
    const run = createBackfill(
      j.urls,
      { fetchPage, keep, now: deps.now, sleep: deps.sleep, onChange },
      // A new page (a reload) does not know when the last request left: the job does.
      { intervalMs: opts.intervalMs, startAt: j.next, lastRequestAt: j.lastFetchAt ?? undefined },
    );
    backfill = { id: j.id, run };
    return run;
  }

  function start(): void {
    if (running || disposed || !isOpen(job)) return;
    const j = job;
    running = lock(async (held) => {
      elsewhere = !held;
      if (!held) return notify();
      // Read again under the lock: another tab may have moved it on before letting go.
      const fresh = parseJob(await area.read());
      if (!fresh || fresh.id !== j.id || !isOpen(fresh)) return update(fresh, false);
      if (backfill?.id !== fresh.id) job = fresh;
      await coreFor(fresh).run();
    }).finally(() => {
      running = null;
      notify();
    });
  }

  function adopt(value: unknown): void {
    const j = parseJob(value);
    // Our own writes come back here; while we run the job, ours is the truth.
    if (running && !elsewhere && j?.id === job?.id) return;
    if (j?.id !== backfill?.id) backfill = null;
    // Paused, stopped or ended in the other tab: this one may take it up.
    if (j?.status !== 'running' && j?.status !== 'queued') elsewhere = false;
    update(j, false);
    if (autoStart && j && (j.status === 'queued' || (j.status === 'running' && !running))) start();
  }

  const stopWatching = area.watch((value) => {
    if (!disposed) adopt(value);
  });
  void area.read().then((value) => {
    if (!disposed && job === null) adopt(value);
  });

  return {
    view: () => ({ job, elsewhere }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    pause() {
      if (elsewhere || !job) return;
      if (running && backfill?.id === job.id) backfill.run.pause();
    },
    resume() {
      if (elsewhere) return;
      start();
    },
    cancel() {
      if (elsewhere || !isOpen(job)) return;
      if (running && backfill?.id === job.id) backfill.run.cancel();
      else update({ ...job, status: 'cancelled', stop: null, message: null });
    },
    dismiss() {
      if (running || isOpen(job)) return;
      backfill = null;
      update(null);
    },
    async idle() {
      while (running) await running;
      await writes;
    },
    dispose() {
      disposed = true;
      stopWatching();
      listeners.clear();
      if (backfill) backfill.run.pause();
    },
  };
}
