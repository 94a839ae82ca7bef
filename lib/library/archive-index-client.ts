/**
 * Building the Archive tab's word index without a long task on the page: in a module Worker
 * (archive-index.worker.ts; the page keeps its own thread and heap free), or, where no Worker
 * can be started (tests, a failed start), on the page in slices of ~8 ms.
 */
import { ArchiveIndex } from '../archive/search';
import type { WordIndexData } from '../archive/word-index';
import type { TranscriptVersionRecord } from '../store/schema';
import { versionId } from './archive-data';

export interface WorkerRequest {
  dbName: string;
}

export type WorkerReply = { ok: true; ids: string[]; data: WordIndexData } | { ok: false; error: string };

export interface BuiltIndex {
  index: ArchiveIndex;
  how: 'worker' | 'slices';
}

/** Starts the Worker (a function so tests and environments without Workers can do without). */
export type WorkerFactory = () => Worker;

export const defaultWorkerFactory: WorkerFactory | null =
  typeof Worker === 'undefined'
    ? null
    : () => new Worker(new URL('./archive-index.worker.ts', import.meta.url), { type: 'module', name: 'archive-index' });

function viaWorker(make: WorkerFactory, dbName: string): Promise<Extract<WorkerReply, { ok: true }>> {
  return new Promise((resolve, reject) => {
    const w = make();
    const done = () => w.terminate();
    w.onmessage = (e: MessageEvent<WorkerReply>) => {
      done();
      if (e.data.ok) resolve(e.data);
      else reject(new Error(e.data.error));
    };
    w.onerror = (e) => {
      done();
      reject(new Error(e.message || 'the index worker failed'));
    };
    w.postMessage({ dbName } satisfies WorkerRequest);
  });
}

/**
 * The index over `list` (the page's copy of `listLatestTranscripts`). The Worker reads its own
 * copy; when its order differs (the archive changed between the two reads), the page's list is
 * put in the Worker's order; when a version is missing from one of them, the build falls back to
 * slices over the page's list.
 */
export async function buildArchiveIndex(
  list: readonly TranscriptVersionRecord[],
  opts: { dbName?: string; makeWorker?: WorkerFactory | null; onFallback?: (why: string) => void } = {},
): Promise<BuiltIndex> {
  const make = opts.makeWorker === undefined ? defaultWorkerFactory : opts.makeWorker;
  if (make && opts.dbName) {
    try {
      const reply = await viaWorker(make, opts.dbName);
      const byId = new Map(list.map((t) => [versionId(t), t]));
      const ordered = reply.ids.map((id) => byId.get(id));
      if (ordered.length === list.length && ordered.every((t) => t !== undefined)) {
        return { index: ArchiveIndex.fromData(ordered as TranscriptVersionRecord[], reply.data), how: 'worker' };
      }
      opts.onFallback?.('the archive changed while it was indexed');
    } catch (err) {
      opts.onFallback?.(err instanceof Error ? err.message : String(err));
    }
  }
  const { index } = await ArchiveIndex.build(list, { sliceMs: 8 });
  return { index, how: 'slices' };
}
