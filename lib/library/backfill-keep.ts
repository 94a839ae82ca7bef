/**
 * What a backfill does with each address, in the library page: fetch it from the site (same
 * origin, the site's cookies, no cache) and parse it, then segment it by the same core as an
 * opened page, find its entities (the background's engine, as the sidebar does) and keep it
 * through the background (which stamps the times and tells other pages the archive changed).
 */
import type { FetchedPage, KeepResult } from '../archive/backfill';
import { keptTranscriptFrom, type KeptTranscript } from '../archive/transcript';
import { detectBriefing } from '../detect/page';
import type { FoundEntities } from '../messages/background-messages';
import { buildEntityIndex, entityBlocks } from '../sidebar/entity-index';
import { canonicalBriefingKey } from '../store/canonical-url';
import type { KeepOutcome } from '../store/transcripts';

export type FetchLike = (url: string, init: RequestInit) => Promise<Pick<Response, 'status' | 'text'>>;

/** `fetchPage` for `createBackfill`: the page's HTML as a Document (scripts in it never run). */
export function pageFetcher(fetchFn: FetchLike, parse: (html: string) => Document) {
  return async (url: string, signal: AbortSignal): Promise<FetchedPage> => {
    // The site's own cookies go along, so a passed "please wait" check counts for us too.
    const res = await fetchFn(url, { signal, credentials: 'include', cache: 'no-store', redirect: 'follow' });
    return { status: res.status, doc: parse(await res.text()) };
  };
}

export interface KeeperDeps {
  findEntities: (blocks: string[], language: 'en' | 'ru') => Promise<FoundEntities>;
  keep: (kept: KeptTranscript) => Promise<KeepOutcome>;
  now?: () => number;
}

/** `keep` for `createBackfill`. Entities are best effort: a transcript is kept without them rather than not at all. */
export function transcriptKeeper(deps: KeeperDeps) {
  return async (url: string, doc: Document): Promise<KeepResult> => {
    const key = canonicalBriefingKey(url);
    if (!key) return 'not-transcript';
    const d = detectBriefing(doc, url);
    if (d.status !== 'briefing') return 'not-transcript';
    const briefing = d.result;
    const blocks = entityBlocks(briefing);
    let groups: ReturnType<typeof buildEntityIndex>['groups'] | undefined;
    try {
      const found = await deps.findEntities(
        blocks.map((i) => briefing.blocks[i]!.text),
        briefing.header.language,
      );
      groups = buildEntityIndex(briefing, blocks, found).groups;
    } catch {
      groups = undefined;
    }
    const kept = keptTranscriptFrom(briefing, { url, key, groups, now: deps.now?.() });
    const outcome = await deps.keep(kept);
    return outcome.status === 'new' ? 'kept' : outcome.status;
  };
}
