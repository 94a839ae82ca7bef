// @vitest-environment happy-dom
/**
 * The backfill job: the message that asks for it (addresses checked), the background saving it,
 * and the library's runner over a fake clock and a fake site — `next` saved after every page, a
 * stop on the interstitial and a resume from the saved job after a "reload", pause, cancel, one
 * runner across tabs, and a stored job that is not ours never fetched.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FetchedPage, KeepResult } from '../../../lib/archive/backfill';
import { createBackgroundHandler } from '../../../lib/background/router';
import { backfillUrls, newJob, parseJob, queueBackfill, type BackfillJob, type JobArea } from '../../../lib/library/backfill-job';
import { createBackfillRunner, type LockRunner } from '../../../lib/library/backfill-runner';
import { parseBackgroundRequest, type Answer } from '../../../lib/messages/background-messages';
import type { RawSender } from '../../../lib/messages/senders';
import { tabProtocol } from '../../../lib/messages/tab-messages';
import { openStore } from '../../../lib/store/db';

const URLS = [1, 2, 3].map((i) => `https://mid.ru/en/press_service/spokesman/briefings/190020${i}/`);
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const ARTICLE = parse('<html><body><p>An article</p></body></html>');
const CHECK = parse('<html><body>Data processing... Please, wait.</body></html>');

/** `browser.storage.local` for one key: writes are seen by every watcher a moment later, as onChanged does. */
function memoryArea(initial: unknown = null): JobArea & { value: unknown; writes: unknown[] } {
  const listeners = new Set<(v: unknown) => void>();
  const area = {
    value: structuredClone(initial),
    writes: [] as unknown[],
    read: async () => structuredClone(area.value),
    write: async (job: BackfillJob | null) => {
      area.value = structuredClone(job);
      area.writes.push(structuredClone(job));
      const seen = structuredClone(job);
      queueMicrotask(() => {
        for (const l of listeners) l(seen);
      });
    },
    watch(listener: (v: unknown) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return area;
}

/** A site that answers each address with a page (or a failure), recording what was asked and when. */
function fakeSite(answer: (url: string, n: number) => FetchedPage | Error = () => ({ status: 200, doc: ARTICLE })) {
  let t = 0;
  const asked: { url: string; at: number }[] = [];
  return {
    asked,
    deps: {
      now: () => t,
      sleep: async (ms: number) => {
        t += ms;
      },
      fetchPage: async (url: string): Promise<FetchedPage> => {
        asked.push({ url, at: t });
        // A real request takes a while (other tabs and listeners get their turn).
        await new Promise((r) => setTimeout(r, 1));
        const r = answer(url, asked.length);
        if (r instanceof Error) throw r;
        return r;
      },
      keep: async (): Promise<KeepResult> => 'kept',
    },
  };
}

/** A lock shared by the "tabs" of one test, like Web Locks with ifAvailable. */
function sharedLock(): LockRunner {
  let held = false;
  return async (fn) => {
    if (held) return fn(false);
    held = true;
    try {
      await fn(true);
    } finally {
      held = false;
    }
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the archive/backfill message', () => {
  const msg = (urls: unknown, origin: unknown = 'https://mid.ru') => parseBackgroundRequest({ type: 'archive/backfill', origin, urls });

  it('accepts https article addresses of mid.ru on one origin', () => {
    expect(msg(URLS).ok).toBe(true);
    expect(
      msg(['https://archive.mid.ru/en/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/4833541'], 'https://archive.mid.ru').ok,
    ).toBe(true);
  });

  it.each([
    ['a page, not an origin', 'https://mid.ru/en/'],
    ['plain http', 'http://mid.ru'],
    ['another site', 'https://example.org'],
    ['missing', undefined],
  ])('refuses an origin that is %s', (_, origin) => {
    expect(parseBackgroundRequest({ type: 'archive/backfill', origin, urls: URLS }).ok).toBe(false);
  });

  it.each([
    ['no address', []],
    ['plain http', ['http://mid.ru/en/press_service/spokesman/briefings/1900201/']],
    ['another site', ['https://mid.ru.example.org/en/press_service/spokesman/briefings/1900201/']],
    ['not an article', ['https://mid.ru/en/press_service/spokesman/briefings/']],
    ['two origins', [URLS[0], 'https://www.mid.ru/en/press_service/spokesman/briefings/1900209/']],
    ['a port', ['https://mid.ru:8443/en/press_service/spokesman/briefings/1900201/']],
    ['too many', Array.from({ length: 301 }, (_, i) => `https://mid.ru/en/foreign_policy/news/${1_000_000 + i}/`)],
    ['not strings', [42]],
  ])('refuses %s', (_, urls) => {
    const r = msg(urls);
    expect(r.ok).toBe(false);
  });

  it('the tab message that lists them takes no fields', () => {
    expect(tabProtocol.parse({ type: 'tab/listing' }).ok).toBe(true);
    expect(tabProtocol.parse({ type: 'tab/listing', selector: 'a' }).ok).toBe(false);
  });

  it('the popup offers only the listing page’s own origin', () => {
    const items = [
      { url: URLS[0]! },
      { url: 'https://www.mid.ru/en/press_service/spokesman/briefings/1900209/' },
      { url: URLS[1]! },
      { url: URLS[0]! },
    ];
    expect(backfillUrls(items, 'https://mid.ru/en/press_service/spokesman/briefings/?PAGEN_1=2')).toEqual([URLS[0], URLS[1]]);
    expect(backfillUrls(items, 'https://www.mid.ru/en/press_service/spokesman/briefings/')).toEqual([
      'https://www.mid.ru/en/press_service/spokesman/briefings/1900209/',
    ]);
  });
});

describe('the background saves the job and opens the library', () => {
  const ID = 'our-extension';
  const POPUP: RawSender = { id: ID, url: `chrome-extension://${ID}/popup.html` };
  const CONTENT_SCRIPT: RawSender = { id: ID, url: 'https://mid.ru/en/press_service/spokesman/briefings/', tab: { id: 4 }, frameId: 0 };

  async function setup() {
    const db = await openStore(`backfill-${crypto.randomUUID()}`);
    const area = memoryArea();
    let opened = 0;
    const handler = createBackgroundHandler(Promise.resolve(db), {
      extensionId: ID,
      now: () => 7_000,
      newId: () => 'job-1',
      backfillArea: area,
      openArchive: async () => void opened++,
    });
    const ask = (message: unknown, sender: RawSender) =>
      new Promise<Answer<unknown>>((resolve) => handler(message, sender, resolve as (r: unknown) => void));
    return { db, area, ask, opened: () => opened };
  }

  it('from an extension page: saved as queued at 0, the library opened', async () => {
    const { db, area, ask, opened } = await setup();
    expect(await ask({ type: 'archive/backfill', origin: 'https://mid.ru', urls: URLS }, POPUP)).toEqual({ ok: true, data: { total: 3 } });
    expect(parseJob(area.value)).toEqual(newJob(URLS, 'job-1', 7_000));
    expect(opened()).toBe(1);
    // An open job is not replaced: the reader finishes or cancels it first.
    const again = await ask({ type: 'archive/backfill', origin: 'https://mid.ru', urls: URLS.slice(0, 1) }, POPUP);
    expect(again).toMatchObject({ ok: false, error: expect.stringMatching(/already under way \(0 of 3\)/) });
    expect(opened()).toBe(1);
    db.close();
  });

  it('refused to a content script, and nothing saved', async () => {
    const { db, area, ask, opened } = await setup();
    expect(await ask({ type: 'archive/backfill', origin: 'https://mid.ru', urls: URLS }, CONTENT_SCRIPT)).toMatchObject({
      ok: false,
      error: /Refused/,
    });
    expect(area.value).toBeNull();
    expect(opened()).toBe(0);
    db.close();
  });

  it('addresses off the listing page’s origin are refused, and nothing saved', async () => {
    const { db, area, ask, opened } = await setup();
    const r = await ask({ type: 'archive/backfill', origin: 'https://www.mid.ru', urls: URLS }, POPUP);
    expect(r).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Refused: .* is not on the listing page's site \(https:\/\/www\.mid\.ru\)/),
    });
    expect(area.value).toBeNull();
    expect(opened()).toBe(0);
    db.close();
  });

  it('a new job replaces a finished one', async () => {
    const area = memoryArea({ ...newJob(URLS, 'old', 1), status: 'done', next: 3 });
    const job = await queueBackfill(area, { origin: 'https://mid.ru', urls: URLS.slice(1) }, 'new', 2);
    expect(job).toMatchObject({ id: 'new', next: 0, status: 'queued', urls: URLS.slice(1) });
  });
});

describe('the library runs the job', () => {
  it('saves next after every page; the interstitial stops it; a reloaded page resumes at the stop', async () => {
    let checkPassed = false;
    const site = fakeSite((url) => ({ status: 200, doc: url === URLS[1] && !checkPassed ? CHECK : ARTICLE }));
    const area = memoryArea(newJob(URLS, 'j', 0));
    const runner = createBackfillRunner({ area, deps: site.deps, lock: sharedLock() });
    await settle();
    await runner.idle();
    const stopped = parseJob(area.value)!;
    expect(stopped).toMatchObject({ status: 'stopped', next: 1, kept: 1, stop: { kind: 'interstitial', at: 2, total: 3, url: URLS[1] } });
    expect(stopped.message).toMatch(/^Stopped at 2 of 3: the site showed its "Data processing… Please, wait" check/);
    // Every state on the way was saved: running at 0, then next 1 after the first page.
    const saved = area.writes.map((w) => parseJob(w)!);
    expect(saved.map((j) => [j.status, j.next])).toEqual([
      ['running', 0],
      ['running', 1],
      ['stopped', 1],
    ]);
    runner.dispose();

    // "Reload": a new runner reads the saved job; it waits for Resume (a stop is the reader's to lift).
    checkPassed = true;
    const again = createBackfillRunner({ area, deps: site.deps, lock: sharedLock() });
    await settle();
    await again.idle();
    expect(again.view().job).toMatchObject({ status: 'stopped', next: 1 });
    expect(site.asked).toHaveLength(2);
    again.resume();
    await settle();
    await again.idle();
    expect(parseJob(area.value)).toMatchObject({ status: 'done', next: 3, kept: 3, stop: null, message: null });
    expect(site.asked.map((a) => a.url)).toEqual([URLS[0], URLS[1], URLS[1], URLS[2]]);
    const gaps = site.asked.slice(1).map((a, i) => a.at - site.asked[i]!.at);
    expect(gaps.every((g) => g >= 2_000)).toBe(true);
    again.dispose();
  });

  it('a job a reload interrupted while running goes on by itself from its saved next', async () => {
    const site = fakeSite();
    const area = memoryArea({ ...newJob(URLS, 'j', 0), status: 'running', next: 2, kept: 2 });
    const runner = createBackfillRunner({ area, deps: site.deps, lock: sharedLock() });
    await settle();
    await runner.idle();
    expect(site.asked.map((a) => a.url)).toEqual([URLS[2]]);
    expect(parseJob(area.value)).toMatchObject({ status: 'done', next: 3, kept: 3 });
  });

  it('after a reload the first request waits out the interval from the saved last request; cancel in that wait fetches nothing', async () => {
    const site = fakeSite();
    // The clock starts at 0; the last request left at 500: the next may leave at 2 500.
    const area = memoryArea({ ...newJob(URLS, 'j', 0), status: 'paused', next: 1, kept: 1, lastFetchAt: 500 });
    const runner = createBackfillRunner({ area, deps: site.deps, lock: sharedLock() });
    await settle();
    runner.resume();
    await settle();
    await runner.idle();
    expect(site.asked.map((a) => [a.url, a.at])).toEqual([
      [URLS[1], 2_500],
      [URLS[2], 4_500],
    ]);

    let release!: () => void;
    const slow = fakeSite();
    slow.deps.sleep = () => new Promise<void>((r) => (release = r));
    const area2 = memoryArea({ ...newJob(URLS, 'k', 0), status: 'paused', next: 1, kept: 1, lastFetchAt: 500 });
    const again = createBackfillRunner({ area: area2, deps: slow.deps, lock: sharedLock() });
    await settle();
    again.resume();
    await settle();
    again.cancel();
    release();
    await again.idle();
    expect(slow.asked).toHaveLength(0);
    expect(parseJob(area2.value)).toMatchObject({ status: 'cancelled', next: 1 });
  });

  it('HTTP errors and failed fetches stop it with their reason', async () => {
    const site = fakeSite((url) => (url === URLS[0] ? { status: 503, doc: ARTICLE } : new Error('offline')));
    const area = memoryArea(newJob(URLS, 'j', 0));
    const runner = createBackfillRunner({ area, deps: site.deps, lock: sharedLock() });
    await settle();
    await runner.idle();
    expect(parseJob(area.value)!.stop).toEqual({ kind: 'http', at: 1, total: 3, url: URLS[0], status: 503 });
    runner.resume();
    await settle();
    await runner.idle();
    expect(parseJob(area.value)!.stop).toEqual({ kind: 'http', at: 1, total: 3, url: URLS[0], status: 503 });
  });

  it('pause stops after the page in flight and resume continues; cancel ends it for good', async () => {
    const area = memoryArea(newJob(URLS, 'j', 0));
    let runner!: ReturnType<typeof createBackfillRunner>;
    const site = fakeSite((_, n) => {
      if (n === 1) runner.pause();
      return { status: 200, doc: ARTICLE };
    });
    runner = createBackfillRunner({ area, deps: site.deps, lock: sharedLock() });
    await settle();
    await runner.idle();
    expect(parseJob(area.value)).toMatchObject({ status: 'paused', next: 1 });
    runner.cancel();
    await runner.idle();
    expect(parseJob(area.value)).toMatchObject({ status: 'cancelled', next: 1 });
    runner.resume();
    await settle();
    await runner.idle();
    expect(site.asked).toHaveLength(1);
    runner.dismiss();
    await runner.idle();
    expect(area.value).toBeNull();
  });

  it('a second library tab does not run it too', async () => {
    const site = fakeSite();
    const area = memoryArea(newJob(URLS, 'j', 0));
    const lock = sharedLock();
    const a = createBackfillRunner({ area, deps: site.deps, lock });
    await settle();
    const b = createBackfillRunner({ area, deps: site.deps, lock });
    const seenByB: boolean[] = [];
    b.subscribe(() => seenByB.push(b.view().elsewhere));
    while (!seenByB.includes(true)) await new Promise((r) => setTimeout(r, 1));
    // B's buttons do nothing while A runs it.
    b.pause();
    b.cancel();
    while (a.view().job?.status !== 'done') await new Promise((r) => setTimeout(r, 1));
    await Promise.all([a.idle(), b.idle()]);
    expect(site.asked.map((x) => x.url)).toEqual(URLS);
    expect(seenByB).toContain(true);
    expect(a.view().elsewhere).toBe(false);
    expect(b.view().job).toMatchObject({ status: 'done', next: 3 });
  });

  it('a stored job that is not one we would write (another site, a bad next) is never run', async () => {
    for (const bad of [
      { ...newJob(URLS, 'j', 0), urls: ['https://example.org/en/foreign_policy/news/1900201/'] },
      { ...newJob(URLS, 'j', 0), next: 9 },
      { ...newJob(URLS, 'j', 0), extra: true },
    ]) {
      const site = fakeSite();
      const runner = createBackfillRunner({ area: memoryArea(bad), deps: site.deps, lock: sharedLock() });
      await settle();
      await runner.idle();
      expect(runner.view().job).toBeNull();
      expect(site.asked).toHaveLength(0);
    }
  });
});
