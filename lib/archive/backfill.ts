/**
 * The polite fetch schedule of a backfill: the transcripts of a listing page fetched one at a
 * time from the same origin, at most one request every 2 s, never two at once, with pause,
 * resume and cancel. An anti-bot interstitial or an error stops it with a message the reader can
 * act on; resuming starts again at the page that stopped it (nothing before it is fetched again).
 *
 * Pure scheduling: the clock, the fetch and the keeping are given (`BackfillDeps`), so it runs the
 * same in the background, in an extension page, and in a test with a fake clock. State to carry
 * across a restart is `{ urls, next }` (and when the last request left): pass `startAt: next`
 * (and `lastRequestAt`) to continue a backfill later.
 */
import { isInterstitial } from '../detect/page';

export const BACKFILL_INTERVAL_MS = 2_000;

export interface FetchedPage {
  /** The HTTP status. */
  status: number;
  doc: Document;
}

/** What keeping one fetched page came to: a transcript kept (or already kept), or not a transcript. */
export type KeepResult = 'kept' | 'unchanged' | 'changed' | 'not-transcript';

export interface BackfillDeps {
  /** Fetch and parse one page (same origin, credentials as the site's own). Abort on `signal`. */
  fetchPage: (url: string, signal: AbortSignal) => Promise<FetchedPage>;
  /** Segment and keep it (lib/archive/transcript.ts + lib/store/transcripts.ts). */
  keep: (url: string, doc: Document) => Promise<KeepResult>;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Told after every change of state (progress bar, buttons). */
  onChange?: (state: BackfillState) => void;
}

export type BackfillStatus = 'idle' | 'running' | 'paused' | 'stopped' | 'cancelled' | 'done';

export interface BackfillState {
  status: BackfillStatus;
  total: number;
  /** Index of the next address to fetch (= how many are behind us). */
  next: number;
  /** Counts of what the pages behind us came to. */
  kept: number;
  unchanged: number;
  notTranscript: number;
  /** Why it stopped (status 'stopped'), for the reader. */
  message: string | null;
}

export interface Backfill {
  /** Start, or resume after a pause or a stop; resolves when the run pauses, stops, is cancelled or ends. */
  run(): Promise<BackfillState>;
  /** Stop after the request in flight (if any); `run()` again resumes. */
  pause(): void;
  /** Give up: the request in flight is aborted; nothing more is fetched. */
  cancel(): void;
  state(): BackfillState;
}

export interface BackfillOptions {
  intervalMs?: number;
  /** Where to start (a saved `next`). */
  startAt?: number;
  /** When the last request of an earlier run left (`now()` clock): the first request waits out the interval from it. */
  lastRequestAt?: number;
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function createBackfill(urls: readonly string[], deps: BackfillDeps, opts: BackfillOptions = {}): Backfill {
  const interval = opts.intervalMs ?? BACKFILL_INTERVAL_MS;
  const st: BackfillState = {
    status: 'idle',
    total: urls.length,
    next: Math.min(Math.max(0, opts.startAt ?? 0), urls.length),
    kept: 0,
    unchanged: 0,
    notTranscript: 0,
    message: null,
  };
  let lastRequest = opts.lastRequestAt ?? Number.NEGATIVE_INFINITY;
  let pauseWanted = false;
  let controller: AbortController | null = null;
  let running: Promise<BackfillState> | null = null;

  const snapshot = (): BackfillState => ({ ...st });
  const set = (status: BackfillStatus, message: string | null = null): void => {
    st.status = status;
    st.message = message;
    deps.onChange?.(snapshot());
  };
  const where = (): string => `Stopped at ${st.next + 1} of ${st.total}`;
  /** True when the loop must end here (cancelled or paused), with the state set. */
  const interrupted = (): boolean => {
    if (st.status === 'cancelled') return true;
    if (pauseWanted) {
      pauseWanted = false;
      set('paused');
      return true;
    }
    return false;
  };

  async function loop(): Promise<BackfillState> {
    set('running');
    while (st.next < st.total) {
      if (interrupted()) return snapshot();
      const wait = lastRequest + interval - deps.now();
      if (wait > 0) await deps.sleep(wait);
      if (interrupted()) return snapshot();
      const url = urls[st.next]!;
      controller = new AbortController();
      lastRequest = deps.now();
      let page: FetchedPage;
      try {
        page = await deps.fetchPage(url, controller.signal);
      } catch (e) {
        if (st.status === 'cancelled') return snapshot();
        set('stopped', `${where()}: the page could not be fetched (${errorText(e)}). Check the connection, then resume.`);
        return snapshot();
      } finally {
        controller = null;
      }
      if (st.status === 'cancelled') return snapshot();
      if (page.status < 200 || page.status > 299) {
        set('stopped', `${where()}: the site answered ${page.status} for ${url}. Resume to try this page again.`);
        return snapshot();
      }
      if (isInterstitial(page.doc)) {
        set(
          'stopped',
          `${where()}: the site showed its "Data processing… Please, wait" check instead of the transcript. Open the site in a tab until it passes, then resume.`,
        );
        return snapshot();
      }
      let result: KeepResult;
      try {
        result = await deps.keep(url, page.doc);
      } catch (e) {
        set('stopped', `${where()}: the page could not be kept (${errorText(e)}). Resume to try it again.`);
        return snapshot();
      }
      if (result === 'not-transcript') st.notTranscript++;
      else if (result === 'unchanged') st.unchanged++;
      else st.kept++;
      st.next++;
      deps.onChange?.(snapshot());
    }
    set('done');
    return snapshot();
  }

  return {
    run() {
      if (running) return running;
      if (st.status === 'cancelled' || st.status === 'done') return Promise.resolve(snapshot());
      pauseWanted = false;
      running = loop().finally(() => {
        running = null;
      });
      return running;
    },
    pause() {
      if (st.status === 'running') pauseWanted = true;
    },
    cancel() {
      if (st.status === 'done' || st.status === 'cancelled') return;
      set('cancelled');
      controller?.abort();
    },
    state: snapshot,
  };
}
