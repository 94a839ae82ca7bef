/**
 * The Archive tab's Worker: reads the newest kept versions from the store itself (so the page
 * never posts the archive's text across), builds the word index, and posts it back with its
 * buffers transferred, together with the order of the versions it indexed (the page pairs the
 * index with its own copy of the list by that order).
 */
import { searchTexts } from '../archive/search';
import { buildWordIndex } from '../archive/word-index';
import { openStore } from '../store/db';
import { listLatestTranscripts } from '../store/transcripts';
import type { WorkerReply, WorkerRequest } from './archive-index-client';
import { versionId } from './archive-data';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
};

scope.onmessage = async (e) => {
  try {
    const db = await openStore(e.data.dbName);
    let list: Awaited<ReturnType<typeof listLatestTranscripts>>;
    try {
      list = await listLatestTranscripts(db);
    } finally {
      db.close(); // never hold the database open: it would block the next upgrade
    }
    // One long task here blocks nobody.
    const { data } = await buildWordIndex(searchTexts(list), { sliceMs: Number.POSITIVE_INFINITY });
    scope.postMessage({ ok: true, ids: list.map(versionId), data }, [
      data.starts.buffer as ArrayBuffer,
      data.postings.buffer as ArrayBuffer,
    ]);
  } catch (err) {
    scope.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
