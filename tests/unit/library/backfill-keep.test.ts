// @vitest-environment happy-dom
/** What the library does with each fetched page: parse it, segment it, add entities, keep it (and what it answers the schedule). */
import { describe, expect, it } from 'vitest';
import type { KeptTranscript } from '../../../lib/archive/transcript';
import { pageFetcher, transcriptKeeper } from '../../../lib/library/backfill-keep';
import type { KeepOutcome } from '../../../lib/store/transcripts';
import { readProject } from '../../support/shared';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const URL1 = 'https://mid.ru/en/press_service/spokesman/briefings/1900201/';

describe('backfill: fetch and keep one page', () => {
  it('fetches with the site’s cookies, uncached, and parses the HTML', async () => {
    const seen: RequestInit[] = [];
    const fetchPage = pageFetcher(async (_url, init) => {
      seen.push(init);
      return { status: 200, text: async () => '<html><body><h1>Hi</h1></body></html>' };
    }, parse);
    const page = await fetchPage(URL1, new AbortController().signal);
    expect(page.status).toBe(200);
    expect(page.doc.querySelector('h1')?.textContent).toBe('Hi');
    expect(seen[0]).toMatchObject({ credentials: 'include', cache: 'no-store' });
  });

  it('a transcript is kept with the entities the engine found; the outcome is told to the schedule', async () => {
    const kept: KeptTranscript[] = [];
    let outcome: KeepOutcome['status'] = 'new';
    const keep = transcriptKeeper({
      // The engine finds "Kazakhstan" wherever it is in a block.
      findEntities: async (blocks) => {
        const spans = blocks.map((b) => {
          const i = b.indexOf('Kazakhstan');
          return i < 0 ? [] : [{ start: i, end: i + 10, type: 'place' as const, key: 'place:kazakhstan', text: 'Kazakhstan' }];
        });
        const mentions = spans.flatMap((s, k) => s.map(() => k)).map((_, i) => i);
        return {
          spans,
          groups: [{ key: 'place:kazakhstan', type: 'place', label: 'Kazakhstan', count: mentions.length, mentions }],
        } as never;
      },
      keep: async (t) => {
        kept.push(t);
        return { status: outcome } as KeepOutcome;
      },
    });
    const doc = parse(readProject('tests/fixtures/sample-briefing.html'));
    expect(await keep(URL1, doc)).toBe('kept');
    expect(kept[0]).toMatchObject({ key: 'mid.ru/1900201', url: URL1 });
    expect(kept[0]!.sections.some((s) => s.entities.includes('place:kazakhstan'))).toBe(true);
    outcome = 'unchanged';
    expect(await keep(URL1, doc)).toBe('unchanged');
  });

  it('without the entity engine the transcript is still kept; a page that is no transcript is skipped', async () => {
    const kept: KeptTranscript[] = [];
    const keep = transcriptKeeper({
      findEntities: async () => {
        throw new Error('engine asleep');
      },
      keep: async (t) => {
        kept.push(t);
        return { status: 'new' } as KeepOutcome;
      },
    });
    expect(await keep(URL1, parse(readProject('tests/fixtures/sample-briefing.html')))).toBe('kept');
    expect(kept).toHaveLength(1);
    expect(await keep(URL1, parse('<html><body><p>A short news item.</p></body></html>'))).toBe('not-transcript');
    expect(kept).toHaveLength(1);
  });
});
