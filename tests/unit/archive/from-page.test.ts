// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { transcriptFromDocument } from '../../../lib/archive/from-page';
import { readProject } from '../../support/shared';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const URL_C = 'https://mid.ru/en/press_service/spokesman/briefings/1900001/';

describe('a fetched page as a kept transcript', () => {
  it('segments a transcript page with the same core as an opened page', () => {
    const r = transcriptFromDocument(parse(readProject('tests/fixtures/sample-briefing.html')), URL_C, { now: 5 });
    if (r.status !== 'transcript') throw new Error(`expected a transcript, got ${r.status}`);
    expect(r.kept).toMatchObject({ key: 'mid.ru/1900001', url: URL_C, keptAt: 5 });
    expect(r.kept.sections.length).toBeGreaterThan(2);
    expect(r.kept.sections.some((s) => s.kind === 'qa' && s.question)).toBe(true);
    expect(r.kept.sections.every((s) => s.id.startsWith('bl-'))).toBe(true);
  });

  it('tells the interstitial and non-transcripts apart', () => {
    expect(transcriptFromDocument(parse('<html><body>Data processing... Please, wait.</body></html>'), URL_C).status).toBe('interstitial');
    expect(transcriptFromDocument(parse('<html><body><p>Nothing here.</p></body></html>'), URL_C).status).toBe('not-transcript');
    expect(
      transcriptFromDocument(parse(readProject('tests/fixtures/sample-briefing.html')), 'https://mid.ru/en/press_service/').status,
    ).toBe('not-transcript');
  });
});
