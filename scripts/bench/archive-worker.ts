/**
 * The archive bench's Worker: builds the word index off the main thread, as the library would
 * in a Web Worker. Like a Worker that reads the transcripts from IndexedDB itself, it makes its
 * own copy of the texts (here: the same deterministic generator), and posts the index back with
 * its buffers transferred.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { searchTexts } from '../../lib/archive/search';
import { buildWordIndex } from '../../lib/archive/word-index';
import { generateArchive } from '../../tests/unit/archive/generate';

const { count } = workerData as { count: number };
const texts = searchTexts(generateArchive(count));
const t0 = performance.now();
// No slicing needed in a Worker: one long task there blocks nobody.
const { data } = await buildWordIndex(texts, { sliceMs: Number.POSITIVE_INFINITY });
parentPort!.postMessage({ data, buildMs: performance.now() - t0 }, [
  data.starts.buffer as ArrayBuffer,
  data.postings.buffer as ArrayBuffer,
]);
