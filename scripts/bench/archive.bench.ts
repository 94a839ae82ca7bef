/**
 * The transcript archive with 2,000 generated transcripts (Russian and English, ~45 KB of text
 * each, words with Zipf-like frequencies; tests/unit/archive/generate.ts):
 * - search per query: `ArchiveIndex.search` (word index lookup + filters + the first 100 hits
 *   with snippets) over ~50 queries (words, stems, two and three words, filters, no hit);
 *   median; target ≤ 50 ms;
 * - first results before the index is ready: `scanSearch` over the newest 100 transcripts,
 *   stopping at 20 hits or its 40 ms budget;
 * - index build in slices (`ArchiveIndex.build`, 8 ms budget): total time, number of slices and
 *   the longest slice (wall clock and CPU time); target: no slice over 50 ms; and the Worker
 *   route (archive-worker.ts): the page's longest task while a worker thread builds it;
 * - keeping one transcript: `keptTranscriptFrom` (record + FNV-1a hash) and `keepTranscript`
 *   (the versioning check and write) into fake-indexeddb holding the whole archive; median;
 *   target ≤ 20 ms. fake-indexeddb is an in-memory emulation: the browser's IndexedDB write is
 *   asynchronous I/O off the page's main thread, so this overstates the page's share;
 * - the database size, as the sum of the records' JSON sizes in UTF-8 (IndexedDB's own
 *   structured-clone encoding and its compression differ, so this is an estimate).
 */
import 'fake-indexeddb/auto';
import type { Block, Briefing, Section } from '../../lib/briefing/model';
import type { KeptTranscript } from '../../lib/archive/transcript';
import { generateArchive, generateTranscript } from '../../tests/unit/archive/generate';
import { median, ms, table } from './stats';

const TRANSCRIPTS = 2_000;
const TARGET_SEARCH_MS = 50;
const TARGET_SLICE_MS = 50;
const TARGET_KEEP_MS = 20;

/** A Briefing model with the kept transcript's text (what a page has in hand when it keeps it). */
function briefingOf(t: KeptTranscript): Briefing<number> {
  const blocks: Block<number>[] = [];
  const add = (text: string) => blocks.push({ text, hints: {}, ref: blocks.length }) - 1;
  const sections: Section[] = t.sections.map((s, ordinal) => {
    const start = blocks.length;
    const heading = s.title ? [add(s.title)] : [];
    const questionBlock = s.question ? add(`Question: ${s.question}`) : null;
    const body = s.text.split('\n').map(add);
    const base = {
      id: s.id,
      ordinal,
      title: s.title,
      span: { start, end: blocks.length },
      headingBlocks: heading,
      bodyBlocks: questionBlock === null ? body : [questionBlock, ...body],
    };
    return s.kind === 'qa'
      ? {
          ...base,
          kind: 'qa',
          question: s.question,
          questionBlock,
          speaker: s.speaker,
          answerBlock: body[0] ?? null,
          followUps: [],
          asker: s.asker,
          titleSource: 'heading',
        }
      : { ...base, kind: 'statement' };
  });
  return { isBriefing: true, kind: t.kind, header: t.header, toc: [], sections, blocks, chrome: [] };
}

/**
 * Build the index in a worker thread while the main thread (the page) ticks a 5 ms timer; the
 * longest gap between ticks, less the timer's period, is the page's longest task meanwhile.
 */
async function workerBuild(corpus: KeptTranscript[]): Promise<{ buildMs: number; receiveMs: number; longestGapMs: number }> {
  const { Worker } = await import('node:worker_threads');
  const { ArchiveIndex, scanSearch } = await import('../../lib/archive/search');
  let last = performance.now();
  let longest = 0;
  const tick = setInterval(() => {
    const t = performance.now();
    longest = Math.max(longest, t - last - 5);
    last = t;
  }, 5);
  // The worker registers tsx's loader itself, then loads the TypeScript worker module.
  const script = new URL('./archive-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(script)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: { count: corpus.length } });
  const message = await new Promise<{ data: import('../../lib/archive/word-index').WordIndexData; buildMs: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const r0 = performance.now();
  ArchiveIndex.fromData(corpus, message.data);
  const receiveMs = performance.now() - r0;
  await new Promise((r) => setTimeout(r, 20));
  clearInterval(tick);
  await worker.terminate();
  return { buildMs: message.buildMs, receiveMs, longestGapMs: Math.max(longest, receiveMs) };
}

function queries(corpus: KeptTranscript[]): { q: string; f: Record<string, string> }[] {
  const words: string[] = [];
  for (const t of corpus.slice(0, 30))
    for (const w of t.sections[2]!.text.toLowerCase().split(/[^\p{L}]+/u)) if (w.length >= 5) words.push(w);
  const out: { q: string; f: Record<string, string> }[] = [];
  for (let i = 0; i < 16; i++) out.push({ q: words[(i * 37) % words.length]!, f: {} });
  for (let i = 0; i < 8; i++) out.push({ q: words[(i * 53 + 5) % words.length]!.slice(0, 4), f: {} }); // stems
  for (let i = 0; i < 8; i++) out.push({ q: `${words[(i * 29) % words.length]} ${words[(i * 31 + 7) % words.length]}`, f: {} });
  for (let i = 0; i < 4; i++)
    out.push({ q: `${words[(i * 17) % words.length]} ${words[(i * 19 + 3) % words.length]} ${words[(i * 23 + 1) % words.length]}`, f: {} });
  out.push({ q: 'санкци', f: { speaker: 'Захарова' } }, { q: 'sanction', f: { kind: 'remarks' } }, { q: 'министр', f: { asker: 'ТАСС' } });
  out.push({ q: 'переговор', f: { dateFrom: '2018-01-01', dateTo: '2019-12-31' } }, { q: 'secur', f: { entity: 'organization:osce' } });
  out.push(
    { q: 'квадрокоптер', f: {} },
    { q: 'zzzz', f: {} },
    { q: 'и', f: {} },
    { q: 'the', f: {} },
    { q: '', f: { entity: 'place:arctic' } },
  );
  return out;
}

export async function run(): Promise<void> {
  const { loadavg } = await import('node:os');
  console.log(`Transcript archive: ${TRANSCRIPTS} generated transcripts (Russian and English); load average ${loadavg()[0]!.toFixed(1)}`);
  const g0 = performance.now();
  const corpus = generateArchive(TRANSCRIPTS);
  const chars = corpus.reduce((n, t) => n + t.textLength, 0);
  const sections = corpus.reduce((n, t) => n + t.sections.length, 0);
  const encoder = new TextEncoder();
  const bytes = corpus.reduce((n, t) => n + t.sections.reduce((m, s) => m + encoder.encode(s.text).length, 0), 0);
  console.log(
    `  generated in ${ms(performance.now() - g0)}: ${sections} sections, ${(chars / 1e6).toFixed(1)} M characters of text (${(bytes / 1e6).toFixed(1)} MB in UTF-8)`,
  );

  const { ArchiveIndex, scanSearch } = await import('../../lib/archive/search');
  const { keptTranscriptFrom } = await import('../../lib/archive/transcript');
  const { openStore } = await import('../../lib/store/db');
  const { keepTranscript, listRecentlyKept } = await import('../../lib/store/transcripts');

  // ---- index build, in slices ----
  // Slices are cut by the wall clock as shipped. On a shared, loaded machine a slice's wall time
  // includes time the process was not running, so each slice's CPU time is recorded too.
  const cpuSlices: number[] = [];
  let cpuMark = process.cpuUsage();
  const yieldTo = async (): Promise<void> => {
    const used = process.cpuUsage(cpuMark);
    cpuSlices.push((used.user + used.system) / 1000);
    await new Promise((r) => setTimeout(r, 0));
    cpuMark = process.cpuUsage();
  };
  const { index, report } = await ArchiveIndex.build(corpus, { sliceMs: 8, yieldTo });
  const cpuLongest = Math.max(...cpuSlices);
  const cpuOver = cpuSlices.filter((x) => x > TARGET_SLICE_MS).length;
  const terms = (index as unknown as { words: { terms: string[] } }).words.terms.length;

  // ---- first results before the index is ready: a scan of the newest 100, stopping at 20 hits ----
  const firstQs = queries(corpus);
  const recent = corpus.slice(0, 100);
  for (const { q, f } of firstQs.slice(0, 5)) scanSearch(recent, q, f); // warm-up
  const scanTimes: number[] = [];
  for (const { q, f } of firstQs) {
    const t0 = performance.now();
    scanSearch(recent, q, f, { limit: 20 }); // default budget: 40 ms, one task
    scanTimes.push(performance.now() - t0);
  }

  // ---- the Worker route: the page's longest task while a Worker builds the same index ----
  const worker = await workerBuild(corpus);

  // ---- search per query ----
  const qs = queries(corpus);
  for (const { q, f } of qs) index.search(q, f); // warm-up
  const perQuery: number[] = [];
  let hits = 0;
  for (const { q, f } of qs) {
    const reps: number[] = [];
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      const res = index.search(q, f);
      reps.push(performance.now() - t0);
      if (r === 0) hits += res.total;
    }
    perQuery.push(median(reps));
  }
  const sorted = [...perQuery].sort((a, b) => a - b);

  // ---- keeping one transcript ----
  const db = await openStore(`bench-archive-${process.pid}`);
  const s0 = performance.now();
  for (let i = 0; i < corpus.length; i += 50) {
    const tx = db.transaction('transcripts', 'readwrite');
    for (const t of corpus.slice(i, i + 50)) void tx.store.put({ ...t, version: 1, lastSeen: t.keptAt });
    await tx.done;
  }
  const seedMs = performance.now() - s0;
  const keepBuild: number[] = [];
  const keepStore: number[] = [];
  const keepTotal: number[] = [];
  for (let i = 0; i < 40; i++) {
    // Half the visits see the kept text again, half a new or changed one.
    const source = i % 2 === 0 ? corpus[i * 37]! : generateTranscript(TRANSCRIPTS + i);
    const briefing = briefingOf(source);
    const t0 = performance.now();
    const kept = keptTranscriptFrom(briefing, { url: source.url, key: source.key, now: Date.now() });
    const t1 = performance.now();
    await keepTranscript(db, kept);
    const t2 = performance.now();
    if (i >= 4) {
      keepBuild.push(t1 - t0);
      keepStore.push(t2 - t1);
      keepTotal.push(t2 - t0);
    }
  }

  // ---- reading the newest 100 for that scan (fake-indexeddb: for information only) ----
  const readRecent: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await listRecentlyKept(db, 100);
    readRecent.push(performance.now() - t0);
  }

  // ---- database size ----
  let dbBytes = 0;
  for (const r of await db.getAll('transcripts')) dbBytes += encoder.encode(JSON.stringify(r)).length;
  db.close();

  const searchMedian = median(perQuery);
  const keepMedian = median(keepTotal);
  console.log(
    table([
      ['figure', 'value', 'target'],
      ['search, median per query', ms(searchMedian), `≤ ${TARGET_SEARCH_MS} ms ${searchMedian <= TARGET_SEARCH_MS ? 'ok' : 'MISSED'}`],
      ['search, slowest query', ms(sorted[sorted.length - 1]!), ''],
      [`  (${qs.length} queries, ${hits} matching sections in all)`, '', ''],
      ['first results (scan of newest 100, ≤ 20 hits), median', ms(median(scanTimes)), ''],
      ['first results, slowest query', ms(Math.max(...scanTimes)), ''],
      ['reading the newest 100 (fake-indexeddb)', ms(median(readRecent)), ''],
      ['index build, total (in slices)', ms(report.totalMs), ''],
      ['index build, slices / longest (wall clock)', `${report.slices} / ${ms(report.longestSliceMs)}`, ''],
      [
        'index build, longest slice (CPU time)',
        ms(cpuLongest),
        `≤ ${TARGET_SLICE_MS} ms ${cpuLongest <= TARGET_SLICE_MS ? 'ok' : 'MISSED'}`,
      ],
      ['index build, slices over 50 ms (CPU time)', `${cpuOver} of ${cpuSlices.length}`, ''],
      ['Worker build: build time in the Worker', ms(worker.buildMs), ''],
      ['Worker build: receive + fromData on the page', ms(worker.receiveMs), ''],
      [
        'Worker build: page’s longest task meanwhile',
        ms(worker.longestGapMs),
        `≤ ${TARGET_SLICE_MS} ms ${worker.longestGapMs <= TARGET_SLICE_MS ? 'ok' : 'MISSED'}`,
      ],
      [
        'index: distinct words / postings',
        `${terms} / ${(index as unknown as { words: { postings: Uint32Array } }).words.postings.length}`,
        '',
      ],
      ['keep one: record + hash, median', ms(median(keepBuild)), ''],
      ['keep one: versioning check + write, median', ms(median(keepStore)), ''],
      ['keep one: total, median', ms(keepMedian), `≤ ${TARGET_KEEP_MS} ms ${keepMedian <= TARGET_KEEP_MS ? 'ok' : 'MISSED'}`],
      ['database size (sum of JSON sizes, UTF-8)', `${(dbBytes / 1e6).toFixed(1)} MB`, ''],
      ['seeding fake-indexeddb (for information)', ms(seedMs), ''],
    ]),
  );
}
