/**
 * A backfill job: the transcripts of one listing page of the site, added to the archive one page
 * at a time (lib/archive/backfill.ts does the polite schedule). The popup asks for it, the
 * background saves it, the library page runs it — an extension page has `fetch` and `DOMParser`
 * and outlives the popup, which the MV3 service worker (no DOMParser) and the popup do not.
 *
 * The job lives in the extension's key-value storage as `BackfillJob` and is saved after every
 * page, so a reload, a stop or a pause resumes where it was. Content scripts can write that
 * storage too, so what is read back is checked again (`parseJob`): a job only ever fetches
 * https article addresses of the ministry's site, all on one origin, at most `MAX_BACKFILL_URLS`.
 */
import * as v from 'valibot';
import type { ListedTranscript } from '../archive/listing';
import { parseMinistryUrl } from '../detect/url';

export const BACKFILL_JOB_KEY = 'archiveBackfill';
/** A listing page shows 10–50 items; a few hundred is every page of a long list at 2 s each (10 min). */
export const MAX_BACKFILL_URLS = 300;
const MAX_URL_CHARS = 2_000;

/** An https address of an article (current or Liferay shape) on mid.ru or a subdomain. */
export function isArticleUrl(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' || u.username || u.password || u.port) return false;
  const info = parseMinistryUrl(url);
  return info.onMinistrySite && (info.era === 'current' || info.era === 'liferay');
}

const originOf = (url: string): string | null => {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

/** Every address on one origin (the listing page's: a backfill never leaves the site it was asked on). */
export function sameOrigin(urls: readonly string[]): boolean {
  const first = urls[0] === undefined ? null : originOf(urls[0]);
  return first !== null && urls.every((u) => originOf(u) === first);
}

/** What the popup may offer from a listing: its article addresses on the listing page's own origin. */
export function backfillUrls(items: readonly Pick<ListedTranscript, 'url'>[], pageUrl: string): string[] {
  const origin = originOf(pageUrl);
  if (!origin) return [];
  const urls = items.map((i) => i.url).filter((u) => originOf(u) === origin && isArticleUrl(u));
  return [...new Set(urls)].slice(0, MAX_BACKFILL_URLS);
}

/** `https://mid.ru`, `https://www.mid.ru`: the origin of a page of the ministry's site. */
export function isMinistryOrigin(origin: string): boolean {
  try {
    const u = new URL(origin);
    return u.origin === origin && u.protocol === 'https:' && !u.port && parseMinistryUrl(origin).onMinistrySite;
  } catch {
    return false;
  }
}

export const BackfillOriginSchema = v.pipe(
  v.string(),
  v.maxLength(200),
  v.check(isMinistryOrigin, 'must be the https origin of a page of mid.ru'),
);

export const BackfillUrlsSchema = v.pipe(
  v.array(v.pipe(v.string(), v.maxLength(MAX_URL_CHARS), v.check(isArticleUrl, 'must be an https article address on mid.ru'))),
  v.minLength(1),
  v.maxLength(MAX_BACKFILL_URLS),
  v.check((urls: string[]) => sameOrigin(urls), 'every address must be on the same origin as the listing page'),
);

export const JOB_STATUSES = ['queued', 'running', 'paused', 'stopped', 'cancelled', 'done'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const STOP_KINDS = ['interstitial', 'http', 'fetch', 'keep'] as const;
export type StopKind = (typeof STOP_KINDS)[number];

const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Why a run stopped, for a message in the reader's language (the core's own message is English). */
const StopSchema = v.strictObject({
  kind: v.picklist(STOP_KINDS),
  /** 1-based position of the page that stopped it. */
  at: count,
  total: count,
  url: v.pipe(v.string(), v.maxLength(MAX_URL_CHARS)),
  /** The HTTP status ('http'). */
  status: v.optional(count),
  /** The error's text ('fetch', 'keep'). */
  detail: v.optional(v.pipe(v.string(), v.maxLength(500))),
});
export type BackfillStop = v.InferOutput<typeof StopSchema>;

const JobSchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
    urls: BackfillUrlsSchema,
    next: count,
    status: v.picklist(JOB_STATUSES),
    kept: count,
    unchanged: count,
    notTranscript: count,
    /** The core's message (English) when stopped. */
    message: v.nullable(v.pipe(v.string(), v.maxLength(2_000))),
    stop: v.nullable(StopSchema),
    queuedAt: count,
    /** When the last request left (ms since the epoch): a reloaded page waits out the interval. */
    lastFetchAt: v.nullable(count),
  }),
  v.check((j) => j.next <= j.urls.length, 'next is past the end'),
);
export type BackfillJob = v.InferOutput<typeof JobSchema>;

/** A stored job, or null when there is none or it is not one we would have written. */
export function parseJob(value: unknown): BackfillJob | null {
  const r = v.safeParse(JobSchema, value);
  return r.success ? r.output : null;
}

export function newJob(urls: string[], id: string, now: number): BackfillJob {
  return {
    id,
    urls,
    next: 0,
    status: 'queued',
    kept: 0,
    unchanged: 0,
    notTranscript: 0,
    message: null,
    stop: null,
    queuedAt: now,
    lastFetchAt: null,
  };
}

/** A job that still has work or a decision in it (not finished, not given up). */
export const isOpen = (job: BackfillJob | null): job is BackfillJob => !!job && job.status !== 'done' && job.status !== 'cancelled';

/** Where the job is kept: `browser.storage.local` under `BACKFILL_JOB_KEY` in the extension. */
export interface JobArea {
  read(): Promise<unknown>;
  write(job: BackfillJob | null): Promise<void>;
  /** Told the new value whenever it changes (in this or another extension page). */
  watch(listener: (value: unknown) => void): () => void;
}

/**
 * The background's side: save a new job for the library to run. An open job is not replaced —
 * the reader finishes or cancels it in the library first (nothing is dropped unseen).
 */
export async function queueBackfill(
  area: JobArea,
  request: { origin: string; urls: string[] },
  id: string,
  now: number,
): Promise<BackfillJob> {
  const checked = v.safeParse(BackfillUrlsSchema, request.urls);
  if (!checked.success) throw new Error(`Not a backfill: ${checked.issues[0]?.message ?? 'bad addresses'}`);
  const foreign = checked.output.find((u) => new URL(u).origin !== request.origin);
  if (foreign) throw new Error(`Refused: ${foreign} is not on the listing page's site (${request.origin})`);
  const current = parseJob(await area.read());
  if (isOpen(current)) {
    throw new Error(
      `A backfill is already under way (${current.next} of ${current.urls.length}): finish or cancel it in the library first`,
    );
  }
  const job = newJob(checked.output, id, now);
  await area.write(job);
  return job;
}

/** The parts of `browser.storage` a job area uses. */
export interface StorageLike {
  local: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
    remove(key: string): Promise<void>;
  };
  onChanged: {
    addListener(fn: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    removeListener(fn: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
  };
}

export function storageJobArea(storage: StorageLike, key = BACKFILL_JOB_KEY): JobArea {
  return {
    read: async () => (await storage.local.get(key))[key] ?? null,
    write: (job) => (job ? storage.local.set({ [key]: job }) : storage.local.remove(key)),
    watch(listener) {
      const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) listener(changes[key]?.newValue ?? null);
      };
      storage.onChanged.addListener(onChanged);
      return () => storage.onChanged.removeListener(onChanged);
    },
  };
}
