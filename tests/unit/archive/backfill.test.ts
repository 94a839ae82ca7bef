// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  BACKFILL_INTERVAL_MS,
  createBackfill,
  type BackfillDeps,
  type BackfillState,
  type FetchedPage,
  type KeepResult,
} from '../../../lib/archive/backfill';

/** The site's anti-bot page, as scrapers of the site describe it. */
const INTERSTITIAL =
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body>Data processing... Please, wait.</body></html>';
const html = (body: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html');
const ARTICLE = html('<div class="text article-content"><p>A transcript.</p></div>');
const urls = [
  'https://mid.ru/en/foreign_policy/news/1900101/',
  'https://mid.ru/en/foreign_policy/news/1900102/',
  'https://mid.ru/en/foreign_policy/news/1900103/',
];

/** A fake clock (sleep advances it) and a fake site that records when each request started and whether two overlapped. */
function fakeSite(answer: (url: string, n: number) => FetchedPage | Error, keepAs: (url: string) => KeepResult = () => 'kept') {
  let t = 1_000_000;
  let inFlight = 0;
  const log = { requests: [] as { url: string; at: number }[], overlaps: 0, kept: [] as string[], states: [] as BackfillState[] };
  const hooks: { duringFetch?: (n: number) => void } = {};
  const deps: BackfillDeps = {
    now: () => t,
    sleep: async (ms) => {
      t += ms;
    },
    fetchPage: async (url) => {
      if (inFlight > 0) log.overlaps++;
      inFlight++;
      log.requests.push({ url, at: t });
      const n = log.requests.length;
      hooks.duringFetch?.(n);
      await Promise.resolve();
      t += 300; // the request takes a while
      inFlight--;
      const a = answer(url, n);
      if (a instanceof Error) throw a;
      return a;
    },
    keep: async (url) => {
      log.kept.push(url);
      return keepAs(url);
    },
    onChange: (s) => log.states.push(s),
  };
  return { deps, log, hooks, advance: (ms: number) => (t += ms) };
}

const gaps = (at: number[]) => at.slice(1).map((x, i) => x - at[i]!);

describe('backfill schedule', () => {
  it('fetches each page once, in order, one at a time, at most one request every 2 s', async () => {
    const site = fakeSite(
      () => ({ status: 200, doc: ARTICLE }),
      (u) => (u.endsWith('1900102/') ? 'not-transcript' : 'kept'),
    );
    const bf = createBackfill(urls, site.deps);
    const end = await bf.run();
    expect(end).toMatchObject({ status: 'done', next: 3, total: 3, kept: 2, notTranscript: 1, message: null });
    expect(site.log.requests.map((r) => r.url)).toEqual(urls);
    expect(site.log.overlaps).toBe(0);
    for (const g of gaps(site.log.requests.map((r) => r.at))) expect(g).toBeGreaterThanOrEqual(BACKFILL_INTERVAL_MS);
    expect(site.log.states.map((s) => s.next)).toContain(2); // progress reported along the way
  });

  it('an interstitial on the second page stops it with a clear message; resume fetches from there, still politely', async () => {
    let blocked = true;
    const site = fakeSite((url) => ({
      status: 200,
      doc: url === urls[1] && blocked ? new DOMParser().parseFromString(INTERSTITIAL, 'text/html') : ARTICLE,
    }));
    const bf = createBackfill(urls, site.deps);
    const stopped = await bf.run();
    expect(stopped).toMatchObject({ status: 'stopped', next: 1, kept: 1 });
    expect(stopped.message).toMatch(/^Stopped at 2 of 3: the site showed its "Data processing… Please, wait" check/);
    expect(site.log.kept).toEqual([urls[0]]);
    blocked = false;
    const done = await bf.run();
    expect(done).toMatchObject({ status: 'done', next: 3, kept: 3, message: null });
    expect(site.log.requests.map((r) => r.url)).toEqual([urls[0], urls[1], urls[1], urls[2]]);
    for (const g of gaps(site.log.requests.map((r) => r.at))) expect(g).toBeGreaterThanOrEqual(BACKFILL_INTERVAL_MS);
  });

  it('an HTTP error or a failed fetch stops it with its reason; a later run retries that page', async () => {
    let fail: 'http' | 'net' | null = 'http';
    const site = fakeSite((url) =>
      url === urls[2] && fail === 'net'
        ? new Error('Failed to fetch')
        : { status: url === urls[2] && fail === 'http' ? 503 : 200, doc: ARTICLE },
    );
    const bf = createBackfill(urls, site.deps);
    expect((await bf.run()).message).toBe(`Stopped at 3 of 3: the site answered 503 for ${urls[2]}. Resume to try this page again.`);
    fail = 'net';
    expect((await bf.run()).message).toBe(
      'Stopped at 3 of 3: the page could not be fetched (Failed to fetch). Check the connection, then resume.',
    );
    fail = null;
    expect(await bf.run()).toMatchObject({ status: 'done', kept: 3 });
  });

  it('pause stops after the request in flight; resume continues; cancel aborts and ends it for good', async () => {
    const site = fakeSite(() => ({ status: 200, doc: ARTICLE }));
    const bf = createBackfill(urls, site.deps);
    site.hooks.duringFetch = (n) => n === 1 && bf.pause();
    expect(await bf.run()).toMatchObject({ status: 'paused', next: 1 });
    expect(site.log.requests).toHaveLength(1);
    site.hooks.duringFetch = (n) => n === 2 && bf.cancel();
    expect(await bf.run()).toMatchObject({ status: 'cancelled', next: 1 });
    expect(site.log.kept).toEqual([urls[0]]); // the cancelled page is not kept
    expect(await bf.run()).toMatchObject({ status: 'cancelled' }); // no restart after a cancel
    expect(site.log.requests).toHaveLength(2);
  });

  it('a second run() while running is the same run (never two loops); startAt continues a saved backfill', async () => {
    const site = fakeSite(() => ({ status: 200, doc: ARTICLE }));
    const bf = createBackfill(urls, site.deps, { startAt: 1 });
    const [a, b] = await Promise.all([bf.run(), bf.run()]);
    expect(a).toEqual(b);
    expect(site.log.requests.map((r) => r.url)).toEqual(urls.slice(1));
    expect(site.log.overlaps).toBe(0);
  });
});
