// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBackfill } from '../../../lib/archive/backfill';
import { transcriptFromDocument } from '../../../lib/archive/from-page';
import { listedTranscripts } from '../../../lib/archive/listing';
import { openStore } from '../../../lib/store/db';
import { keepTranscript, listLatestTranscripts } from '../../../lib/store/transcripts';
import { readProject } from '../../support/shared';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('backfill from a listing page, end to end over the core', () => {
  it('adds the three listed transcripts; an interstitial on the second stops it; resume adds the rest', async () => {
    const listing = parse(readProject('tests/fixtures/listing-briefings.html'));
    const urls = listedTranscripts(listing, 'https://mid.ru/en/press_service/spokesman/briefings/').map((l) => l.url);
    expect(urls).toHaveLength(3);
    const article = readProject('tests/fixtures/sample-briefing.html');
    const db = await openStore(`backfill-${crypto.randomUUID()}`);
    let t = 0;
    let checkPage = true;
    const bf = createBackfill(urls, {
      now: () => t,
      sleep: async (ms) => {
        t += ms;
      },
      fetchPage: async (url) => {
        const interstitial = url === urls[1] && checkPage;
        return { status: 200, doc: parse(interstitial ? '<html><body>Data processing... Please, wait.</body></html>' : article) };
      },
      keep: async (url, doc) => {
        const r = transcriptFromDocument(doc, url, { now: t });
        if (r.status !== 'transcript') return 'not-transcript';
        const outcome = await keepTranscript(db, r.kept);
        return outcome.status === 'new' ? 'kept' : outcome.status;
      },
    });
    const stopped = await bf.run();
    expect(stopped).toMatchObject({ status: 'stopped', next: 1, kept: 1 });
    expect(stopped.message).toMatch(/Stopped at 2 of 3/);
    expect((await listLatestTranscripts(db)).map((r) => r.key)).toEqual(['mid.ru/1900101']);
    checkPage = false;
    expect(await bf.run()).toMatchObject({ status: 'done', kept: 3 });
    expect((await listLatestTranscripts(db)).map((r) => r.key).sort()).toEqual(['mid.ru/1900101', 'mid.ru/1900102', 'mid.ru/1900103']);
    db.close();
  });
});
